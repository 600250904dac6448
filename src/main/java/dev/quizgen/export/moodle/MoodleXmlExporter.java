package dev.quizgen.export.moodle;

import dev.quizgen.bank.Blank;
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
 * Moodle XML. multiple_choice → multichoice (single answer, shuffled); fill_in → shortanswer with
 * the gap {@code _____} kept in the text; short_answer → shortanswer; true_false → truefalse;
 * matching → matching; ordering → ordering (standard since Moodle 4.4, the qtype_ordering plugin
 * before); cloze_passage → multianswer (Cloze). All questions go into the category
 * {@code $course$/quizgen/<title>}; each one's source sentence is its general feedback.
 *
 * <p>HTML fields (question text, choices, feedback, matching stems) hold the bank text
 * HTML-escaped inside CDATA. Fields Moodle compares or shows as plain text (short answers,
 * matching answers, category) hold it unescaped inside CDATA.
 */
public final class MoodleXmlExporter implements Exporter {
    /** Grades for right and wrong answers, as Moodle's grade list writes them. */
    static final String FULL = "100";
    static final String NONE = "0";

    @Override
    public String format() {
        return "moodle";
    }

    @Override
    public String suffix() {
        return ".moodle.xml";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.allOf(QuestionType.class);
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        SkipReport report = new SkipReport(format());
        String xml = new Writer(Labels.of(bank.language()), report).quiz(bank);
        try (OutputStream out = context.outputs().create(context.baseName() + suffix())) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        report.report(context);
    }

    /** A slash inside a category name is doubled; a single slash separates categories. */
    static String categoryName(String title) {
        return title.replaceAll("\\s+", " ").replace("/", "//");
    }

    /**
     * A short answer as Moodle's shortanswer compares it: {@code *} is Moodle's wildcard, so a
     * literal star is written {@code \*}.
     */
    static String shortAnswerText(String answer) {
        return answer.replace("*", "\\*");
    }

