package dev.quizgen.export.worksheet;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the validators of {@code ../shared/validators/README.md} (poppler-utils, qpdf, LibreOffice).
 * A missing tool fails the test: CI installs them in {@code .ci/run}, and a skipped check would
 * pass silently.
 */
final class ExternalTools {
    private ExternalTools() {
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    static void require(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        fail("'" + tool + "' is not installed but the worksheet tests need it: install poppler-utils, qpdf, "
                + "libreoffice-writer-nogui and fonts-dejavu-core (as .ci/run does).");
    }

    static Result run(long timeoutSeconds, String... command) throws IOException, InterruptedException {
        require(command[0]);
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** pdftotext of the whole file or of one page ({@code page} &gt; 0), in layout mode, UTF-8. */
    static String pdfText(Path pdf, int page) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8", "-layout"));
        if (page > 0) {
            cmd.addAll(List.of("-f", String.valueOf(page), "-l", String.valueOf(page)));
        }
        cmd.addAll(List.of(pdf.toString(), "-"));
        Result r = run(60, cmd.toArray(String[]::new));
        if (r.exitCode() != 0) {
            fail("pdftotext failed on " + pdf + ": " + r.stderr());
        }
        return r.stdout();
    }

    static int pageCount(Path pdf) throws IOException, InterruptedException {
        Result r = run(60, "pdfinfo", pdf.toString());
        for (String line : r.stdout().split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).strip());
            }
        }
        fail("pdfinfo shows no page count for " + pdf + ": " + r.stderr());
        return 0;
    }

    /** Every font listed by pdffonts is embedded; at least one font is listed. */
    static void assertFontsEmbedded(Path pdf) throws IOException, InterruptedException {
        Result r = run(60, "pdffonts", pdf.toString());
        String[] lines = r.stdout().split("\n");
        if (r.exitCode() != 0 || lines.length < 3) {
            fail("pdffonts lists no fonts in " + pdf + ":\n" + r.stdout() + r.stderr());
        }
        for (int i = 2; i < lines.length; i++) {
            String[] f = lines[i].trim().split("\\s+");
            // columns from the end: emb sub uni object ID
            if (!"yes".equals(f[f.length - 5])) {
                fail("font not embedded in " + pdf + ": " + lines[i]);
            }
        }
    }

    static void assertQpdfClean(Path pdf) throws IOException, InterruptedException {
        Result r = run(60, "qpdf", "--check", pdf.toString());
        if (r.exitCode() != 0) {
            fail("qpdf --check " + pdf + " exited " + r.exitCode() + ":\n" + r.stdout() + r.stderr());
        }
    }
}
