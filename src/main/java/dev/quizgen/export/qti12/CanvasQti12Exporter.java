package dev.quizgen.export.qti12;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.DeterministicZip;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.Gaps;
import dev.quizgen.export.Identifiers;
import dev.quizgen.export.Labels;
import dev.quizgen.export.Markup;
import dev.quizgen.export.SkipReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.quizgen.export.Markup.xml;

/**
 * QTI 1.2 as Canvas imports it (classic quizzes): {@code imsmanifest.xml} and {@code quiz.xml}
 * at the zip root, as in Canvas's own packages. multiple_choice → multiple_choice_question;
 * true_false → true_false_question; fill_in and short_answer → short_answer_question (the gap
 * stays in the text; every accepted spelling is a right answer); matching → matching_question;
 * ordering → matching_question pairing each item with its position (Canvas classic quizzes
 * have no ordering type); cloze_passage → fill_in_multiple_blanks_question ({@code [blank1]}…),
 * or multiple_dropdowns_question when every blank offers options.
 */
public final class CanvasQti12Exporter implements Exporter {
    static final String QUIZ_FILE = "quiz.xml";

    @Override
    public String format() {
        return "qti12";
    }

    @Override
    public String suffix() {
        return ".qti12.zip";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.allOf(QuestionType.class);
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        SkipReport report = new SkipReport(format());
        Labels labels = Labels.of(bank.language());
        String title = labels.title(bank.title());
        List<String> ids = Identifiers.of(bank.questions());
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\"\n");
        x.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        x.append("    xsi:schemaLocation=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd\">\n");
        x.append("  <assessment ident=\"quizgen-quiz\" title=\"").append(xml(title)).append("\">\n");
        x.append("    <qtimetadata>\n");
        field(x, "      ", "cc_maxattempts", "1");
        x.append("    </qtimetadata>\n");
        x.append("    <section ident=\"root_section\">\n");
        for (int i = 0; i < bank.questions().size(); i++) {
            new ItemWriter(x, bank.questions().get(i), ids.get(i), (i + 1) * 1000, labels, report).item();
        }
        x.append("    </section>\n  </assessment>\n</questestinterop>\n");

