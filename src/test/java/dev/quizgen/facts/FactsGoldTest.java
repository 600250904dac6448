package dev.quizgen.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quizgen.TestPipeline;
import dev.quizgen.article.Article;
import dev.quizgen.nlp.AnalyzedText;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the fact extractors against the hand-annotated gold set in
 * {@code src/test/resources/gold/facts/} (guidelines and matching rules in its README), per fact
 * family and language. Fails when a figure drops below the recorded baseline
 * ({@code facts-baseline.properties}); {@code -Dgold.update=true} rewrites the baseline after an
 * improvement, {@code -Dgold.verbose=true} lists every miss and every wrong fact.
 */
class FactsGoldTest {
    private static final Path GOLD = Path.of("src/test/resources/gold/facts");
    private static final Path BASELINE = Path.of("src/test/resources/gold/facts-baseline.properties");
    private static final List<String> FAMILIES = List.of("PERSON", "PLACE", "ORGANIZATION", "ROLE", "DATE", "NUMBER", "QUOTE");
    /** Rounding noise only: a real regression is larger than this. */
    private static final double TOLERANCE = 0.005;
    private static final double MIN_CONFIDENCE = 0.6;

    /** One comparable item: its display form and how it matches. */
    private record Item(String text, String person, String speaker, boolean noSpeaker, String why) {
        Item(String text, String person, String speaker, boolean noSpeaker) {
            this(text, person, speaker, noSpeaker, null);
        }

        static Item of(String text) {
            return new Item(text, null, null, false);
        }

        /** The same item with the fact's confidence and evidence, shown by -Dgold.verbose. */
        Item because(Fact f) {
            String evidence = f.slot("evidence");
            return new Item(text, person, speaker, noSpeaker, String.format(Locale.ROOT, "%.2f%s", f.confidence(),
                    evidence == null ? "" : " " + evidence));
        }
    }

    /** Counts per language and family: gold items, system items, matched gold, matched system. */
    private static final class Count {
        int gold;
        int system;
        int goldHit;
        int systemHit;

