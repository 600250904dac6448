package dev.quizgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A department's folder: 200 articles with 5 bad files among them, in parallel, nothing lost. */
class BatchRunTest {
    @TempDir
    Path tmp;

    @Test
    void twoHundredArticlesAndFiveBadOnes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> bench = dev.quizgen.TestPipeline.benchArticles();
        for (int i = 0; i < 200; i++) {
            Path src = bench.get(i % bench.size());
            Files.copy(src, in.resolve(String.format("a%03d-%s", i, src.getFileName())));
        }
        Files.writeString(in.resolve("bad1-empty.txt"), "");
        Files.writeString(in.resolve("bad2-spaces.txt"), " \n\t\n ");
        Files.write(in.resolve("bad3-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0});
        Files.writeString(in.resolve("bad4-broken.docx"), "this is not a zip");
        Files.writeString(in.resolve("bad5-broken.pdf"), "%PDF-1.7 truncated");

        long before = usedAfterGc();
        peaksReset();
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("out");
        int code = Main.run(new String[] {"generate", in.toString(), "-o", out.toString(), "-f", "json", "--jobs", "2"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        long after = usedAfterGc();
        long peak = heapPeak();

        assertEquals(1, code, "a failed article makes the run fail, after writing the good ones");
        long banks;
        try (Stream<Path> s = Files.list(out)) {
            banks = s.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertEquals(200, banks, err.toString());
        String log = err.toString();
        for (String bad : List.of("bad1-empty.txt", "bad2-spaces.txt", "bad3-binary.txt", "bad4-broken.docx", "bad5-broken.pdf")) {
            assertTrue(log.lines().anyMatch(l -> l.startsWith("quizgen: failed ") && l.contains(bad) && l.length() > 40),
                    bad + " named with a reason in:\n" + log);
        }
        assertTrue(log.contains("205 articles: 200 ok, 0 skipped, 5 failed"), log);
        System.out.printf("batch of 205: heap used %d MB before, %d MB after (after GC), peak %d MB%n",
                before >> 20, after >> 20, peak >> 20);
        assertTrue(after - before < 64L << 20, "heap stays flat over the batch: " + (before >> 20) + " → " + (after >> 20) + " MB");
    }

    @Test
    void twoArticlesOfOneNameInOneRunAreNamedWithTheReason() throws IOException {
        Path de = Files.createDirectories(tmp.resolve("de"));
        Path en = Files.createDirectories(tmp.resolve("en"));
        Files.writeString(de.resolve("news.txt"), "Am Sonntag traf Angela Merkel in Berlin den Präsidenten Emmanuel Macron.");
        Files.writeString(en.resolve("news.txt"), "On Sunday, Angela Merkel met President Emmanuel Macron in Berlin.");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"generate", de.resolve("news.txt").toString(), en.resolve("news.txt").toString(),
                "-o", tmp.resolve("out").toString(), "-f", "json"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(1, code);
        String log = err.toString();
        assertTrue(log.lines().anyMatch(l -> l.startsWith("quizgen: failed ") && l.contains(en.resolve("news.txt").toString())
                && l.contains("same name")), log);
    }

    @Test
    void anArticleWithNoQuestionOfTheTypesAskedSaysSo() throws IOException {
        Path in = Files.writeString(tmp.resolve("short.txt"), "Am Sonntag traf Angela Merkel in Berlin den Präsidenten Emmanuel Macron.");
        StringWriter err = new StringWriter();
        Main.run(new String[] {"generate", in.toString(), "-o", tmp.resolve("out").toString(), "-f", "json", "-t", "cloze_passage"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertTrue(err.toString().contains("no question of the types asked (cloze_passage)"), err.toString());
    }

    private static long usedAfterGc() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void peaksReset() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
