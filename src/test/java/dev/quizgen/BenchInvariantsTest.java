package dev.quizgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.bank.BankJson;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every dev-bench article gets a bank that the bench's own scorer finds free of violations. */
class BenchInvariantsTest {
    @TempDir
    Path tmp;

    @Test
    void scorerFindsNoViolationsOnAnyBenchBank() throws Exception {
        int positions[] = new int[5];
        int mc = 0;
        for (String lang : List.of("de", "en")) {
            Path dir = TestPipeline.BENCH.resolve(lang);
            Path banks = Files.createDirectories(tmp.resolve(lang));
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    QuestionBank bank = TestPipeline.bank(TestPipeline.read(f), 15, 1);
                    // a text on complexity classes has few names, dates or numbers, and "P" and "NP" are its topic:
                    // one good question beats ten poor ones, but no article goes without any
                    assertTrue(bank.questions().size() >= 1, f + ": " + bank.questions().size());
                    // positions over three seeds: a few hundred choices, so that ±5 points measures balance, not luck
                    for (long seed = 1; seed <= 3; seed++) {
                        QuestionBank b = seed == 1 ? bank : TestPipeline.bank(TestPipeline.read(f), 15, seed);
                        for (Question q : b.questions()) {
                            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                                mc++;
                                positions[q.options().indexOf(q.correctOption())]++;
                                assertEquals(1, q.options().stream().filter(Option::correct).count());
                            }
                        }
                    }
                    String name = f.getFileName().toString().replace(".txt", ".json");
                    Files.writeString(banks.resolve(name), BankJson.write(bank), StandardCharsets.UTF_8);
                }
            }
        }
        Process p = new ProcessBuilder("python3", "../shared/bench/score.py",
                "--articles", TestPipeline.BENCH.resolve("de").toString(), "--banks", tmp.resolve("de").toString(),
                "--articles", TestPipeline.BENCH.resolve("en").toString(), "--banks", tmp.resolve("en").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String score = out.lines().filter(l -> l.startsWith("score:")).findFirst().orElseThrow();
        assertTrue(score.contains("banks=48/48"), out);
        assertTrue(score.contains("invariant_violations=0"), out);
        double twin = Double.parseDouble(score.replaceAll(".*twin_rate=([0-9.]+).*", "$1"));
        assertTrue(twin < 0.02, score);
        // the right answer is not always A: each of the four positions within 5 points of 25 %
        for (int i = 0; i < 4; i++) {
            double share = positions[i] / (double) mc;
            assertTrue(Math.abs(share - 0.25) <= 0.05 + 1e-9, "position " + i + ": " + share + " of " + mc);
        }
    }
}
