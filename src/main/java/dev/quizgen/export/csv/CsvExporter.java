package dev.quizgen.export.csv;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row per question (every type), RFC 4180: comma-separated, fields quoted when they hold a
 * comma, quote or line break, CRLF line ends, UTF-8 with a byte-order mark so spreadsheet programs
 * read umlauts right. A cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or CR) gets a leading apostrophe.
 *
 * <p>Columns: id, type, question, answer, options (choices, word bank, matching pairs
 * {@code left → right}, ordering items in order, or the cloze blanks' answers, joined with
 * {@code " | "}), correct (1-based numbers of the right options), accepted_answers,
 * difficulty, fact_type, source_sentence.
 */
public final class CsvExporter implements Exporter {
    static final List<String> HEADER = List.of("id", "type", "question", "answer", "options", "correct",
            "accepted_answers", "difficulty", "fact_type", "source_sentence");
    static final String LIST_SEPARATOR = " | ";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String suffix() {
        return ".csv";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.allOf(QuestionType.class);
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, HEADER);
        for (Question q : bank.questions()) {
            row(out, cells(q));
        }
        try (OutputStream o = context.outputs().create(context.baseName() + suffix())) {
            o.write(out.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> cells(Question q) {
        List<String> options = new ArrayList<>();
        List<String> correct = new ArrayList<>();
        switch (q.type()) {
            case MATCHING -> q.pairs().forEach((Pair p) -> options.add(p.left() + " → " + p.right()));
            case ORDERING -> options.addAll(q.items());
            case CLOZE_PASSAGE -> q.blanks().forEach((Blank b) -> options.add(b.answer()));
            default -> {
                for (int i = 0; i < q.options().size(); i++) {
                    Option o = q.options().get(i);
                    options.add(o.text());
                    if (o.correct()) {
                        correct.add(Integer.toString(i + 1));
                    }
                }
            }
        }
        return List.of(q.id(), q.type().jsonName(), q.stem(), q.answer(),
                String.join(LIST_SEPARATOR, options), String.join(",", correct),
                String.join(LIST_SEPARATOR, q.acceptedAnswers()),
                q.difficulty() == null ? "" : q.difficulty().jsonName(),
                q.factType() == null ? "" : q.factType(),
                q.source() == null ? "" : q.source().sentence());
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One field: neutralised against formula injection, then quoted when RFC 4180 needs it. */
    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
