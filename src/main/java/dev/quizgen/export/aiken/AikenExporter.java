package dev.quizgen.export.aiken;

import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.SkipReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Aiken: single-answer multiple choice only, question on one line, options {@code A. …}, then
 * {@code ANSWER: X}. Every other type is skipped with one warning line per type.
 */
public final class AikenExporter implements Exporter {
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** A line importers read as an option ("A. …", "B) …"), so a question text must not start so. */
    private static final Pattern OPTION_LINE = Pattern.compile("[A-Z][.)][ \t]");

    @Override
    public String format() {
        return "aiken";
    }

    @Override
    public String suffix() {
        return ".aiken.txt";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.of(QuestionType.MULTIPLE_CHOICE);
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        SkipReport report = new SkipReport(format());
        StringBuilder out = new StringBuilder();
        for (Question q : bank.questions()) {
            String block = question(q, report);
            if (block != null) {
                out.append(out.length() == 0 ? "" : "\n").append(block);
            }
        }
        try (OutputStream o = context.outputs().create(context.baseName() + suffix())) {
            o.write(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        report.report(context);
    }

    /** Aiken is line-based: all whitespace runs, line breaks included, become one space. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private String question(Question q, SkipReport report) {
        if (q.type() != QuestionType.MULTIPLE_CHOICE) {
            report.skipped(q.type(), q.id(), "Aiken holds only multiple choice");
            return null;
        }
        List<Option> options = q.options();
        if (options.size() < 2 || options.size() > LETTERS.length()
                || options.stream().filter(Option::correct).count() != 1) {
            report.skipped(q.type(), q.id(), "Aiken needs 2 to 26 options, exactly one right");
            return null;
        }
        String stem = oneLine(q.stem());
        if (stem.isEmpty() || options.stream().anyMatch(o -> oneLine(o.text()).isEmpty())) {
            report.skipped(q.type(), q.id(), "empty question or option text cannot be written in Aiken");
            return null;
        }
        if (OPTION_LINE.matcher(stem).lookingAt() || stem.startsWith("ANSWER:")) {
            report.skipped(q.type(), q.id(), "question text starts like an Aiken option or ANSWER line");
            return null;
        }
        StringBuilder b = new StringBuilder(stem).append('\n');
        char answer = '?';
        for (int i = 0; i < options.size(); i++) {
            char letter = LETTERS.charAt(i);
            b.append(letter).append(". ").append(oneLine(options.get(i).text())).append('\n');
            if (options.get(i).correct()) {
                answer = letter;
            }
        }
        return b.append("ANSWER: ").append(answer).append('\n').toString();
    }
}
