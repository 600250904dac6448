package dev.quizgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quizgen.export.ExporterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Smoke test only: the benchmark itself is not part of the test suite. */
class BenchCommandTest {
    @Test
    void benchOnTheSeedReportsEveryFigureAndEachIsPositive() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "seeds", "--repeat", "1", "--json"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        JsonObject o = JsonParser.parseString(out.toString()).getAsJsonObject();

        for (String path : List.of("articles", "tokens", "sentences", "threads", "measuredPasses",
                "floor.tokensPerSecond", "floor.tokensPerCpuSecond",
                "pipeline.tokensPerSecond", "pipeline.articlesPerSecond", "pipeline.ratioToFloor",
                "pipeline.tokensPerCpuSecond", "pipeline.cpuRatioToFloor",
                "latency.oneThread.p50Ms", "latency.oneThread.p95Ms", "latency.oneThread.allArticlesMs",
                "latency.allThreads.p50Ms", "latency.allThreads.p95Ms", "latency.allThreads.allArticlesMs",
                "latency.allThreads.speedup",
                "memory.peakHeapMB", "memory.retainedHeapMB", "memory.allocatedMBPerArticle",
                "loadMs.templatesMs", "loadMs.germanDictionaryMs", "loadMs.modelsDeMs", "loadMs.lexiconDeMs",
                "loadMs.jvmUptimeAtCommandMs")) {
            JsonElement e = at(o, path);
            assertNotNull(e, path + " missing in " + o);
            assertTrue(e.getAsDouble() > 0, path + " = " + e);
        }
        assertEquals(1, o.get("articles").getAsInt());
        JsonObject exports = o.getAsJsonObject("exportMsPerBank");
        List<String> formats = ExporterRegistry.standard().formats();
        assertFalse(formats.isEmpty());
        for (String f : formats) {
            assertNotNull(exports.get(f), "no export figure for " + f);
            assertTrue(exports.get(f).getAsDouble() > 0, f + " = " + exports.get(f));
        }
        for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("loadMs").entrySet()) {
            assertTrue(e.getValue().getAsDouble() > 0, "loadMs." + e.getKey() + " = " + e.getValue());
        }
    }

    private static JsonElement at(JsonObject o, String path) {
        JsonElement e = o;
        for (String part : path.split("\\.")) {
            if (e == null || !e.isJsonObject()) {
                return null;
            }
            e = e.getAsJsonObject().get(part);
        }
        return e;
    }
}
