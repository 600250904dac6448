package dev.quizgen.export.qti21;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.DeterministicZip;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.Gaps;
import dev.quizgen.export.Identifiers;
import dev.quizgen.export.Labels;
import dev.quizgen.export.SkipReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.quizgen.export.Markup.xml;

/**
 * IMS QTI 2.1 content package: {@code imsmanifest.xml} (IMS CP 1.1), one item file per question
 * under {@code items/}, and {@code test.xml}, an assessmentTest that lists them in bank order.
 * multiple_choice and true_false → choiceInteraction; fill_in → textEntryInteraction at the gap
 * (inlineChoiceInteraction when the bank offers options); short_answer → textEntryInteraction;
 * matching → matchInteraction; ordering → orderInteraction; cloze_passage → one text entry or
 * inline choice per gap. Scoring uses the standard templates (match_correct, map_response for
 * typed answers, which accepts other spellings case-insensitively); cloze passages score one
 * point per gap with their own response processing.
 */
public final class Qti21Exporter implements Exporter {
    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String SCHEMA_LOCATION = NS + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
    static final String TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/";

    @Override
    public String format() {
        return "qti21";
    }

    @Override
    public String suffix() {
        return ".qti21.zip";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.allOf(QuestionType.class);
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        SkipReport report = new SkipReport(format());
        Labels labels = Labels.of(bank.language());
        String language = Labels.languageTag(bank.language());
        List<String> ids = Identifiers.of(bank.questions());
        List<String> written = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < bank.questions().size(); i++) {
            String item = new ItemWriter(bank.questions().get(i), ids.get(i), language, labels, report).item();
            if (item != null) {
                written.add(ids.get(i));
                files.add(item);
            }
        }
        String title = labels.title(bank.title());
        try (OutputStream out = context.outputs().create(context.baseName() + suffix());
             DeterministicZip zip = new DeterministicZip(out)) {
            zip.add("imsmanifest.xml", manifest(title, language, written));
            zip.add("test.xml", test(title, written));
            for (int i = 0; i < written.size(); i++) {
                zip.add("items/" + written.get(i) + ".xml", files.get(i));
            }
        }
        report.report(context);
    }

    private static String manifest(String title, String language, List<String> ids) {
        StringBuilder m = new StringBuilder();
        m.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        m.append("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n");
        m.append("    xmlns:imsmd=\"http://www.imsglobal.org/xsd/imsmd_v1p2\"\n");
        m.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        m.append("    xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd")
                .append(" http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd\"\n");
        m.append("    identifier=\"MANIFEST-quizgen\">\n");
        m.append("  <metadata>\n    <schema>QTIv2.1 Package</schema>\n    <schemaversion>1.0.0</schemaversion>\n");
        m.append("    <imsmd:lom>\n      <imsmd:general>\n        <imsmd:title>\n          <imsmd:langstring")
                .append(language.isBlank() ? "" : " xml:lang=\"" + xml(language) + "\"").append('>')
                .append(xml(title)).append("</imsmd:langstring>\n        </imsmd:title>\n      </imsmd:general>\n")
                .append("    </imsmd:lom>\n  </metadata>\n");
        m.append("  <organizations/>\n  <resources>\n");
        m.append("    <resource identifier=\"RES-test\" type=\"imsqti_test_xmlv2p1\" href=\"test.xml\">\n");
        m.append("      <file href=\"test.xml\"/>\n");
        for (String id : ids) {
            m.append("      <dependency identifierref=\"RES-").append(id).append("\"/>\n");
        }
        m.append("    </resource>\n");
        for (String id : ids) {
            m.append("    <resource identifier=\"RES-").append(id).append("\" type=\"imsqti_item_xmlv2p1\" href=\"items/")
                    .append(id).append(".xml\">\n      <file href=\"items/").append(id).append(".xml\"/>\n    </resource>\n");
        }
        m.append("  </resources>\n</manifest>\n");
        return m.toString();
    }

    private static String test(String title, List<String> ids) {
        StringBuilder t = new StringBuilder();
        t.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        t.append("<assessmentTest xmlns=\"").append(NS).append("\"\n");
        t.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        t.append("    xsi:schemaLocation=\"").append(SCHEMA_LOCATION).append("\"\n");
        t.append("    identifier=\"test\" title=\"").append(xml(title)).append("\">\n");
        t.append("  <testPart identifier=\"part1\" navigationMode=\"nonlinear\" submissionMode=\"simultaneous\">\n");
        t.append("    <assessmentSection identifier=\"section1\" title=\"").append(xml(title)).append("\" visible=\"true\">\n");
        for (String id : ids) {
            t.append("      <assessmentItemRef identifier=\"").append(id).append("\" href=\"items/").append(id)
                    .append(".xml\"/>\n");
        }
        t.append("    </assessmentSection>\n  </testPart>\n</assessmentTest>\n");
        return t.toString();
    }

    /** Writes one item; null when the question cannot be written (reported). */
    private static final class ItemWriter {
        private final Question q;
        private final String id;
        private final String language;
        private final Labels labels;
        private final SkipReport report;
        private final StringBuilder declarations = new StringBuilder();
        private final StringBuilder body = new StringBuilder();
        private String processing;

        ItemWriter(Question q, String id, String language, Labels labels, SkipReport report) {
            this.q = q;
            this.id = id;
            this.language = language;
            this.labels = labels;
            this.report = report;
        }

        String item() {
            boolean ok = switch (q.type()) {
                case MULTIPLE_CHOICE -> choice(q.options());
                case TRUE_FALSE -> trueFalse();
                case FILL_IN -> fillIn();
                case SHORT_ANSWER -> shortAnswer();
                case MATCHING -> matching();
                case ORDERING -> ordering();
                case CLOZE_PASSAGE -> cloze();
            };
            if (!ok) {
                return null;
            }
            StringBuilder x = new StringBuilder();
            x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            x.append("<assessmentItem xmlns=\"").append(NS).append("\"\n");
            x.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
            x.append("    xsi:schemaLocation=\"").append(SCHEMA_LOCATION).append("\"\n");
            x.append("    identifier=\"").append(id).append("\" title=\"")
                    .append(xml(q.id() + " " + dev.quizgen.export.Markup.excerpt(q.stem(), 60)))
                    .append("\" adaptive=\"false\" timeDependent=\"false\"")
                    .append(language.isBlank() ? "" : " xml:lang=\"" + xml(language) + "\"").append(">\n");
            x.append(declarations);
            x.append("  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\">\n")
                    .append("    <defaultValue><value>0</value></defaultValue>\n  </outcomeDeclaration>\n");
            x.append("  <itemBody>\n").append(body).append("  </itemBody>\n");
            x.append(processing);
            x.append("</assessmentItem>\n");
            return x.toString();
        }

        private static String template(String name) {
            return "  <responseProcessing template=\"" + TEMPLATES + name + "\"/>\n";
        }

        private void declare(String response, String cardinality, String baseType, List<String> correct) {
            declarations.append("  <responseDeclaration identifier=\"").append(response).append("\" cardinality=\"")
                    .append(cardinality).append("\" baseType=\"").append(baseType).append("\">\n    <correctResponse>\n");
            for (String c : correct) {
                declarations.append("      <value>").append(xml(c)).append("</value>\n");
            }
            declarations.append("    </correctResponse>\n");
        }

        private void endDeclaration() {
            declarations.append("  </responseDeclaration>\n");
        }

        /** Text as block content: a paragraph, line breaks kept. */
        private static String para(String text) {
            return "<p>" + inline(text) + "</p>";
        }

        private static String inline(String text) {
            return xml(text.replace("\r\n", "\n")).replace("\n", "<br/>");
        }

        private boolean choice(List<Option> options) {
            if (options.size() < 2 || options.stream().filter(Option::correct).count() != 1) {
                report.skipped(q.type(), q.id(), "needs 2 or more options, exactly one right");
                return false;
            }
            List<String> right = new ArrayList<>();
            StringBuilder choices = new StringBuilder();
            for (int i = 0; i < options.size(); i++) {
                String cid = "C" + (i + 1);
                if (options.get(i).correct()) {
                    right.add(cid);
                }
                choices.append("      <simpleChoice identifier=\"").append(cid).append("\">")
                        .append(inline(options.get(i).text())).append("</simpleChoice>\n");
            }
            declare("RESPONSE", "single", "identifier", right);
            endDeclaration();
            body.append("    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\" maxChoices=\"1\">\n")
                    .append("      <prompt>").append(inline(q.stem())).append("</prompt>\n")
                    .append(choices).append("    </choiceInteraction>\n");
            processing = template("match_correct");
            return true;
        }

        private boolean trueFalse() {
            if (!"true".equals(q.answer()) && !"false".equals(q.answer())) {
                report.skipped(q.type(), q.id(), "answer is neither \"true\" nor \"false\"");
                return false;
            }
            declare("RESPONSE", "single", "identifier", List.of(q.answer()));
            endDeclaration();
            body.append("    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"1\">\n")
                    .append("      <prompt>").append(inline(q.stem())).append("</prompt>\n")
                    .append("      <simpleChoice identifier=\"true\">").append(xml(labels.trueWord())).append("</simpleChoice>\n")
                    .append("      <simpleChoice identifier=\"false\">").append(xml(labels.falseWord())).append("</simpleChoice>\n")
                    .append("    </choiceInteraction>\n");
            processing = template("match_correct");
            return true;
        }

        private Set<String> typedAnswers() {
            Set<String> answers = new LinkedHashSet<>();
            answers.add(q.answer());
            answers.addAll(q.acceptedAnswers());
            return answers;
        }

        /** A text entry's declaration with a case-insensitive mapping of every accepted spelling. */
        private String textEntry(String response, Set<String> answers) {
            declare(response, "single", "string", List.of(answers.iterator().next()));
            declarations.append("    <mapping defaultValue=\"0\" upperBound=\"1\">\n");
            for (String a : answers) {
                declarations.append("      <mapEntry mapKey=\"").append(xml(a))
                        .append("\" mappedValue=\"1\" caseSensitive=\"false\"/>\n");
            }
            declarations.append("    </mapping>\n");
            endDeclaration();
            int longest = answers.stream().mapToInt(a -> a.codePointCount(0, a.length())).max().orElse(10);
            return "<textEntryInteraction responseIdentifier=\"" + response + "\" expectedLength=\""
                    + Math.max(10, longest + 2) + "\"/>";
        }

        /** An inline choice's declaration and interaction; null when no option is the right one. */
        private String inlineChoice(String response, List<Option> options, String answer) {
            List<String> right = new ArrayList<>();
            StringBuilder x = new StringBuilder("<inlineChoiceInteraction responseIdentifier=\"")
                    .append(response).append("\" shuffle=\"true\">");
            for (int i = 0; i < options.size(); i++) {
                String cid = response + "_C" + (i + 1);
                Option o = options.get(i);
                if (o.correct() || o.text().equals(answer)) {
                    right.add(cid);
                }
                x.append("<inlineChoice identifier=\"").append(cid).append("\">").append(xml(o.text()))
                        .append("</inlineChoice>");
            }
            if (right.size() != 1) {
                return null;
            }
            declare(response, "single", "identifier", right);
            endDeclaration();
            return x.append("</inlineChoiceInteraction>").toString();
        }

        private boolean fillIn() {
            List<String> parts = Gaps.split(q.stem());
            if (parts.size() != 2) {
                report.skipped(q.type(), q.id(), "a fill-in stem needs exactly one gap _____");
                return false;
            }
            String interaction = q.options().size() >= 2 ? inlineChoice("RESPONSE", q.options(), q.answer()) : null;
            if (interaction != null) {
                processing = template("match_correct");
            } else {
                interaction = textEntry("RESPONSE", typedAnswers());
                processing = template("map_response");
            }
            body.append("    <p>").append(inline(parts.get(0))).append(interaction).append(inline(parts.get(1)))
                    .append("</p>\n");
            return true;
        }

        private boolean shortAnswer() {
            String interaction = textEntry("RESPONSE", typedAnswers());
            body.append("    ").append(para(q.stem())).append("\n    <p>").append(interaction).append("</p>\n");
            processing = template("map_response");
            return true;
        }

        private boolean matching() {
            if (q.pairs().isEmpty()) {
                report.skipped(q.type(), q.id(), "no pairs");
                return false;
            }
            List<String> right = new ArrayList<>();
            StringBuilder left = new StringBuilder("      <simpleMatchSet>\n");
            StringBuilder target = new StringBuilder("      <simpleMatchSet>\n");
            for (int i = 0; i < q.pairs().size(); i++) {
                Pair p = q.pairs().get(i);
                right.add("L" + (i + 1) + " R" + (i + 1));
                left.append("        <simpleAssociableChoice identifier=\"L").append(i + 1).append("\" matchMax=\"1\">")
                        .append(inline(p.left())).append("</simpleAssociableChoice>\n");
                target.append("        <simpleAssociableChoice identifier=\"R").append(i + 1).append("\" matchMax=\"1\">")
                        .append(inline(p.right())).append("</simpleAssociableChoice>\n");
            }
            declare("RESPONSE", "multiple", "directedPair", right);
            endDeclaration();
            body.append("    <matchInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\" maxAssociations=\"")
                    .append(q.pairs().size()).append("\">\n")
                    .append("      <prompt>").append(inline(q.stem())).append("</prompt>\n")
                    .append(left).append("      </simpleMatchSet>\n")
                    .append(target).append("      </simpleMatchSet>\n")
                    .append("    </matchInteraction>\n");
            processing = template("match_correct");
            return true;
        }

        private boolean ordering() {
            if (q.items().size() < 2) {
                report.skipped(q.type(), q.id(), "ordering needs 2 or more items");
                return false;
            }
            List<String> order = new ArrayList<>();
            StringBuilder choices = new StringBuilder();
            for (int i = 0; i < q.items().size(); i++) {
                order.add("I" + (i + 1));
                choices.append("      <simpleChoice identifier=\"I").append(i + 1).append("\">")
                        .append(inline(q.items().get(i))).append("</simpleChoice>\n");
            }
            declare("RESPONSE", "ordered", "identifier", order);
            endDeclaration();
            body.append("    <orderInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\">\n")
                    .append("      <prompt>").append(inline(q.stem())).append("</prompt>\n")
                    .append(choices).append("    </orderInteraction>\n");
            processing = template("match_correct");
            return true;
        }

        private boolean cloze() {
            List<String> parts = Gaps.split(q.stem());
            if (parts.size() - 1 != q.blanks().size() || q.blanks().isEmpty()) {
                report.skipped(q.type(), q.id(), "the number of gaps in the stem differs from the number of blanks");
                return false;
            }
            StringBuilder rp = new StringBuilder("  <responseProcessing>\n");
            body.append("    <p>");
            for (int i = 0; i < q.blanks().size(); i++) {
                Blank blank = q.blanks().get(i);
                String response = "RESPONSE_" + (i + 1);
                String interaction = blank.options().size() >= 2
                        ? inlineChoice(response, blank.options(), blank.answer()) : null;
                String test;
                if (interaction != null) {
                    test = "<match><variable identifier=\"" + response + "\"/><correct identifier=\"" + response
                            + "\"/></match>";
                } else {
                    declare(response, "single", "string", List.of(blank.answer()));
                    endDeclaration();
                    int len = blank.answer().codePointCount(0, blank.answer().length());
                    interaction = "<textEntryInteraction responseIdentifier=\"" + response + "\" expectedLength=\""
                            + Math.max(10, len + 2) + "\"/>";
                    test = "<stringMatch caseSensitive=\"false\"><variable identifier=\"" + response
                            + "\"/><correct identifier=\"" + response + "\"/></stringMatch>";
                }
                body.append(inline(parts.get(i))).append(interaction);
                rp.append("    <responseCondition>\n      <responseIf>\n        ").append(test).append('\n')
                        .append("        <setOutcomeValue identifier=\"SCORE\"><sum><variable identifier=\"SCORE\"/>")
                        .append("<baseValue baseType=\"float\">1</baseValue></sum></setOutcomeValue>\n")
                        .append("      </responseIf>\n    </responseCondition>\n");
            }
            body.append(inline(parts.get(parts.size() - 1))).append("</p>\n");
            processing = rp.append("  </responseProcessing>\n").toString();
            return true;
        }
    }
}
