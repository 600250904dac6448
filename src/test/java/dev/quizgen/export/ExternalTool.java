package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a validator from {@code ../shared/validators} (or a system tool) and returns its exit code
 * and output. A missing tool fails the test, locally as on CI: the tools are part of the build's
 * prerequisites ({@code .ci/run} installs them), and a skipped validation would pass silently.
 */
public final class ExternalTool {
    /** The shared validators, relative to the project root (Maven's working directory for tests). */
    public static final Path VALIDATORS = Path.of("../shared/validators");
    public static final String NODE_PATH = System.getenv().getOrDefault("NODE_PATH", "/opt/quiz-validators/node_modules");

    private ExternalTool() {
    }

    /** What a run printed (stdout and stderr together) and how it ended. */
    public record Run(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    public static Run run(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("NODE_PATH", NODE_PATH);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            fail("cannot start " + command.get(0) + " (" + e.getMessage() + "). Install the validators as .ci/run"
                    + " does (apt: libxml2-utils zip unzip nodejs; npm: gift-pegjs, @lumieducation/h5p-server"
                    + " in /opt/quiz-validators) — see ../shared/validators/README.md");
            throw new AssertionError("unreachable");
        }
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command.get(0) + " did not finish in 300 s");
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Fails unless {@code node} can load {@code module} from NODE_PATH. */
    public static void requireNodeModule(String module) {
        Run r = run(List.of("node", "-e", "require(" + quote(module) + ")"));
        if (!r.ok()) {
            fail("node cannot load " + module + " from NODE_PATH=" + NODE_PATH + ": " + r.output()
                    + "Install it as .ci/run does (npm install --prefix /opt/quiz-validators ...)");
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
