package dev.quizgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a teacher meets it: exit codes, one-line messages, nothing half-written. */
class CliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private long files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void generatesTheBankFromTheSeed() throws IOException {
        Path out = tmp.resolve("out");
        Run r = run("generate", "seeds/000_bb5b8c5e75b707f6.txt", "-o", out.toString(), "-f", "json");
        assertEquals(0, r.code(), r.err());
        String json = Files.readString(out.resolve("000_bb5b8c5e75b707f6.json"));
        assertTrue(json.contains("\"schemaVersion\": 1"));
        assertTrue(json.contains("Wo wurde 1953 ein Waffenstillstand"), json);
        Run again = run("generate", "seeds/000_bb5b8c5e75b707f6.txt", "-o", tmp.resolve("again").toString(), "-f", "json");
        assertEquals(0, again.code());
        assertEquals(json, Files.readString(tmp.resolve("again/000_bb5b8c5e75b707f6.json")), "same input, same seed: same bytes");
    }

    @Test
    void verboseSaysWhatTheRunWasMadeOf() {
        Run r = run("generate", "seeds/000_bb5b8c5e75b707f6.txt", "-o", tmp.resolve("v").toString(), "-f", "json", "-v");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*time: analysis \\d+ ms, facts \\d+ ms, questions \\d+ ms.*"), r.err());
        assertTrue(r.err().matches("(?s).*time: exports \\d+ ms.*"), r.err());
        assertTrue(r.err().matches("(?s).*time: JVM start to command \\d+ ms, command \\d+ ms, total \\d+ ms.*"), r.err());
    }

    @Test
    void missingFileIsOneLineAndExit1() throws IOException {
        Run r = run("generate", tmp.resolve("nope.txt").toString(), "-o", tmp.resolve("out").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("Cannot find") && r.err().contains("Check the path"), r.err());
        assertEquals(0, files(tmp.resolve("out")));
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path empty = Files.writeString(tmp.resolve("leer.txt"), "  \n\n ");
        Run r = run("generate", empty.toString(), "-o", tmp.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("has no text"), r.err());
        assertEquals(0, files(tmp.resolve("out")));
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        Path bin = Files.write(tmp.resolve("bild.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3});
        Run r = run("generate", bin.toString(), "-o", tmp.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("binary"), r.err());
        assertEquals(0, files(tmp.resolve("out")));
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Run r = run("generate", "seeds/000_bb5b8c5e75b707f6.txt", "-o", tmp.resolve("out").toString(), "-f", "json,wordperfect");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown format 'wordperfect'"), r.err());
        assertEquals(0, files(tmp.resolve("out")));
    }

    @Test
    void exportReadsABankBackAndReportsBadFields() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, run("generate", "seeds/000_bb5b8c5e75b707f6.txt", "-o", out.toString(), "-f", "json").code());
        Path bank = out.resolve("000_bb5b8c5e75b707f6.json");
        Run ok = run("export", bank.toString(), "-f", "json", "-o", tmp.resolve("re").toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals(Files.readString(bank), Files.readString(tmp.resolve("re/000_bb5b8c5e75b707f6.json")));
        Path broken = Files.writeString(tmp.resolve("broken.json"), Files.readString(bank).replaceFirst("\"multiple_choice\"", "\"essay\""));
        Run bad = run("export", broken.toString(), "-f", "json", "-o", tmp.resolve("bad").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("field $.questions[0].type: expected one of"), bad.err());
        Path newer = Files.writeString(tmp.resolve("newer.json"), "{\"schemaVersion\": 2, \"questions\": []}");
        Run future = run("export", newer.toString(), "-o", tmp.resolve("bad").toString());
        assertEquals(1, future.code());
        assertTrue(future.err().contains("newer than this quizgen reads"), future.err());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneLine() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("taken"), "a file where the folder should go");
        Run r = run("generate", "seeds/000_bb5b8c5e75b707f6.txt", "-o", notAFolder.resolve("out").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("Cannot create the output folder") && r.err().contains("Choose another folder with -o"), r.err());
    }

    @Test
    void aFileThatVanishesBeforeItsTurnFailsAloneInABatch() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds/000_bb5b8c5e75b707f6.txt"), in.resolve("a.txt"));
        Path gone = Files.writeString(in.resolve("b.txt"), "Dieser Text wird gleich gelöscht.");
        Files.delete(gone);   // named on the command line, gone when its turn comes
        Run r = run("generate", in.resolve("a.txt").toString(), gone.toString(), "-o", tmp.resolve("out").toString(), "-f", "json");
        assertEquals(1, r.code());
        assertTrue(Files.exists(tmp.resolve("out/a.json")), r.err());
        assertTrue(r.err().contains("failed " + gone) && r.err().contains("Cannot find"), r.err());
        assertTrue(r.err().contains("2 articles: 1 ok, 0 skipped, 1 failed"), r.err());
    }

    @Test
    void templatesCheckRunsTheExamples() {
        Run r = run("templates", "check");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("0 failed"), r.out());
    }

    @Test
    void factsPrintsJson() {
        Run r = run("facts", "seeds/000_bb5b8c5e75b707f6.txt", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"Wendepunkt\""));
        assertTrue(r.out().contains("\"speaker\": \"Ein Sprecher des Vereinigungsministeriums\""));
    }
}