    /**
     * One alternative inside a Cloze code. Moodle decodes HTML entities in Cloze answers after
     * splitting them, so the characters that delimit Cloze syntax ({@code } ~ # \ / "}) and the
     * braces are written as numeric entities: robust on every Moodle version, unlike backslash
     * escapes, which older versions undo only for {@code }} and {@code #}. A star is escaped for
     * the shortanswer wildcard.
     */
    static String clozeAnswer(String answer, boolean shortAnswer) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            switch (c) {
                // & as a numeric entity: Moodle's answer pattern will not end an answer right after "&amp;"
                case '&' -> b.append("&#38;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                case '{' -> b.append("&#123;");
                case '}' -> b.append("&#125;");
                case '~' -> b.append("&#126;");
                case '#' -> b.append("&#35;");
                case '\\' -> b.append("&#92;");
                case '/' -> b.append("&#47;");
                case ':' -> b.append("&#58;");
                case '*' -> b.append(shortAnswer ? "\\*" : "*");
                default -> b.append(c);
            }
        }
        return Markup.xmlLegal(b.toString());
    }

    /** Text between Cloze codes: HTML-escaped, braces as entities so no text looks like a code. */
    static String clozeText(String text) {
        return Markup.html(text).replace("{", "&#123;").replace("}", "&#125;");
    }

    /** Writes one bank; holds what one export needs, nothing shared between exports. */
    private static final class Writer {
        private final Labels labels;
        private final SkipReport report;
        private final StringBuilder x = new StringBuilder();

        Writer(Labels labels, SkipReport report) {
            this.labels = labels;
            this.report = report;
        }

        String quiz(QuestionBank bank) {
            x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
            x.append("  <question type=\"category\">\n    <category><text>")
                    .append(Markup.cdata("$course$/quizgen/" + categoryName(labels.title(bank.title()))))
                    .append("</text></category>\n  </question>\n");
            for (Question q : bank.questions()) {
                switch (q.type()) {
                    case MULTIPLE_CHOICE -> multichoice(q);
                    case FILL_IN, SHORT_ANSWER -> shortanswer(q);
                    case TRUE_FALSE -> truefalse(q);
                    case MATCHING -> matching(q);
                    case ORDERING -> ordering(q);
                    case CLOZE_PASSAGE -> multianswer(q);
                }
            }
            x.append("</quiz>\n");
            return x.toString();
        }

        private void head(Question q, String qtype, String questionHtml) {
            x.append("  <!-- ").append(Markup.xml(q.id()).replace("--", "- -")).append(' ')
                    .append(q.type().jsonName()).append(" -->\n");
            x.append("  <question type=\"").append(qtype).append("\">\n");
            x.append("    <name><text>").append(Markup.cdata(Markup.html(q.id() + " " + Markup.excerpt(q.stem(), 60))))
                    .append("</text></name>\n");
            x.append("    <questiontext format=\"html\"><text>").append(Markup.cdata(questionHtml))
                    .append("</text></questiontext>\n");
            String feedback = q.source() == null ? ""
                    : "<p>" + Markup.html(labels.source() + ": " + q.source().sentence()) + "</p>";
            x.append("    <generalfeedback format=\"html\"><text>").append(Markup.cdata(feedback))
                    .append("</text></generalfeedback>\n");
            x.append("    <defaultgrade>1</defaultgrade>\n");
            x.append("    <penalty>0.3333333</penalty>\n");
            x.append("    <hidden>0</hidden>\n");
        }

        private void end() {
            x.append("  </question>\n");
        }

        private void multichoice(Question q) {
            if (q.options().size() < 2 || q.options().stream().filter(Option::correct).count() != 1) {
                report.skipped(q.type(), q.id(), "a single-answer multichoice needs 2 or more options, exactly one right");
                return;
            }
            head(q, "multichoice", Markup.paragraph(q.stem()));
            x.append("    <single>true</single>\n");
            x.append("    <shuffleanswers>true</shuffleanswers>\n");
            x.append("    <answernumbering>abc</answernumbering>\n");
            for (Option o : q.options()) {
                x.append("    <answer fraction=\"").append(o.correct() ? FULL : NONE).append("\" format=\"html\">\n")
                        .append("      <text>").append(Markup.cdata(Markup.html(o.text()))).append("</text>\n")
                        .append("      <feedback format=\"html\"><text></text></feedback>\n")
                        .append("    </answer>\n");
            }
            end();
        }

        private void shortanswer(Question q) {
            if (q.answer().isBlank()) {
                report.skipped(q.type(), q.id(), "no answer to accept");
                return;
            }
            if (q.type() == QuestionType.FILL_IN && !q.options().isEmpty()) {
                report.changed(q.type(), q.id(), "written as typed short answer; its answer options are not carried");
            }
            head(q, "shortanswer", Markup.paragraph(q.stem()));
            x.append("    <usecase>0</usecase>\n");
            Set<String> answers = new LinkedHashSet<>();
            answers.add(q.answer());
            answers.addAll(q.acceptedAnswers());
            for (String a : answers) {
                x.append("    <answer fraction=\"").append(FULL).append("\" format=\"moodle_auto_format\">\n")
                        .append("      <text>").append(Markup.cdata(shortAnswerText(a))).append("</text>\n")
                        .append("      <feedback format=\"html\"><text></text></feedback>\n")
                        .append("    </answer>\n");
            }
            end();
        }

        private void truefalse(Question q) {
            boolean isTrue;
            if ("true".equals(q.answer())) {
                isTrue = true;
            } else if ("false".equals(q.answer())) {
                isTrue = false;
            } else {
                report.skipped(q.type(), q.id(), "answer is neither \"true\" nor \"false\"");
                return;
            }
            head(q, "truefalse", Markup.paragraph(q.stem()));
            x.append("    <answer fraction=\"").append(isTrue ? FULL : NONE)
                    .append("\" format=\"moodle_auto_format\">\n      <text>").append(Markup.cdata("true")).append("</text>\n")
                    .append("      <feedback format=\"html\"><text></text></feedback>\n    </answer>\n");
            x.append("    <answer fraction=\"").append(isTrue ? NONE : FULL)
                    .append("\" format=\"moodle_auto_format\">\n      <text>").append(Markup.cdata("false")).append("</text>\n")
                    .append("      <feedback format=\"html\"><text></text></feedback>\n    </answer>\n");
            end();
        }

        private void matching(Question q) {
            if (q.pairs().size() < 2) {
                report.skipped(q.type(), q.id(), "Moodle matching needs 2 or more pairs");
                return;
            }
            head(q, "matching", Markup.paragraph(q.stem()));
            x.append("    <shuffleanswers>true</shuffleanswers>\n");
            for (Pair p : q.pairs()) {
                x.append("    <subquestion format=\"html\">\n")
                        .append("      <text>").append(Markup.cdata(Markup.html(p.left()))).append("</text>\n")
                        .append("      <answer><text>").append(Markup.cdata(p.right())).append("</text></answer>\n")
                        .append("    </subquestion>\n");
            }
            end();
        }

        private void ordering(Question q) {
            if (q.items().size() < 2) {
                report.skipped(q.type(), q.id(), "Moodle ordering needs 2 or more items");
                return;
            }
            head(q, "ordering", Markup.paragraph(q.stem()));
            x.append("    <layouttype>VERTICAL</layouttype>\n");
            x.append("    <selecttype>ALL</selecttype>\n");
            x.append("    <selectcount>").append(q.items().size()).append("</selectcount>\n");
            x.append("    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n");
            x.append("    <showgrading>SHOW</showgrading>\n");
            x.append("    <numberingstyle>none</numberingstyle>\n");
            // The importer takes the items in document order and ignores fraction (it stores the
            // position there itself), so each item is marked as part of the full answer.
            for (String item : q.items()) {
                x.append("    <answer fraction=\"").append(FULL).append("\" format=\"html\">\n")
                        .append("      <text>").append(Markup.cdata(Markup.html(item))).append("</text>\n")
                        .append("    </answer>\n");
            }
            end();
        }

        private void multianswer(Question q) {
            List<String> parts = Gaps.split(q.stem());
            if (parts.size() - 1 != q.blanks().size() || q.blanks().isEmpty()) {
                report.skipped(q.type(), q.id(), "the number of gaps in the stem differs from the number of blanks");
                return;
            }
            StringBuilder html = new StringBuilder("<p>");
            for (int i = 0; i < q.blanks().size(); i++) {
                html.append(clozeText(parts.get(i))).append(cloze(q.blanks().get(i)));
            }
            html.append(clozeText(parts.get(parts.size() - 1))).append("</p>");
            head(q, "multianswer", html.toString());
            end();
        }

        /** One Cloze code: a drop-down when the blank offers options with the answer among them. */
        private String cloze(Blank blank) {
            boolean choice = blank.options().stream().anyMatch(o -> isRight(blank, o));
            StringBuilder b = new StringBuilder("{1:").append(choice ? "MULTICHOICE" : "SHORTANSWER").append(':');
            if (choice) {
                String sep = "";
                for (Option o : blank.options()) {
                    b.append(sep).append(isRight(blank, o) ? "=" : "").append(clozeAnswer(o.text(), false));
                    sep = "~";
                }
            } else {
                b.append('=').append(clozeAnswer(blank.answer(), true));
            }
            return b.append('}').toString();
        }

        private static boolean isRight(Blank blank, Option o) {
            return o.correct() || o.text().equals(blank.answer());
        }
    }
}
