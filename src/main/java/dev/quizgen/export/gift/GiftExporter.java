package dev.quizgen.export.gift;

import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.Gaps;
import dev.quizgen.export.Labels;
import dev.quizgen.export.Markup;
import dev.quizgen.export.SkipReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * GIFT (Moodle's text format). multiple_choice → {@code {=right ~wrong}}; fill_in →
 * {@code {=answer}} at the gap (or {@code {=right ~wrong}} there when the bank offers options);
 * short_answer → {@code {=answer =other}}; true_false → {@code {TRUE}}/{@code {FALSE}};
 * matching → {@code {=left -> right}}; ordering → matching of each item to its position 1, 2, …
 * (GIFT has no ordering question). cloze_passage is skipped: GIFT holds one gap per question.
 *
 * <p>Text is in GIFT's default (Moodle) format, which Moodle renders as HTML: question text,
 * choices and matching stems are HTML-escaped, then GIFT-escaped ({@code \ ~ = # { } :}, line
 * breaks as {@code \n}). Typed answers and matching answers are plain text, GIFT-escaped only.
 * A comment line before each question names its bank id and type.
 */
public final class GiftExporter implements Exporter {
    @Override
    public String format() {
        return "gift";
    }

    @Override
    public String suffix() {
        return ".gift.txt";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.complementOf(EnumSet.of(QuestionType.CLOZE_PASSAGE));
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        SkipReport report = new SkipReport(format());
        String text = render(bank, report);
        try (OutputStream out = context.outputs().create(context.baseName() + suffix())) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        report.report(context);
    }

    /** GIFT escapes: backslash first, then the six control characters; line breaks as \n. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** HTML text (question text, choices) in GIFT. */
    static String rich(String text) {
        return escape(Markup.htmlText(text));
    }

    /** A typed answer in GIFT: {@code *} is Moodle's shortanswer wildcard, written {@code \*}. */
    static String typed(String answer) {
        return escape(answer.replace("*", "\\*"));
    }

    String render(QuestionBank bank, SkipReport report) {
        Labels labels = Labels.of(bank.language());
        String title = labels.title(bank.title()).replaceAll("\\s+", " ");
        StringBuilder g = new StringBuilder();
        g.append("// quizgen: ").append(title).append('\n');
        g.append("$CATEGORY: $course$/quizgen/").append(title.replace("/", "//")).append("\n\n");
        for (Question q : bank.questions()) {
            String block = question(q, labels, report);
            if (block != null) {
                g.append("// ").append(q.id().replaceAll("\\s+", " ")).append(' ').append(q.type().jsonName()).append('\n');
                g.append("::").append(rich(q.id() + " " + Markup.excerpt(q.stem(), 60))).append("::");
                g.append(block).append("\n\n");
            }
        }
        return g.toString();
    }

    private String question(Question q, Labels labels, SkipReport report) {
        String feedback = q.source() == null ? "" : "####" + rich(labels.source() + ": " + q.source().sentence());
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                if (q.options().size() < 2 || q.options().stream().filter(Option::correct).count() != 1) {
                    report.skipped(q.type(), q.id(), "needs 2 or more options, exactly one right");
                    return null;
                }
                return rich(q.stem()) + choices(q.options(), feedback);
            }
            case FILL_IN -> {
                List<String> parts = Gaps.split(q.stem());
                if (parts.size() != 2) {
                    report.skipped(q.type(), q.id(), "GIFT holds exactly one gap per question");
                    return null;
                }
                boolean withOptions = q.options().size() >= 2 && q.options().stream().filter(Option::correct).count() == 1;
                if (!withOptions && q.answer().isBlank()) {
                    report.skipped(q.type(), q.id(), "no answer to accept");
                    return null;
                }
                if (!withOptions && readsAsMatching(q)) {
                    report.skipped(q.type(), q.id(), "GIFT reads \"->\" in a typed answer as a matching pair");
                    return null;
                }
                String answers = withOptions ? choices(q.options(), feedback) : typedAnswers(q, feedback);
                return rich(parts.get(0)) + answers + rich(parts.get(1));
            }
            case SHORT_ANSWER -> {
                if (q.answer().isBlank()) {
                    report.skipped(q.type(), q.id(), "no answer to accept");
                    return null;
                }
                if (readsAsMatching(q)) {
                    report.skipped(q.type(), q.id(), "GIFT reads \"->\" in a typed answer as a matching pair");
                    return null;
                }
                return rich(q.stem()) + typedAnswers(q, feedback);
            }
            case TRUE_FALSE -> {
                if (!"true".equals(q.answer()) && !"false".equals(q.answer())) {
                    report.skipped(q.type(), q.id(), "answer is neither \"true\" nor \"false\"");
                    return null;
                }
                return rich(q.stem()) + "{" + ("true".equals(q.answer()) ? "TRUE" : "FALSE") + feedback + "}";
            }
            case MATCHING -> {
                if (q.pairs().size() < 2) {
                    report.skipped(q.type(), q.id(), "matching needs 2 or more pairs");
                    return null;
                }
                StringBuilder b = new StringBuilder(rich(q.stem())).append("{\n");
                for (Pair p : q.pairs()) {
                    b.append("\t=").append(rich(p.left())).append(" -> ").append(escape(p.right())).append('\n');
                }
                return endBlock(b, feedback);
            }
            case ORDERING -> {
                if (q.items().size() < 2) {
                    report.skipped(q.type(), q.id(), "ordering needs 2 or more items");
                    return null;
                }
                report.changed(q.type(), q.id(), "written as matching each item to its position; GIFT has no ordering question");
                StringBuilder b = new StringBuilder(rich(q.stem())).append("{\n");
                for (int i = 0; i < q.items().size(); i++) {
                    b.append("\t=").append(rich(q.items().get(i))).append(" -> ").append(i + 1).append('\n');
                }
                return endBlock(b, feedback);
            }
            case CLOZE_PASSAGE -> {
                report.skipped(q.type(), q.id(), "GIFT holds one gap per question");
                return null;
            }
            default -> throw new IllegalStateException(q.type().toString());
        }
    }

    private static String choices(List<Option> options, String feedback) {
        StringBuilder b = new StringBuilder("{\n");
        for (Option o : options) {
            b.append('\t').append(o.correct() ? '=' : '~').append(rich(o.text())).append('\n');
        }
        return endBlock(b, feedback);
    }

    private static String endBlock(StringBuilder b, String feedback) {
        if (!feedback.isEmpty()) {
            b.append('\t').append(feedback).append('\n');
        }
        return b.append('}').toString();
    }

    /** A typed answer holding "->" would make Moodle and GIFT parsers read the block as matching. */
    private static boolean readsAsMatching(Question q) {
        return q.answer().contains("->") || q.acceptedAnswers().stream().anyMatch(a -> a.contains("->"));
    }

    private static String typedAnswers(Question q, String feedback) {
        Set<String> answers = new LinkedHashSet<>();
        answers.add(q.answer());
        answers.addAll(q.acceptedAnswers());
        StringBuilder b = new StringBuilder("{");
        String sep = "";
        for (String a : answers) {
            b.append(sep).append('=').append(typed(a));
            sep = " ";
        }
        return b.append(feedback).append('}').toString();
    }
}
