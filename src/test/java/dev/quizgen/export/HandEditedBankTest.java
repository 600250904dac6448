package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank edited by hand may lack a language, a source or a title, and may have ids that are no
 * XML names or repeat. Every exporter still writes a file, and the QTI package stays valid.
 */
class HandEditedBankTest {
    static QuestionBank bank() {
        List<Option> options = List.of(new Option("Ja", true, null), new Option("Nein", false, null));
        List<Question> qs = List.of(
                Question.of("1 erste", QuestionType.MULTIPLE_CHOICE, "Stimmt das?", options, "Ja", null, null, null, null),
                Question.of("q2", QuestionType.MULTIPLE_CHOICE, "Und das?", options, "Ja", null, null, null, null),
                Question.of("q2", QuestionType.TRUE_FALSE, "Doppelte id.", List.of(), "false", null, null, null, null),
                Question.of("q<4>", QuestionType.FILL_IN, "Ein _____ hier.", List.of(), "Wort", null, null, null, null));
        return new QuestionBank(null, null, "de_DE", null, qs);
    }

    @Test
    void everyFormatWritesAFileAndQtiStaysValid(@TempDir Path dir) throws Exception {
        for (Exporter x : Exports.lmsExporters()) {
            Exports.Result r = Exports.run(x, bank(), dir, "hand");
            assertTrue(r.bytes().length > 0, x.format());
            if (x.format().equals("qti21")) {
                Schema qti = QtiSchemas.QTI;
                Schema cp = QtiSchemas.CP;
                Map<String, byte[]> entries = ValidatorsTest.unzip(r.bytes());
                List<String> errors = new ArrayList<>(ValidatorsTest.validate(cp, "imsmanifest.xml", entries.get("imsmanifest.xml")));
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    if (!e.getKey().equals("imsmanifest.xml")) {
                        errors.addAll(ValidatorsTest.validate(qti, e.getKey(), e.getValue()));
                    }
                }
                assertEquals(List.of(), errors);
                assertEquals(List.of("imsmanifest.xml", "test.xml", "items/item1.xml", "items/q2.xml",
                        "items/q2_3.xml", "items/item4.xml"), List.copyOf(entries.keySet()));
            }
        }
    }
}
