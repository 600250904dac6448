package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.bank.BankJson;
import dev.quizgen.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Hostile and random input through {@code quizgen generate} with all eleven formats: no uncaught
 * exception, exit code 0 or 1 (never an internal error), nothing half-written on failure, and
 * every file that is written passes its format's validator (run once over all files at the end).
 */
class HostileInputProperties {
    static final Path RUN = Path.of("target/hostile-run");
    static final String ALL = "json,docx,pdf,moodle,gift,qti21,qti12,aiken,kahoot,h5p,csv";
    static final List<Path> WRITTEN = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger CASES = new AtomicInteger();
    static final List<String> BENCH = dev.quizgen.TestPipeline.benchTexts();
    /** What a hostile article carries: controls, invisible and bidi characters, markup, formulas, GIFT specials. */
    static final List<String> NASTY = List.of("\u0001", "\u0007", "\u001b[31m", "\u200b", "\u200d", "\ufeff", "\u202e", "\u2066",
            "<script>alert(1)</script>", "<![CDATA[", "]]>", "&amp;", "&", "=SUM(A1:A9)", "+1", "-2", "@cmd", "{", "}", "~", "#", ":",
            "„", "“", "\"", "»", "'", "😀", "שלום", "مرحبا", "x".repeat(300), "\t", "\r\n", "%s", "{x}", "\\");


