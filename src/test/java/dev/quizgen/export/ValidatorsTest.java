package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every file the LMS exporters write for the scenario banks goes through the format's real
 * validator from {@code ../shared/validators} (README there), batched so that each tool starts
 * as few times as possible, plus the rules the README lists as "not scripted".
 */
class ValidatorsTest {
    static final Path RUN = Path.of("target/validator-run");
    static final Map<String, QuestionBank> BANKS = ScenarioBanks.all();
    /** scenario → format → result of the export. */
    static final Map<String, Map<String, Exports.Result>> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void exportAll() throws IOException {
        if (Files.exists(RUN)) {
            try (Stream<Path> walk = Files.walk(RUN)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, QuestionBank> e : BANKS.entrySet()) {
            Map<String, Exports.Result> byFormat = new LinkedHashMap<>();
            for (Exporter x : Exports.lmsExporters()) {
                byFormat.put(x.format(), Exports.run(x, e.getValue(), RUN.resolve(e.getKey()), e.getKey()));
            }
            RESULTS.put(e.getKey(), byFormat);
        }
    }

    static List<String> files(String format) {
        return RESULTS.values().stream().map(m -> m.get(format).file().toString()).toList();
    }

    static String validator(String name) {
        return ExternalTool.VALIDATORS.resolve(name).toString();
    }

    /** Ids a format reported as skipped, read from its warning lines ("...: q2, q3"). */
    static Set<String> skipped(Exports.Result r) {
        Set<String> ids = new HashSet<>();
        for (String w : r.warnings()) {
            if (w.contains(": skipped ")) {
                for (String id : w.substring(w.lastIndexOf("): ") + 3).split(", ")) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    static List<Question> written(String scenario, String format) {
        Set<String> skipped = skipped(RESULTS.get(scenario).get(format));
        return BANKS.get(scenario).questions().stream().filter(q -> !skipped.contains(q.id())).toList();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** A DOM parser that refuses DTDs and external entities (the files we parse have none). */
    static DocumentBuilder safeParser(boolean namespaces) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(namespaces);
        f.setCoalescing(false);
        return f.newDocumentBuilder();
    }

    static List<Element> elements(Node parent, String name) {
        NodeList nl = parent instanceof Document d ? d.getElementsByTagName(name) : ((Element) parent).getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ Moodle XML

    @Test
    void moodleCheckPassesEveryFile() {
        List<String> cmd = new ArrayList<>(List.of("sh", validator("moodle-check.sh")));
        cmd.addAll(files("moodle"));
        ExternalTool.Run r = ExternalTool.run(cmd);
        assertTrue(r.ok(), r.output());
        assertEquals(BANKS.size(), r.output().lines().filter(l -> l.startsWith("PASS ")).count(), r.output());
    }

    @Test
    void moodleTextIsHtmlInCdataAndKeysAreSingle() throws Exception {
        for (var e : RESULTS.entrySet()) {
            Document d = safeParser(false).parse(new ByteArrayInputStream(e.getValue().get("moodle").bytes()));
            List<Element> questions = elements(d, "question").stream()
                    .filter(q -> !q.getAttribute("type").equals("category")).toList();
            assertEquals(written(e.getKey(), "moodle").size(), questions.size(), e.getKey());
            for (Element q : questions) {
                Element qt = child(q, "questiontext");
                assertEquals("html", qt.getAttribute("format"));
                Node text = child(qt, "text").getFirstChild();
                assertEquals(Node.CDATA_SECTION_NODE, text.getNodeType(), "question text in CDATA");
                String type = q.getAttribute("type");
                List<Element> answers = elements(q, "answer").stream().filter(a -> a.getParentNode() == q).toList();
                long full = answers.stream().filter(a -> a.getAttribute("fraction").equals("100")).count();
                switch (type) {
                    case "multichoice" -> {
                        assertEquals("true", child(q, "single").getTextContent());
                        assertEquals(1, full, "one right answer");
                    }
                    case "shortanswer" -> assertTrue(full >= 1, "a shortanswer needs an answer at 100");
                    case "truefalse" -> assertEquals(1, full);
                    default -> {
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ GIFT

    @Test
    void giftPegjsParsesTheSameQuestionsAndKeys() {
        ExternalTool.requireNodeModule("gift-pegjs");
        String script = "const{parse}=require('gift-pegjs'),fs=require('fs');const out={};let bad=0;"
                + "for(const f of process.argv.slice(1)){try{out[f]=parse(fs.readFileSync(f,'utf8'))}"
                + "catch(e){bad=1;out[f]={error:'line '+(e.location&&e.location.start.line)+': '+e.message}}}"
                + "console.log(JSON.stringify(out));process.exit(bad)";
        List<String> cmd = new ArrayList<>(List.of("node", "-e", script));
        cmd.addAll(files("gift"));
        ExternalTool.Run r = ExternalTool.run(cmd);
        assertTrue(r.ok(), r.output());
        JsonObject parsed = JsonParser.parseString(r.output()).getAsJsonObject();
        for (String scenario : BANKS.keySet()) {
            JsonArray all = parsed.get(RESULTS.get(scenario).get("gift").file().toString()).getAsJsonArray();
            List<JsonObject> questions = new ArrayList<>();
            for (JsonElement q : all) {
                if (!q.getAsJsonObject().get("type").getAsString().equals("Category")) {
                    questions.add(q.getAsJsonObject());
                }
            }
            List<Question> expected = written(scenario, "gift");
            assertEquals(expected.size(), questions.size(), scenario + ": question count");
            for (int i = 0; i < expected.size(); i++) {
                assertGiftQuestion(scenario, expected.get(i), questions.get(i));
            }
        }
    }

    /** gift-pegjs leaves its escape placeholders in matching answers; undo them as Moodle does. */
    static String placeholders(String s) {
        return s.replace("&&092;", "\\").replace("&&058;", ":").replace("&&035;", "#").replace("&&061;", "=")
                .replace("&&123;", "{").replace("&&125;", "}").replace("&&126;", "~").replace("&&010", "\n");
    }

    static String noSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    static void assertGiftQuestion(String scenario, Question q, JsonObject g) {
        String where = scenario + " " + q.id();
        String type = g.get("type").getAsString();
        String stem = HtmlText.unescape(g.getAsJsonObject("stem").get("text").getAsString());
        // gift-pegjs puts spaces around an embedded gap and folds runs of whitespace
        assertEquals(noSpace(q.stem()), noSpace(stem), where + " stem");
        switch (q.type()) {
            case MULTIPLE_CHOICE -> assertChoices(where, "MC", type, q.options(), g);
            case FILL_IN -> {
                if (q.options().size() >= 2) {
                    assertChoices(where, "MC", type, q.options(), g);
                } else {
                    assertTyped(where, q, type, g);
                }
            }
            case SHORT_ANSWER -> assertTyped(where, q, type, g);
            case TRUE_FALSE -> {
                assertEquals("TF", type, where);
                assertEquals(q.answer().equals("true"), g.get("isTrue").getAsBoolean(), where);
            }
            case MATCHING, ORDERING -> {
                assertEquals("Matching", type, where);
                List<Pair> want = q.type() == QuestionType.MATCHING ? q.pairs() : positions(q.items());
                JsonArray pairs = g.getAsJsonArray("matchPairs");
                assertEquals(want.size(), pairs.size(), where);
                for (int i = 0; i < want.size(); i++) {
                    JsonObject p = pairs.get(i).getAsJsonObject();
                    assertEquals(want.get(i).left(),
                            HtmlText.unescape(p.getAsJsonObject("subquestion").get("text").getAsString()), where);
                    assertEquals(want.get(i).right(), placeholders(p.get("subanswer").getAsString()), where);
                }
            }
            default -> fail(where + ": GIFT should not hold " + q.type());
        }
    }

    static List<Pair> positions(List<String> items) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            pairs.add(new Pair(items.get(i), Integer.toString(i + 1)));
        }
        return pairs;
    }

    static void assertChoices(String where, String wantType, String type, List<Option> options, JsonObject g) {
        assertEquals(wantType, type, where);
        JsonArray choices = g.getAsJsonArray("choices");
        assertEquals(options.size(), choices.size(), where + " choice count");
        for (int i = 0; i < options.size(); i++) {
            JsonObject c = choices.get(i).getAsJsonObject();
            assertEquals(options.get(i).text(), HtmlText.unescape(c.getAsJsonObject("text").get("text").getAsString()),
                    where + " choice " + i);
            assertEquals(options.get(i).correct(), c.get("isCorrect").getAsBoolean(), where + " key " + i);
        }
    }

    static void assertTyped(String where, Question q, String type, JsonObject g) {
        assertEquals("Short", type, where);
        Set<String> want = new LinkedHashSet<>();
        want.add(q.answer());
        want.addAll(q.acceptedAnswers());
        List<String> got = new ArrayList<>();
        for (JsonElement c : g.getAsJsonArray("choices")) {
            assertTrue(c.getAsJsonObject().get("isCorrect").getAsBoolean(), where);
            // \* is Moodle's escape for a literal star in a short answer
            got.add(c.getAsJsonObject().getAsJsonObject("text").get("text").getAsString().replace("\\*", "*"));
        }
        assertEquals(new ArrayList<>(want), got, where + " answers");
    }

    // ------------------------------------------------------------------ QTI 2.1

    static Schema schema(String path) throws SAXException {
        SchemaFactory sf = SchemaFactory.newDefaultInstance();
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return sf.newSchema(ExternalTool.VALIDATORS.resolve(path).toFile());
    }

    static List<String> validate(Schema schema, String name, byte[] xml) throws IOException {
        List<String> errors = new ArrayList<>();
        Validator v = schema.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (SAXException e) {
            throw new AssertionError(e);
        }
        v.setErrorHandler(collect(errors, name));
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(xml), name));
        } catch (SAXException e) {
            errors.add(name + ": " + e.getMessage());
        }
        return errors;
    }

    static ErrorHandler collect(List<String> errors, String name) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
            }
        };
    }

    /**
     * The scenario whose QTI 2.1 zip goes through package-check.sh itself (it holds every
     * interaction type); the others get the same checks with one xmllint run each, below.
     */
    static final Set<String> PACKAGE_CHECKED = Set.of("one-of-each");

    @Test
    void qti21PackageCheckPasses() {
        for (String scenario : PACKAGE_CHECKED) {
            String f = RESULTS.get(scenario).get("qti21").file().toString();
            ExternalTool.Run r = ExternalTool.run(List.of("sh", validator("package-check.sh"), "qti21", f));
            assertTrue(r.ok(), r.output());
            assertTrue(r.output().contains("PASS "), r.output());
        }
    }

    /**
     * package-check.sh's checks (manifest against IMS CP, every file/@href present, every
     * imsqti_* resource against the QTI 2.1 XSD) with one xmllint run for all items of a zip:
     * package-check.sh starts xmllint once per item, reloading the large QTI schema each time,
     * which took about a minute for the 50-question zip on this shared machine.
     */
    @Test
    void qti21PackagesPassXmllintInOneRunEach() throws Exception {
        for (String scenario : BANKS.keySet()) {
            if (PACKAGE_CHECKED.contains(scenario)) {
                continue;
            }
            Path dir = RUN.resolve(scenario).resolve("qti21-unzipped");
            Map<String, byte[]> entries = unzip(RESULTS.get(scenario).get("qti21").bytes());
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            Path manifest = dir.resolve("imsmanifest.xml");
            ExternalTool.Run cp = ExternalTool.run(List.of("xmllint", "--nonet", "--noout", "--schema",
                    validator("qti21/imscp_v1p1.xsd"), manifest.toString()));
            assertTrue(cp.ok(), cp.output());
            Document m = safeParser(true).parse(manifest.toFile());
            List<String> qtiFiles = new ArrayList<>();
            for (Element res : elements(m, "resource")) {
                if (res.getAttribute("type").startsWith("imsqti_")) {
                    qtiFiles.add(dir.resolve(res.getAttribute("href")).toString());
                }
                for (Element file : elements(res, "file")) {
                    assertTrue(Files.exists(dir.resolve(file.getAttribute("href"))), "missing in zip: " + file.getAttribute("href"));
                }
            }
            assertFalse(qtiFiles.isEmpty());
            List<String> cmd = new ArrayList<>(List.of("xmllint", "--nonet", "--noout", "--schema",
                    validator("qti21/qtiv2p1/imsqti_v2p1.xsd")));
            cmd.addAll(qtiFiles);
            ExternalTool.Run items = ExternalTool.run(cmd);
            assertTrue(items.ok(), items.output());
            assertEquals(qtiFiles.size(), items.output().lines().filter(l -> l.endsWith(" validates")).count(), items.output());
        }
    }

    @Test
    void qti21ItemsTestAndManifestValidateWithTheJdk() throws Exception {
        Schema qti = QtiSchemas.QTI;
        Schema cp = QtiSchemas.CP;
        for (String scenario : BANKS.keySet()) {
            Map<String, byte[]> entries = unzip(RESULTS.get(scenario).get("qti21").bytes());
            List<String> errors = new ArrayList<>(validate(cp, "imsmanifest.xml", entries.get("imsmanifest.xml")));
            int items = 0;
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (e.getKey().startsWith("items/") || e.getKey().equals("test.xml")) {
                    errors.addAll(validate(qti, e.getKey(), e.getValue()));
                    items += e.getKey().startsWith("items/") ? 1 : 0;
                }
            }
            assertEquals(List.of(), errors, scenario);
            assertEquals(written(scenario, "qti21").size(), items, scenario + ": one item per question");
        }
    }

    // ------------------------------------------------------------------ Canvas QTI 1.2

    @Test
    void qti12PackageCheckPasses() {
        for (String f : files("qti12")) {
            ExternalTool.Run r = ExternalTool.run(List.of("sh", validator("package-check.sh"), "qti12", f));
            assertTrue(r.ok(), r.output());
            assertTrue(r.output().contains("PASS "), r.output());
        }
    }

    static final Set<String> CANVAS_TYPES = Set.of("multiple_choice_question", "true_false_question",
            "short_answer_question", "matching_question", "fill_in_multiple_blanks_question",
            "multiple_dropdowns_question");

    @Test
    void qti12ValidatesAgainstTheCanvasDtdAndFollowsCanvasRules() throws Exception {
        String dtdUri = ExternalTool.VALIDATORS.resolve("qti12/canvas_qti12.dtd").toAbsolutePath().toUri().toString();
        for (String scenario : BANKS.keySet()) {
            String xml = new String(unzip(RESULTS.get(scenario).get("qti12").bytes()).get("quiz.xml"), StandardCharsets.UTF_8);
            // as XmlValidate.java does: inject a DOCTYPE after the XML declaration, validate non-namespace-aware
            int p = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            String withDoctype = xml.substring(0, p) + "<!DOCTYPE questestinterop SYSTEM \"" + dtdUri + "\">" + xml.substring(p);
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setValidating(true);
            f.setNamespaceAware(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
            DocumentBuilder b = f.newDocumentBuilder();
            List<String> errors = new ArrayList<>();
            b.setErrorHandler(collect(errors, scenario + "/quiz.xml"));
            Document d = b.parse(new InputSource(new StringReader(withDoctype)));
            assertEquals(List.of(), errors, scenario);

            List<Element> items = elements(d, "item");
            assertEquals(written(scenario, "qti12").size(), items.size(), scenario);
            for (Element item : items) {
                String where = scenario + " " + item.getAttribute("ident");
                Map<String, String> meta = new LinkedHashMap<>();
                for (Element field : elements(item, "qtimetadatafield")) {
                    meta.put(child(field, "fieldlabel").getTextContent(), child(field, "fieldentry").getTextContent());
                }
                assertTrue(CANVAS_TYPES.contains(meta.get("question_type")), where + " question_type " + meta);
                assertNotNull(meta.get("points_possible"), where + " points_possible");
                Map<String, Set<String>> labels = new LinkedHashMap<>();
                for (Element lid : elements(item, "response_lid")) {
                    Set<String> ids = new HashSet<>();
                    elements(lid, "response_label").forEach(l -> ids.add(l.getAttribute("ident")));
                    labels.put(lid.getAttribute("ident"), ids);
                }
                Set<String> strs = new HashSet<>();
                elements(item, "response_str").forEach(s -> strs.add(s.getAttribute("ident")));
                List<Element> vareqs = elements(item, "varequal");
                assertFalse(vareqs.isEmpty(), where + " has a key");
                for (Element v : vareqs) {
                    String resp = v.getAttribute("respident");
                    assertTrue(labels.containsKey(resp) || strs.contains(resp), where + " respident " + resp);
                    if (labels.containsKey(resp)) {
                        assertTrue(labels.get(resp).contains(v.getTextContent()), where + " value " + v.getTextContent());
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ Aiken

    @Test
    void aikenCheckPassesAndHoldsEveryMultipleChoice() throws IOException {
        for (String scenario : BANKS.keySet()) {
            Exports.Result r = RESULTS.get(scenario).get("aiken");
            ExternalTool.Run run = ExternalTool.run(List.of("awk", "-f", validator("aiken-check.awk"), r.file().toString()));
            assertTrue(run.ok(), scenario + ": " + run.output());
            List<Question> written = written(scenario, "aiken");
            assertTrue(written.stream().allMatch(q -> q.type() == QuestionType.MULTIPLE_CHOICE), scenario);
            long answers = Files.readAllLines(r.file()).stream().filter(l -> l.startsWith("ANSWER: ")).count();
            assertEquals(written.size(), answers, scenario);
            // every other type is named in exactly one warning line
            for (QuestionType t : QuestionType.values()) {
                boolean present = BANKS.get(scenario).questions().stream().anyMatch(q -> q.type() == t);
                long lines = r.warnings().stream().filter(w -> w.contains(" " + t.jsonName() + " question")).count();
                if (t != QuestionType.MULTIPLE_CHOICE) {
                    assertEquals(present ? 1 : 0, lines, scenario + " " + t + ": " + r.warnings());
                }
            }
        }
    }

    // ------------------------------------------------------------------ Kahoot

    @Test
    void kahootSheetKeepsTheTemplateLayoutAndLimits() throws IOException {
        for (String scenario : BANKS.keySet()) {
            Exports.Result r = RESULTS.get(scenario).get("kahoot");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
                Sheet sheet = wb.getSheetAt(0);
                assertTrue(sheet.getRow(7).getCell(1).getStringCellValue().startsWith("Question"), "header in row 8");
                List<Question> expected = written(scenario, "kahoot");
                int rows = 0;
                for (int i = 8; i <= sheet.getLastRowNum(); i++) {
                    Row row = sheet.getRow(i);
                    String where = scenario + " row " + (i + 1);
                    Question q = expected.get(rows++);
                    String question = row.getCell(1).getStringCellValue();
                    assertEquals(q.stem().replaceAll("\\s+", " ").strip(), question, where);
                    assertTrue(question.codePointCount(0, question.length()) <= 120, where);
                    List<String> answers = new ArrayList<>();
                    for (int c = 2; c <= 5; c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                            String a = cell.getStringCellValue();
                            assertTrue(a.codePointCount(0, a.length()) <= 75, where + " answer " + a);
                            answers.add(a);
                        }
                    }
                    assertTrue(answers.size() >= 2, where);
                    int seconds = (int) row.getCell(6).getNumericCellValue();
                    assertTrue(List.of(5, 10, 20, 30, 60, 90, 120, 240).contains(seconds), where + " time " + seconds);
                    int correct = (int) row.getCell(7).getNumericCellValue();
                    assertTrue(correct >= 1 && correct <= answers.size(), where);
                    String right = q.type() == QuestionType.TRUE_FALSE
                            ? (q.answer().equals("true") ? "Wahr" : "Falsch") : q.correctOption().text();
                    assertEquals(right, answers.get(correct - 1), where + " right answer");
                }
                assertEquals(expected.size(), rows, scenario + ": one row per question kept");
            }
        }
    }

    // ------------------------------------------------------------------ H5P

    @Test
    void h5pCheckPassesAndNoMarkupIsActive() throws IOException {
        ExternalTool.requireNodeModule("@lumieducation/h5p-server");
        List<String> cmd = new ArrayList<>(List.of("node", validator("h5p-check.js")));
        cmd.addAll(files("h5p"));
        ExternalTool.Run r = ExternalTool.run(cmd);
        assertTrue(r.ok(), r.output());
        assertEquals(BANKS.size(), r.output().lines().filter(l -> l.startsWith("PASS ")).count(), r.output());
        for (String scenario : BANKS.keySet()) {
            String content = new String(unzip(RESULTS.get(scenario).get("h5p").bytes()).get("content/content.json"),
                    StandardCharsets.UTF_8);
            assertFalse(content.contains("<script") || content.contains("<b>") || content.contains("<i>"), scenario);
            JsonObject c = JsonParser.parseString(content).getAsJsonObject();
            List<Question> written = written(scenario, "h5p");
            JsonArray questions = c.getAsJsonArray("questions");
            assertEquals(written.size(), questions.size(), scenario);
            for (int i = 0; i < written.size(); i++) {
                assertH5pKey(scenario, written.get(i), questions.get(i).getAsJsonObject());
            }
        }
    }

    /** Reads each sub-content's key the way the H5P libraries do and compares it with the bank. */
    static void assertH5pKey(String scenario, Question q, JsonObject sub) {
        String where = scenario + " " + q.id();
        JsonObject params = sub.getAsJsonObject("params");
        String library = sub.get("library").getAsString();
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                assertTrue(library.startsWith("H5P.MultiChoice "), where);
                JsonArray answers = params.getAsJsonArray("answers");
                for (int i = 0; i < q.options().size(); i++) {
                    JsonObject a = answers.get(i).getAsJsonObject();
                    String text = a.get("text").getAsString();
                    assertEquals(q.options().get(i).text(), HtmlText.unescape(text.substring(5, text.length() - 6)), where);
                    assertEquals(q.options().get(i).correct(), a.get("correct").getAsBoolean(), where);
                }
            }
            case TRUE_FALSE -> assertEquals(q.answer(), params.get("correct").getAsString(), where);
            case FILL_IN, SHORT_ANSWER, CLOZE_PASSAGE -> {
                assertTrue(library.startsWith("H5P.Blanks "), where);
                List<List<String>> got = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\*([^*]+)\\*")
                        .matcher(params.getAsJsonArray("questions").get(0).getAsString());
                while (m.find()) {
                    got.add(blanksSolutions(m.group(1)));
                }
                List<List<String>> want = new ArrayList<>();
                if (q.type() == QuestionType.CLOZE_PASSAGE) {
                    q.blanks().forEach(b -> want.add(List.of(b.answer())));
                } else {
                    LinkedHashSet<String> all = new LinkedHashSet<>();
                    all.add(q.answer());
                    all.addAll(q.acceptedAnswers());
                    want.add(new ArrayList<>(all));
                }
                assertEquals(want, got, where);
            }
            default -> fail(where + ": H5P should not hold " + q.type());
        }
    }

    /** As H5P.Blanks' parseSolution: cut the tip at ":", split at "/", trim, decode entities. */
    static List<String> blanksSolutions(String solutionText) {
        int tip = solutionText.indexOf(':');
        String solution = tip >= 0 ? solutionText.substring(0, tip) : solutionText;
        List<String> out = new ArrayList<>();
        for (String s : solution.split("/", -1)) {
            out.add(HtmlText.unescape(s.strip()));
        }
        return out;
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csvIsRfc4180WithBomCrlfAndNoFormulaCells() {
        for (String scenario : BANKS.keySet()) {
            byte[] bytes = RESULTS.get(scenario).get("csv").bytes();
            assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark");
            String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
            assertTrue(text.endsWith("\r\n"), scenario);
            List<List<String>> rows = CsvRecords.parse(text);
            QuestionBank bank = BANKS.get(scenario);
            assertEquals(bank.questions().size() + 1, rows.size(), scenario);
            assertEquals("id", rows.get(0).get(0));
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                assertEquals(rows.get(0).size(), row.size(), scenario + " row " + i);
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                            scenario + " row " + i + " starts like a formula: " + cell);
                }
                Question q = bank.questions().get(i - 1);
                assertEquals(q.id(), row.get(0));
                assertEquals(q.type().jsonName(), row.get(1));
                assertEquals(neutral(q.stem()), row.get(2));
                assertEquals(neutral(q.answer()), row.get(3));
            }
        }
    }

    static String neutral(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