        double precision() {
            return system == 0 ? 1.0 : (double) systemHit / system;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) goldHit / gold;
        }
    }

    @Test
    void factsMatchTheGoldSetAtLeastAsWellAsTheBaseline() throws IOException {
        boolean verbose = Boolean.getBoolean("gold.verbose");
        Map<String, Count> counts = new TreeMap<>();
        long analysis = 0;
        int articles = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(GOLD)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 17, "the gold set has the seed, 10 German and 6 English articles");
        for (Path file : files) {
            JsonObject gold;
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                gold = JsonParser.parseReader(r).getAsJsonObject();
            }
            Article article = TestPipeline.read(Path.of(gold.get("article").getAsString()));
            String lang = article.language().code();
            long t0 = System.nanoTime();
            AnalyzedText text = TestPipeline.ANALYZER.analyze(article);
            Facts facts = TestPipeline.FACTS.extract(text);
            analysis += System.nanoTime() - t0;
            articles++;
            for (String family : FAMILIES) {
                List<Item> expected = goldItems(gold, family);
                List<Item> found = systemItems(facts, family);
                Count c = counts.computeIfAbsent(lang + "." + family, k -> new Count());
                c.gold += expected.size();
                c.system += found.size();
                for (Item g : expected) {
                    if (found.stream().anyMatch(f -> matches(family, g, f))) {
                        c.goldHit++;
                    } else if (verbose) {
                        System.out.printf("MISS  %-28s %-12s %s%s%n", file.getFileName(), family, show(g),
                                nearest(facts, g.text()));
                    }
                }
                for (Item f : found) {
                    if (expected.stream().anyMatch(g -> matches(family, g, f))) {
                        c.systemHit++;
                    } else if (verbose) {
                        System.out.printf("WRONG %-28s %-12s %s   [%s]%n", file.getFileName(), family, show(f), f.why());
                    }
                }
            }
        }
        System.out.println(table(counts));
        System.out.printf(Locale.ROOT, "analysis + fact extraction of %d gold articles: %.2f s (warm models)%n",
                articles, analysis / 1e9);
        timeBench();

        Properties now = new Properties();
        counts.forEach((k, c) -> {
            now.setProperty(k + ".precision", String.format(Locale.ROOT, "%.3f", c.precision()));
            now.setProperty(k + ".recall", String.format(Locale.ROOT, "%.3f", c.recall()));
        });
        if (Boolean.getBoolean("gold.update")) {
            try (Writer w = Files.newBufferedWriter(BASELINE, StandardCharsets.UTF_8)) {
                w.write("# FactsGoldTest baseline: precision and recall per language and fact family.\n"
                        + "# Rewritten by -Dgold.update=true; the test fails when a figure drops below it.\n");
                for (var e : new TreeMap<>(now).entrySet()) {
                    w.write(e.getKey() + "=" + e.getValue() + "\n");
                }
            }
            return;
        }
        Properties baseline = new Properties();
        try (Reader r = Files.newBufferedReader(BASELINE, StandardCharsets.UTF_8)) {
            baseline.load(r);
        }
        List<String> worse = new ArrayList<>();
        for (String key : new TreeMap<>(baseline).keySet().stream().map(Object::toString).toList()) {
            double was = Double.parseDouble(baseline.getProperty(key));
            double is = Double.parseDouble(now.getProperty(key, "0"));
            if (is < was - TOLERANCE) {
                worse.add(String.format(Locale.ROOT, "%s: %.3f, baseline %.3f", key, is, was));
            }
        }
        assertTrue(worse.isEmpty(), "fact extraction got worse than the recorded baseline " + BASELINE + ":\n  "
                + String.join("\n  ", worse) + "\nRun with -Dgold.verbose=true to see the misses.");
    }

    /** Wall time of analysing the whole dev bench (both languages); printed, not asserted. */
    private static void timeBench() throws IOException {
        Path bench = TestPipeline.BENCH;
        if (!Files.isDirectory(bench) || "false".equals(System.getProperty("gold.bench"))) {
            return;
        }
        List<Path> texts = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            try (Stream<Path> s = Files.list(bench.resolve(lang))) {
                s.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".gold.txt")).sorted().forEach(texts::add);
            }
        }
        long t0 = System.nanoTime();
        int facts = 0;
        for (Path p : texts) {
            facts += TestPipeline.facts(TestPipeline.read(p)).facts().size();
        }
        System.out.printf(Locale.ROOT, "dev bench: %d articles read, analysed and extracted in %.2f s (%d facts)%n",
                texts.size(), (System.nanoTime() - t0) / 1e9, facts);
    }

    private static List<Item> goldItems(JsonObject gold, String family) {
        List<Item> out = new ArrayList<>();
        JsonElement e = gold.get(family);
        if (e == null) {
            return out;
        }
        JsonArray a = e.getAsJsonArray();
        for (JsonElement x : a) {
            if (x.isJsonPrimitive()) {
                out.add(Item.of(x.getAsString()));
            } else if (family.equals("ROLE")) {
                JsonObject o = x.getAsJsonObject();
                out.add(new Item(o.get("role").getAsString(), o.get("person").getAsString(), null, false));
            } else {
                JsonObject o = x.getAsJsonObject();
                JsonElement sp = o.get("speaker");
                boolean none = sp == null || sp.isJsonNull();
                out.add(new Item(o.get("quote").getAsString(), null, none ? null : sp.getAsString(), none));
            }
        }
        return out;
    }

    /** The distinct facts the pipeline offers to questions (confidence ≥ 0.6), as comparable items. */
    private static List<Item> systemItems(Facts facts, String family) {
        List<Item> out = new ArrayList<>();
        for (Fact f : facts.facts()) {
            if (f.confidence() < MIN_CONFIDENCE) {
                continue;
            }
            Item item = switch (family) {
                case "PERSON", "PLACE", "ORGANIZATION", "DATE" ->
                        f.type().name().equals(family) ? Item.of(f.text()) : null;
                case "NUMBER" -> f.type() == FactType.NUMBER || f.type() == FactType.QUANTITY ? Item.of(f.slot("number")) : null;
                case "ROLE" -> f.type() == FactType.PERSON_ROLE ? new Item(f.slot("role"), f.text(), f.slot("person"), false) : null;
                case "QUOTE" -> f.type() == FactType.QUOTE
                        ? new Item(f.slot("quote"), null, f.slot("speaker"), f.slot("speaker") == null) : null;
                default -> null;
            };
            if (item != null && item.text() != null && out.stream().noneMatch(o -> same(o, item))) {
                out.add(item.because(f));
            }
        }
        return out;
    }

    /**
     * What the recogniser made of a missed name: the mentions with that text or overlapping it,
     * with type, confidence and evidence ("   [= PLACE 0.50 after 'in']", "   [~ Leon Schillers
     * Musiktheater: PERSON 0.90 …]"); empty when nothing stands there.
     */
    private static String nearest(Facts facts, String goldText) {
        String g = norm(goldText);
        List<String> seen = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            String t = norm(m.text());
            String how = t.equals(g) ? "= " : t.contains(g) || g.contains(t) && t.length() >= 3 ? "~ " + t + ": " : null;
            String line = how == null ? null : String.format(Locale.ROOT, "%s%s %.2f %s", how, m.type(), m.confidence(), m.evidence());
            if (line != null && !seen.contains(line)) {
                seen.add(line);
            }
        }
        return seen.isEmpty() ? "" : "   [" + String.join(" | ", seen.subList(0, Math.min(3, seen.size()))) + "]";
    }

    private static boolean same(Item a, Item b) {
        return norm(a.text()).equals(norm(b.text())) && java.util.Objects.equals(a.person(), b.person())
                && java.util.Objects.equals(a.speaker(), b.speaker());
    }

    private static boolean matches(String family, Item gold, Item sys) {
        switch (family) {
            case "ROLE": {
                // system item: text = role, person = name as it stands, speaker = canonical person
                boolean person = gold.person().equals(sys.person()) || gold.person().equals(sys.speaker());
                return person && containsWords(norm(sys.text()), norm(gold.text()));
            }
            case "QUOTE": {
                String g = norm(gold.text()).replaceAll("[\\p{Punct}…\\s]+$", "");
                String s = norm(sys.text()).replaceAll("[\\p{Punct}…\\s]+$", "");
                if (!g.equalsIgnoreCase(s)) {
                    return false;
                }
                if (gold.noSpeaker()) {
                    return sys.noSpeaker();
                }
                return sys.speaker() != null
                        && sys.speaker().toLowerCase(Locale.ROOT).contains(gold.speaker().toLowerCase(Locale.ROOT));
            }
            default:
                return norm(gold.text()).equals(norm(sys.text()));
        }
    }

    /** Whether one role text contains the other as whole words ("Pro Bowl-Safety" / "Safety"). */
    private static boolean containsWords(String a, String b) {
        String x = " " + a.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        String y = " " + b.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        return x.contains(y) || y.contains(x);
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String show(Item i) {
        return i.person() != null ? i.person() + " — " + i.text()
                : i.speaker() != null || i.noSpeaker() ? "„" + i.text() + "“ — " + i.speaker() : i.text();
    }

    private static String table(Map<String, Count> counts) {
        StringBuilder b = new StringBuilder("\nfacts vs gold (distinct items, confidence >= 0.6)\n");
        b.append(String.format(Locale.ROOT, "%-14s %-4s %6s %6s %6s %6s%n", "family", "lang", "gold", "found", "P", "R"));
        for (String family : FAMILIES) {
            for (String lang : List.of("de", "en")) {
                Count c = counts.get(lang + "." + family);
                if (c == null) {
                    continue;
                }
                b.append(String.format(Locale.ROOT, "%-14s %-4s %6d %6d %6.2f %6.2f%n", family, lang, c.gold, c.system,
                        c.precision(), c.recall()));
            }
        }
        return b.toString();
    }
}