        try (OutputStream out = context.outputs().create(context.baseName() + suffix());
             DeterministicZip zip = new DeterministicZip(out)) {
            zip.add("imsmanifest.xml", manifest());
            zip.add(QUIZ_FILE, x.toString());
        }
        report.report(context);
    }

    private static String manifest() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n"
                + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd\"\n"
                + "    identifier=\"MANIFEST-quizgen-quiz\">\n"
                + "  <metadata>\n    <schema>IMS Content</schema>\n    <schemaversion>1.1.3</schemaversion>\n  </metadata>\n"
                + "  <organizations/>\n"
                + "  <resources>\n"
                + "    <resource identifier=\"RES-quizgen-quiz\" type=\"imsqti_xmlv1p2\" href=\"" + QUIZ_FILE + "\">\n"
                + "      <file href=\"" + QUIZ_FILE + "\"/>\n"
                + "    </resource>\n"
                + "  </resources>\n"
                + "</manifest>\n";
    }

    private static void field(StringBuilder x, String indent, String label, String entry) {
        x.append(indent).append("<qtimetadatafield>\n")
                .append(indent).append("  <fieldlabel>").append(label).append("</fieldlabel>\n")
                .append(indent).append("  <fieldentry>").append(xml(entry)).append("</fieldentry>\n")
                .append(indent).append("</qtimetadatafield>\n");
    }

    /** Canvas scores are percentages of the question's points. */
    static String share(int parts) {
        return String.format(Locale.ROOT, "%.2f", 100.0 / parts);
    }

    /** Writes one item into the quiz; reports and writes nothing when it cannot. */
    private static final class ItemWriter {
        private static final String I = "      ";
        private final StringBuilder out;
        private final Question q;
        private final String ident;
        private final int answerBase;
        private final Labels labels;
        private final SkipReport report;
        private final StringBuilder presentation = new StringBuilder();
        private final StringBuilder conditions = new StringBuilder();
        private final List<String> answerIds = new ArrayList<>();

        ItemWriter(StringBuilder out, Question q, String ident, int answerBase, Labels labels, SkipReport report) {
            this.out = out;
            this.q = q;
            this.ident = ident;
            this.answerBase = answerBase;
            this.labels = labels;
            this.report = report;
        }

        void item() {
            String canvasType = switch (q.type()) {
                case MULTIPLE_CHOICE -> choice(q.options()) ? "multiple_choice_question" : null;
                case TRUE_FALSE -> trueFalse() ? "true_false_question" : null;
                case FILL_IN, SHORT_ANSWER -> shortAnswer() ? "short_answer_question" : null;
                case MATCHING -> matching() ? "matching_question" : null;
                case ORDERING -> ordering() ? "matching_question" : null;
                case CLOZE_PASSAGE -> cloze();
            };
            if (canvasType == null) {
                return;
            }
            out.append(I).append("<item ident=\"").append(ident).append("\" title=\"")
                    .append(xml(q.id() + " " + Markup.excerpt(q.stem(), 60))).append("\">\n");
            out.append(I).append("  <itemmetadata>\n").append(I).append("    <qtimetadata>\n");
            field(out, I + "      ", "question_type", canvasType);
            field(out, I + "      ", "points_possible", "1.0");
            if (!answerIds.isEmpty()) {
                field(out, I + "      ", "original_answer_ids", String.join(",", answerIds));
            }
            out.append(I).append("    </qtimetadata>\n").append(I).append("  </itemmetadata>\n");
            out.append(I).append("  <presentation>\n").append(presentation).append(I).append("  </presentation>\n");
            out.append(I).append("  <resprocessing>\n");
            out.append(I).append("    <outcomes>\n").append(I)
                    .append("      <decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/>\n")
                    .append(I).append("    </outcomes>\n");
            if (q.source() != null) {
                out.append(I).append("    <respcondition continue=\"Yes\">\n")
                        .append(I).append("      <conditionvar>\n").append(I).append("        <other/>\n")
                        .append(I).append("      </conditionvar>\n")
                        .append(I).append("      <displayfeedback feedbacktype=\"Response\" linkrefid=\"general_fb\"/>\n")
                        .append(I).append("    </respcondition>\n");
            }
            out.append(conditions);
            out.append(I).append("  </resprocessing>\n");
            if (q.source() != null) {
                out.append(I).append("  <itemfeedback ident=\"general_fb\">\n")
                        .append(I).append("    <flow_mat>\n")
                        .append(I).append("      <material>\n")
                        .append(I).append("        <mattext texttype=\"text/html\">")
                        .append(xml("<p>" + Markup.html(labels.source() + ": " + q.source().sentence()) + "</p>"))
                        .append("</mattext>\n")
                        .append(I).append("      </material>\n")
                        .append(I).append("    </flow_mat>\n")
                        .append(I).append("  </itemfeedback>\n");
            }
            out.append(I).append("</item>\n");
        }

        private void questionText(String html) {
            presentation.append(I).append("    <material>\n")
                    .append(I).append("      <mattext texttype=\"text/html\">").append(xml(html)).append("</mattext>\n")
                    .append(I).append("    </material>\n");
        }

        private void label(StringBuilder b, String id, String text) {
            b.append(I).append("        <response_label ident=\"").append(id).append("\">\n")
                    .append(I).append("          <material>\n")
                    .append(I).append("            <mattext texttype=\"text/plain\">").append(xml(text)).append("</mattext>\n")
                    .append(I).append("          </material>\n")
                    .append(I).append("        </response_label>\n");
        }

        private void condition(String respident, List<String> values, String action, String score) {
            conditions.append(I).append("    <respcondition continue=\"No\">\n")
                    .append(I).append("      <conditionvar>\n");
            for (String v : values) {
                conditions.append(I).append("        <varequal respident=\"").append(respident).append("\">")
                        .append(xml(v)).append("</varequal>\n");
            }
            conditions.append(I).append("      </conditionvar>\n")
                    .append(I).append("      <setvar action=\"").append(action).append("\" varname=\"SCORE\">")
                    .append(score).append("</setvar>\n")
                    .append(I).append("    </respcondition>\n");
        }

        /** One drop-down or choice response: its labels and the ident of the right one (or null). */
        private String choiceResponse(String respident, String materialText, List<String> texts, int rightIndex, int base) {
            presentation.append(I).append("    <response_lid ident=\"").append(respident).append("\" rcardinality=\"Single\">\n");
            if (materialText != null) {
                presentation.append(I).append("      <material>\n")
                        .append(I).append("        <mattext texttype=\"text/plain\">").append(xml(materialText))
                        .append("</mattext>\n").append(I).append("      </material>\n");
            }
            presentation.append(I).append("      <render_choice>\n");
            String right = null;
            for (int i = 0; i < texts.size(); i++) {
                String id = Integer.toString(base + i + 1);
                answerIds.add(id);
                label(presentation, id, texts.get(i));
                if (i == rightIndex) {
                    right = id;
                }
            }
            presentation.append(I).append("      </render_choice>\n").append(I).append("    </response_lid>\n");
            return right;
        }

        private boolean choice(List<Option> options) {
            if (options.size() < 2 || options.stream().filter(Option::correct).count() != 1) {
                report.skipped(q.type(), q.id(), "needs 2 or more options, exactly one right");
                return false;
            }
            questionText(Markup.paragraph(q.stem()));
            int right = 0;
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                texts.add(options.get(i).text());
                if (options.get(i).correct()) {
                    right = i;
                }
            }
            String rightId = choiceResponse("response1", null, texts, right, answerBase);
            condition("response1", List.of(rightId), "Set", "100");
            return true;
        }

        private boolean trueFalse() {
            if (!"true".equals(q.answer()) && !"false".equals(q.answer())) {
                report.skipped(q.type(), q.id(), "answer is neither \"true\" nor \"false\"");
                return false;
            }
            questionText(Markup.paragraph(q.stem()));
            String rightId = choiceResponse("response1", null, List.of(labels.trueWord(), labels.falseWord()),
                    "true".equals(q.answer()) ? 0 : 1, answerBase);
            condition("response1", List.of(rightId), "Set", "100");
            return true;
        }

        private boolean shortAnswer() {
            if (q.answer().isBlank()) {
                report.skipped(q.type(), q.id(), "no answer to accept");
                return false;
            }
            questionText(Markup.paragraph(q.stem()));
            presentation.append(I).append("    <response_str ident=\"response1\" rcardinality=\"Single\">\n")
                    .append(I).append("      <render_fib>\n")
                    .append(I).append("        <response_label ident=\"answer1\" rshuffle=\"No\"/>\n")
                    .append(I).append("      </render_fib>\n")
                    .append(I).append("    </response_str>\n");
            Set<String> answers = new LinkedHashSet<>();
            answers.add(q.answer());
            answers.addAll(q.acceptedAnswers());
            condition("response1", new ArrayList<>(answers), "Set", "100");
            return true;
        }

        private boolean pairs(List<String> lefts, List<String> rights) {
            questionText(Markup.paragraph(q.stem()));
            String score = share(lefts.size());
            List<String> distinctRights = new ArrayList<>(new LinkedHashSet<>(rights));
            for (int i = 0; i < lefts.size(); i++) {
                String respident = "response_" + (answerBase + i + 1);
                answerIds.add(Integer.toString(answerBase + i + 1));
                String rightId = choiceResponse(respident, lefts.get(i), distinctRights,
                        distinctRights.indexOf(rights.get(i)), answerBase + 500);
                condition(respident, List.of(rightId), "Add", score);
            }
            // each response listed the same right-hand labels; keep each id once in the metadata
            List<String> unique = new ArrayList<>(new LinkedHashSet<>(answerIds));
            answerIds.clear();
            answerIds.addAll(unique);
            return true;
        }

        private boolean matching() {
            if (q.pairs().size() < 2) {
                report.skipped(q.type(), q.id(), "matching needs 2 or more pairs");
                return false;
            }
            return pairs(q.pairs().stream().map(p -> p.left()).toList(), q.pairs().stream().map(p -> p.right()).toList());
        }

        private boolean ordering() {
            if (q.items().size() < 2) {
                report.skipped(q.type(), q.id(), "ordering needs 2 or more items");
                return false;
            }
            report.changed(q.type(), q.id(),
                    "written as matching each item to its position; Canvas classic quizzes have no ordering type");
            List<String> positions = new ArrayList<>();
            for (int i = 0; i < q.items().size(); i++) {
                positions.add(Integer.toString(i + 1));
            }
            return pairs(q.items(), positions);
        }

        private String cloze() {
            List<String> parts = Gaps.split(q.stem());
            if (parts.size() - 1 != q.blanks().size() || q.blanks().isEmpty()) {
                report.skipped(q.type(), q.id(), "the number of gaps in the stem differs from the number of blanks");
                return null;
            }
            boolean dropdowns = q.blanks().stream().allMatch(b -> rightOption(b) >= 0);
            // Canvas reads every [word] of the text as a blank: literal brackets become entities
            StringBuilder html = new StringBuilder("<p>");
            for (int i = 0; i < q.blanks().size(); i++) {
                html.append(bracketSafe(parts.get(i))).append("[blank").append(i + 1).append(']');
            }
            html.append(bracketSafe(parts.get(parts.size() - 1))).append("</p>");
            questionText(html.toString());
            String score = share(q.blanks().size());
            for (int i = 0; i < q.blanks().size(); i++) {
                Blank b = q.blanks().get(i);
                String name = "blank" + (i + 1);
                List<String> texts = dropdowns ? b.options().stream().map(Option::text).toList() : List.of(b.answer());
                int right = dropdowns ? rightOption(b) : 0;
                String rightId = choiceResponse("response_" + name, name, texts, right, answerBase + 100 * i);
                condition("response_" + name, List.of(rightId), "Add", score);
            }
            return dropdowns ? "multiple_dropdowns_question" : "fill_in_multiple_blanks_question";
        }

        private static String bracketSafe(String text) {
            return Markup.html(text).replace("[", "&#91;").replace("]", "&#93;").replace("\n", "<br>");
        }

        private static int rightOption(Blank b) {
            if (b.options().size() < 2) {
                return -1;
            }
            for (int i = 0; i < b.options().size(); i++) {
                Option o = b.options().get(i);
                if (o.correct() || o.text().equals(b.answer())) {
                    return i;
                }
            }
            return -1;
        }
    }
}