    @BeforeContainer
    static void clean() throws IOException {
        if (Files.exists(RUN)) {
            try (Stream<Path> walk = Files.walk(RUN)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> hostileArticles() {
        Arbitrary<String> article = Arbitraries.integers().between(0, BENCH.size() - 1).flatMap(i -> {
            String t = BENCH.get(i);
            return Arbitraries.integers().between(0, Math.min(t.length(), 1500)).map(n -> t.substring(0, n));
        });
        return article.flatMap(text -> Arbitraries.of(NASTY).list().ofMaxSize(12).flatMap(inserts ->
                Arbitraries.integers().between(0, Math.max(0, text.length())).list().ofSize(inserts.size()).map(at -> {
                    StringBuilder sb = new StringBuilder(text);
                    for (int k = 0; k < inserts.size(); k++) {
                        sb.insert(Math.min(at.get(k), sb.length()), inserts.get(k));
                    }
                    return sb.toString();
                })));
    }

    @Property(tries = 15, seed = "20261126")
    void benchTextsWithHostileInsertions(@ForAll("hostileArticles") String text) throws IOException {
        generate(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 8, seed = "20261126")
    void randomUnicode(@ForAll String text) throws IOException {
        generate(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 6, seed = "20261126")
    void randomBytes(@ForAll byte[] bytes) throws IOException {
        generate(bytes);
    }

    @Example
    void everythingNastyAtOnce() throws IOException {
        String text = "date 2019-07 Der Sprecher Max Müller sagte am Sonntag in Berlin: „=SUM(A1) & <b>{~#:}</b>“. "
                + String.join(" Die Stadt Wien zählte 1.500 Einwohner. ", NASTY) + " Trump traf Kim am Montag in Seoul.";
        List<Path> files = generate(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(11, files.size(), "all eleven formats written: " + files);
    }

    private static List<Path> generate(byte[] bytes) throws IOException {
        int n = CASES.incrementAndGet();
        Path dir = Files.createDirectories(RUN.resolve("case-" + n));
        Path input = Files.write(dir.resolve("article-" + n + ".txt"), bytes);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"generate", input.toString(), "-o", out.toString(), "-f", ALL},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertTrue(code == 0 || code == 1, "exit code " + code + ": " + err);
        assertFalse(err.toString().contains("internal error"), err.toString());
        List<Path> files;
        try (Stream<Path> s = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            files = s.toList();
        }
        assertTrue(files.stream().noneMatch(f -> f.getFileName().toString().endsWith(".part")), "temp files left: " + files);
        if (code == 1) {
            assertEquals(List.of(), files, "a failed run writes nothing: " + err);
            assertEquals(1, err.toString().strip().lines().filter(l -> !l.startsWith("quizgen: warning: ")).count(),
                    "one line besides warnings: " + err);
        }
        WRITTEN.addAll(files);
        return files;
    }

    @AfterContainer
    static void everyWrittenFileIsValid() throws Exception {
        List<String> problems = new ArrayList<>();
        Schema qti = ValidatorsTest.schema("qti21/qtiv2p1/imsqti_v2p1.xsd");
        Schema cp = ValidatorsTest.schema("qti21/imscp_v1p1.xsd");
        List<String> moodle = new ArrayList<>();
        List<String> gift = new ArrayList<>();
        List<String> h5p = new ArrayList<>();
        int checked = 0;
        for (Path f : List.copyOf(WRITTEN)) {
            String name = f.getFileName().toString();
            byte[] bytes = Files.readAllBytes(f);
            checked++;
            if (name.endsWith(".moodle.xml")) {
                moodle.add(f.toString());
            } else if (name.endsWith(".gift.txt")) {
                gift.add(f.toString());
            } else if (name.endsWith(".h5p")) {
                h5p.add(f.toString());
            } else if (name.endsWith(".json")) {
                BankJson.read(new String(bytes, StandardCharsets.UTF_8), name);
            } else if (name.endsWith(".qti21.zip")) {
                for (Map.Entry<String, byte[]> e : ValidatorsTest.unzip(bytes).entrySet()) {
                    if (e.getKey().endsWith(".xml")) {
                        problems.addAll(ValidatorsTest.validate(e.getKey().equals("imsmanifest.xml") ? cp : qti, name + "!" + e.getKey(), e.getValue()));
                    }
                }
            } else if (name.endsWith(".qti12.zip")) {
                Path quiz = Files.write(f.resolveSibling(name + ".quiz.xml"), ValidatorsTest.unzip(bytes).get("quiz.xml"));
                var r = ExternalTool.run(List.of("xmllint", "--nonet", "--noout", "--dtdvalid",
                        ExternalTool.VALIDATORS.resolve("qti12/canvas_qti12.dtd").toString(), quiz.toString()));
                if (!r.ok()) {
                    problems.add(name + ": " + r.output());
                }
            } else if (name.endsWith(".aiken.txt")) {
                if (bytes.length > 0) {
                    var r = ExternalTool.run(List.of("awk", "-f", ExternalTool.VALIDATORS.resolve("aiken-check.awk").toString(), f.toString()));
                    if (!r.ok()) {
                        problems.add(name + ": " + r.output());
                    }
                }
            } else if (name.endsWith(".kahoot.xlsx")) {
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    assertTrue(wb.getNumberOfSheets() >= 1, name);
                }
            } else if (name.endsWith(".csv")) {
                String csv = new String(bytes, StandardCharsets.UTF_8);
                for (List<String> row : CsvRecords.parse(csv.startsWith("\ufeff") ? csv.substring(1) : csv)) {
                    for (String cell : row) {
                        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                            problems.add(name + ": formula-like cell " + cell);
                        }
                    }
                }
            } else if (name.endsWith(".docx")) {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                    assertTrue(doc.getParagraphs().size() > 0, name);
                }
            } else if (name.endsWith(".pdf")) {
                var q = ExternalTool.run(List.of("qpdf", "--check", f.toString()));
                if (!q.ok()) {
                    problems.add(name + ": qpdf " + q.output());
                }
                var fonts = ExternalTool.run(List.of("pdffonts", f.toString()));
                for (String line : fonts.output().lines().skip(2).toList()) {
                    String[] cols = line.trim().split("\\s+");
                    if (cols.length >= 5 && !cols[cols.length - 5].equals("yes")) {
                        problems.add(name + ": font not embedded: " + line);
                    }
                }
            } else if (!name.endsWith(".quiz.xml")) {
                problems.add("unexpected file " + name);
            }
        }
        if (!moodle.isEmpty()) {
            List<String> cmd = new ArrayList<>(List.of("sh", ExternalTool.VALIDATORS.resolve("moodle-check.sh").toString()));
            cmd.addAll(moodle);
            var r = ExternalTool.run(cmd);
            if (!r.ok()) {
                problems.add("moodle-check: " + r.output());
            }
        }
        if (!gift.isEmpty()) {
            ExternalTool.requireNodeModule("gift-pegjs");
            List<String> cmd = new ArrayList<>(List.of("node", "-e",
                    "const{parse}=require('gift-pegjs');let bad=0;for(const f of process.argv.slice(1)){try{parse(require('fs').readFileSync(f,'utf8'))}catch(e){bad=1;console.log('GIFT ERROR',f,e.message)}}process.exit(bad)"));
            cmd.addAll(gift);
            var r = ExternalTool.run(cmd);
            if (!r.ok()) {
                problems.add("gift-pegjs: " + r.output());
            }
        }
        if (!h5p.isEmpty()) {
            ExternalTool.requireNodeModule("@lumieducation/h5p-server");
            List<String> cmd = new ArrayList<>(List.of("node", ExternalTool.VALIDATORS.resolve("h5p-check.js").toString()));
            cmd.addAll(h5p);
            var r = ExternalTool.run(cmd);
            if (!r.ok()) {
                problems.add("h5p-check: " + r.output());
            }
        }
        System.out.println("hostile input: " + CASES.get() + " cases through generate, " + checked + " files validated");
        assertEquals(List.of(), problems);
        assertTrue(checked > 0, "some cases must produce files");
    }
}
