package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.bank.QuestionBank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every LMS format over every scenario bank, compared byte for byte with
 * {@code src/test/resources/golden/<scenario>/expected<suffix>}, and its warnings with
 * {@code expected<suffix>.warnings.txt}. Run with {@code -Dgolden.update=true} to rewrite them,
 * then review the diff. Also checks that exporting twice gives the same bytes.
 */
class GoldenFilesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Map.Entry<String, QuestionBank> e : ScenarioBanks.all().entrySet()) {
            for (Exporter x : Exports.lmsExporters()) {
                cases.add(Arguments.of(e.getKey(), x.format(), e.getValue(), x));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void matchesGoldenFile(String scenario, String format, QuestionBank bank, Exporter exporter,
                           @TempDir Path tmp) throws IOException {
        Exports.Result first = Exports.run(exporter, bank, tmp.resolve("a"), "bank");
        Exports.Result second = Exports.run(exporter, bank, tmp.resolve("b"), "bank");
        assertArrayEquals(first.bytes(), second.bytes(), "same bank must give the same bytes");

        Path expected = GOLDEN.resolve(scenario).resolve("expected" + exporter.suffix());
        Path expectedWarnings = GOLDEN.resolve(scenario).resolve("expected" + exporter.suffix() + ".warnings.txt");
        String warnings = String.join("\n", first.warnings()) + (first.warnings().isEmpty() ? "" : "\n");
        if (UPDATE) {
            Files.createDirectories(expected.getParent());
            Files.write(expected, first.bytes());
            Files.writeString(expectedWarnings, warnings, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), "no golden file " + expected + "; run mvn verify -Dgolden.update=true");
        byte[] want = Files.readAllBytes(expected);
        if (exporter.suffix().endsWith(".zip") || exporter.suffix().endsWith(".xlsx") || exporter.suffix().endsWith(".h5p")) {
            assertArrayEquals(want, first.bytes(), "bytes differ from " + expected);
        } else {
            assertEquals(new String(want, StandardCharsets.UTF_8), new String(first.bytes(), StandardCharsets.UTF_8),
                    "differs from " + expected);
        }
        assertEquals(Files.readString(expectedWarnings, StandardCharsets.UTF_8), warnings,
                "warnings differ from " + expectedWarnings);
    }
}
