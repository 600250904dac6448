package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.aiken.AikenExporter;
import dev.quizgen.export.qti12.CanvasQti12Exporter;
import dev.quizgen.export.qti21.Qti21Exporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the answer key of every QTI 2.1 item, every Canvas QTI 1.2 item and every Aiken
 * question back and compares it with the bank: valid files that key the wrong option would
 * pass the schema checks, not these.
 */
class KeysReadBackTest {
    static List<String> scenarios() {
        return List.copyOf(ScenarioBanks.all().keySet());
    }

    static List<Question> written(QuestionBank bank, Exports.Result r) {
        Set<String> skipped = ValidatorsTest.skipped(r);
        return bank.questions().stream().filter(q -> !skipped.contains(q.id())).toList();
    }

    static List<String> typed(Question q) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(q.answer());
        all.addAll(q.acceptedAnswers());
        return List.copyOf(all);
    }

    static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::getTextContent).toList();
    }

    static List<String> values(Element declaration) {
        return texts(ValidatorsTest.elements(ValidatorsTest.child(declaration, "correctResponse"), "value"));
    }

    static int rightIndex(List<Option> options, String answer) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct() || options.get(i).text().equals(answer)) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ QTI 2.1

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void qti21KeysMatchTheBank(String scenario, @TempDir Path dir) throws Exception {
        QuestionBank bank = ScenarioBanks.all().get(scenario);
        Exports.Result r = Exports.run(new Qti21Exporter(), bank, dir, "bank");
        Map<String, byte[]> entries = ValidatorsTest.unzip(r.bytes());
        List<Question> written = written(bank, r);
        List<String> ids = Identifiers.of(bank.questions());
        for (Question q : written) {
            String file = "items/" + ids.get(bank.questions().indexOf(q)) + ".xml";
            assertNotNull(entries.get(file), file);
            Document d = ValidatorsTest.safeParser(false).parse(new ByteArrayInputStream(entries.get(file)));
            Map<String, Element> decl = new LinkedHashMap<>();
            ValidatorsTest.elements(d, "responseDeclaration").forEach(e -> decl.put(e.getAttribute("identifier"), e));
            String where = scenario + " " + q.id();
            switch (q.type()) {
                case MULTIPLE_CHOICE -> {
                    List<Element> choices = ValidatorsTest.elements(d, "simpleChoice");
                    assertEquals(q.options().stream().map(Option::text).toList(), texts(choices), where);
                    String right = choices.get(rightIndex(q.options(), q.answer())).getAttribute("identifier");
                    assertEquals(List.of(right), values(decl.get("RESPONSE")), where);
                }
                case TRUE_FALSE -> assertEquals(List.of(q.answer()), values(decl.get("RESPONSE")), where);
                case FILL_IN, SHORT_ANSWER -> {
                    List<Element> inline = ValidatorsTest.elements(d, "inlineChoice");
                    if (!inline.isEmpty()) {
                        assertEquals(q.options().stream().map(Option::text).toList(), texts(inline), where);
                        String right = inline.get(rightIndex(q.options(), q.answer())).getAttribute("identifier");
                        assertEquals(List.of(right), values(decl.get("RESPONSE")), where);
                    } else {
                        assertEquals(List.of(q.answer()), values(decl.get("RESPONSE")), where);
                        List<String> keys = ValidatorsTest.elements(d, "mapEntry").stream()
                                .map(e -> e.getAttribute("mapKey")).toList();
                        assertEquals(typed(q), keys, where);
                    }
                }
                case MATCHING -> {
                    List<Element> sets = ValidatorsTest.elements(d, "simpleMatchSet");
                    assertEquals(q.pairs().stream().map(Pair::left).toList(),
                            texts(ValidatorsTest.elements(sets.get(0), "simpleAssociableChoice")), where);
                    assertEquals(q.pairs().stream().map(Pair::right).toList(),
                            texts(ValidatorsTest.elements(sets.get(1), "simpleAssociableChoice")), where);
                    List<String> want = new ArrayList<>();
                    for (int i = 1; i <= q.pairs().size(); i++) {
                        want.add("L" + i + " R" + i);
                    }
                    assertEquals(want, values(decl.get("RESPONSE")), where);
                }
                case ORDERING -> {
                    List<Element> choices = ValidatorsTest.elements(d, "simpleChoice");
                    Map<String, String> textById = new LinkedHashMap<>();
                    choices.forEach(c -> textById.put(c.getAttribute("identifier"), c.getTextContent()));
                    assertEquals(q.items(), values(decl.get("RESPONSE")).stream().map(textById::get).toList(), where);
                }
                case CLOZE_PASSAGE -> {
                    for (int i = 0; i < q.blanks().size(); i++) {
                        Blank b = q.blanks().get(i);
                        Element dcl = decl.get("RESPONSE_" + (i + 1));
                        if (dcl.getAttribute("baseType").equals("string")) {
                            assertEquals(List.of(b.answer()), values(dcl), where + " gap " + (i + 1));
                        } else {
                            String prefix = "RESPONSE_" + (i + 1) + "_C";
                            List<Element> inline = ValidatorsTest.elements(d, "inlineChoice").stream()
                                    .filter(e -> e.getAttribute("identifier").startsWith(prefix)).toList();
                            assertEquals(b.options().stream().map(Option::text).toList(), texts(inline), where);
                            String right = inline.get(rightIndex(b.options(), b.answer())).getAttribute("identifier");
                            assertEquals(List.of(right), values(dcl), where + " gap " + (i + 1));
                        }
                    }
                }
                default -> fail(where);
            }
        }
    }

    // ------------------------------------------------------------------ Canvas QTI 1.2

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void qti12KeysMatchTheBank(String scenario, @TempDir Path dir) throws Exception {
        QuestionBank bank = ScenarioBanks.all().get(scenario);
        Exports.Result r = Exports.run(new CanvasQti12Exporter(), bank, dir, "bank");
        byte[] quiz = ValidatorsTest.unzip(r.bytes()).get("quiz.xml");
        Document d = ValidatorsTest.safeParser(false).parse(new ByteArrayInputStream(quiz));
        List<Element> items = ValidatorsTest.elements(d, "item");
        List<Question> written = written(bank, r);
        assertEquals(written.size(), items.size(), scenario);
        for (int n = 0; n < items.size(); n++) {
            Question q = written.get(n);
            Element item = items.get(n);
            String where = scenario + " " + q.id();
            Map<String, String> labelText = new LinkedHashMap<>();
            for (Element l : ValidatorsTest.elements(item, "response_label")) {
                if (!l.getAttribute("ident").startsWith("answer")) {
                    labelText.put(l.getAttribute("ident"), l.getTextContent().strip());
                }
            }
            // respident → the texts its varequals point at (label text for choices, the value for typed)
            Map<String, List<String>> keyed = new LinkedHashMap<>();
            for (Element v : ValidatorsTest.elements(item, "varequal")) {
                String value = v.getTextContent();
                keyed.computeIfAbsent(v.getAttribute("respident"), k -> new ArrayList<>())
                        .add(labelText.getOrDefault(value, value));
            }
            switch (q.type()) {
                case MULTIPLE_CHOICE -> assertEquals(Map.of("response1", List.of(q.answer())), keyed, where);
                case TRUE_FALSE -> assertEquals(Map.of("response1",
                        List.of(q.answer().equals("true") ? "Wahr" : "Falsch")), keyed, where);
                case FILL_IN, SHORT_ANSWER -> assertEquals(Map.of("response1", typed(q)), keyed, where);
                case MATCHING, ORDERING -> {
                    List<Pair> pairs = q.type() == QuestionType.MATCHING ? q.pairs() : ValidatorsTest.positions(q.items());
                    List<Pair> got = new ArrayList<>();
                    for (Element lid : ValidatorsTest.elements(item, "response_lid")) {
                        String left = ValidatorsTest.child(lid, "material").getTextContent().strip();
                        got.add(new Pair(left, keyed.get(lid.getAttribute("ident")).get(0)));
                    }
                    assertEquals(pairs, got, where);
                }
                case CLOZE_PASSAGE -> {
                    List<String> want = q.blanks().stream().map(Blank::answer).toList();
                    List<String> got = new ArrayList<>();
                    for (int i = 1; i <= q.blanks().size(); i++) {
                        got.add(keyed.get("response_blank" + i).get(0));
                    }
                    assertEquals(want, got, where);
                }
                default -> fail(where);
            }
        }
    }

    // ------------------------------------------------------------------ Aiken

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aikenKeysMatchTheBank(String scenario, @TempDir Path dir) {
        QuestionBank bank = ScenarioBanks.all().get(scenario);
        Exports.Result r = Exports.run(new AikenExporter(), bank, dir, "bank");
        String text = new String(r.bytes(), StandardCharsets.UTF_8);
        List<Question> written = written(bank, r);
        List<String> blocks = text.isEmpty() ? List.of() : List.of(text.split("\n\n"));
        assertEquals(written.size(), blocks.size(), scenario);
        for (int n = 0; n < blocks.size(); n++) {
            Question q = written.get(n);
            List<String> lines = List.of(blocks.get(n).strip().split("\n"));
            assertEquals(q.stem().replaceAll("\\s+", " ").strip(), lines.get(0), q.id());
            List<String> options = lines.subList(1, lines.size() - 1).stream().map(l -> l.substring(3)).toList();
            assertEquals(q.options().stream().map(o -> o.text().replaceAll("\\s+", " ").strip()).toList(), options, q.id());
            int right = lines.get(lines.size() - 1).charAt("ANSWER: ".length()) - 'A';
            assertEquals(q.answer(), q.options().get(right).text(), q.id());
        }
    }
}
