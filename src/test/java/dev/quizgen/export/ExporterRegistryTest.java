package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry lists the formats in SPEC order, with SPEC's file names; unsupported types are reported. */
class ExporterRegistryTest {
    @Test
    void formatsAndFileNamesFollowTheSpec() {
        ExporterRegistry r = ExporterRegistry.standard();
        List<String> lms = List.of("moodle", "gift", "qti21", "qti12", "aiken", "kahoot", "h5p", "csv");
        List<String> formats = r.formats().stream().filter(f -> lms.contains(f) || f.equals("json")).toList();
        assertEquals(List.of("json", "moodle", "gift", "qti21", "qti12", "aiken", "kahoot", "h5p", "csv"), formats);
        List<String> suffixes = lms.stream().map(f -> r.get(f).suffix()).toList();
        assertEquals(List.of(".moodle.xml", ".gift.txt", ".qti21.zip", ".qti12.zip", ".aiken.txt", ".kahoot.xlsx",
                ".h5p", ".csv"), suffixes);
        assertEquals(List.of("json", "docx", "pdf", "moodle", "gift", "qti21", "qti12", "aiken", "kahoot", "h5p", "csv"),
                r.formats(), "all eleven, in SPEC order");
    }

    @Test
    void worksheetsComeRightAfterJson() {
        ExporterRegistry r = ExporterRegistry.standard();
        assertEquals(List.of("json", "docx", "pdf"), r.formats().subList(0, 3));
        assertEquals(".docx", r.get("docx").suffix());
        assertEquals(".pdf", r.get("pdf").suffix());
    }

    @Test
    void everyTypeAFormatCannotHoldIsNamedInOneWarningLine(@TempDir Path dir) {
        QuestionBank bank = ScenarioBanks.oneOfEach();
        for (Exporter x : Exports.lmsExporters()) {
            Exports.Result result = Exports.run(x, bank, dir.resolve(x.format()), "bank");
            Set<String> skipped = ValidatorsTest.skipped(result);
            for (Question q : bank.questions()) {
                if (!x.supportedTypes().contains(q.type())) {
                    assertTrue(skipped.contains(q.id()), x.format() + " must report " + q.type());
                    long lines = result.warnings().stream()
                            .filter(w -> w.startsWith(x.format() + ": skipped 1 " + q.type().jsonName() + " question ("))
                            .count();
                    assertEquals(1, lines, x.format() + " " + q.type() + ": " + result.warnings());
                }
            }
        }
    }
}
