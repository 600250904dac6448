package dev.quizgen.distractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Article;
import dev.quizgen.article.Language;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.facts.EntityType;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.FactType;
import dev.quizgen.facts.Facts;
import dev.quizgen.facts.Lexicon;
import dev.quizgen.facts.Mention;
import dev.quizgen.nlp.GermanLexicon.Reading;
import dev.quizgen.templates.Template;
import dev.quizgen.templates.TemplateLibrary;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over the dev bench and any seed: multiple choice keeps one right answer among options of its
 * kind. The kind of every option is told here without the picker's own code: people from the
 * article's person mentions or the dictionary's name tags, places from the JDK's country names
 * and the dictionary's place classes, dates from their shape, roles from the role lexicon,
 * organisations from the article's organisation mentions.
 */
class DistractorProperties {
    private static final List<Path> ARTICLES = TestPipeline.benchArticles();
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Map<String, String> DISTRACTOR_KIND = new HashMap<>();

    static {
        for (Template t : TemplateLibrary.builtIn()) {
            if (t.distractors() != null) {
                DISTRACTOR_KIND.put(t.id(), t.distractors());
            }
        }
    }

    @Provide
    Arbitrary<Path> benchArticles() {
        return Arbitraries.of(ARTICLES);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(1, 1000);
    }

    @Property(tries = 40, seed = "20261126")
    void multipleChoiceHasOneRightAnswerAmongOptionsOfItsKind(@ForAll("benchArticles") Path file, @ForAll("seeds") long seed) {
        check(file, seed, new TreeMap<>());
    }

    /** Every bench article once, and every distractor kind checked somewhere: no kind passes for want of questions. */
    @Example
    void everyBenchArticleAndEveryKindIsChecked() {
        Map<String, Integer> checked = new TreeMap<>();
        for (Path file : ARTICLES) {
            check(file, 1, checked);
        }
        for (String kind : List.of("person", "place", "date", "role", "organization", "quantity")) {
            assertTrue(checked.getOrDefault(kind, 0) > 0, "no " + kind + " options were checked: " + checked);
        }
    }

    private static final java.util.regex.Pattern YEAR_IN = java.util.regex.Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");

    private static void check(Path file, long seed, Map<String, Integer> checked) {
        Article a = TestPipeline.read(file);
        Facts facts = TestPipeline.facts(a);
        QuestionBank bank = TestPipeline.bank(a, 15, seed);
        Oracle oracle = new Oracle(facts, TestPipeline.FACTS.lexicon(a.language()));
        for (Question q : bank.questions()) {
            if (q.type() != QuestionType.MULTIPLE_CHOICE) {
                continue;
            }
            String where = file.getFileName() + " [" + q.template() + "] " + q.stem() + " " + q.options();
            assertTrue(q.options().size() >= 3 && q.options().size() <= 5, where);
            assertEquals(1, q.options().stream().filter(Option::correct).count(), where);
            assertEquals(q.answer(), q.correctOption().text());
            List<String> texts = q.options().stream().map(o -> DistractorPicker.norm(o.text())).toList();
            assertEquals(texts.size(), new HashSet<>(texts).size(), "duplicate options: " + where);
            for (int i = 0; i < texts.size(); i++) {
                for (int j = 0; j < texts.size(); j++) {
                    assertFalse(i != j && DistractorPicker.alias(texts.get(i), texts.get(j)), "alias options: " + where);
                }
            }
            for (Option o : q.options()) {
                assertNotNull(o.correct() ? "article" : o.source(), where);
                assertTrue(o.correct() || o.source().equals("article") || o.source().equals("generated") || o.source().startsWith("list:"),
                        "source " + o.source() + ": " + where);
            }
            String kind = DISTRACTOR_KIND.get(q.template());
            if (kind == null) {
                continue;
            }
            String checkedKind = oracle.check(kind, q, where);
            if (checkedKind != null) {
                checked.merge(checkedKind, 1, Integer::sum);
            }
        }
    }

    /** Tells the kind of an option from the article's facts, the dictionary and the JDK, not from the picker. */
    private static final class Oracle {
        private final Facts facts;
        private final Lexicon lexicon;
        private final Set<String> persons = new HashSet<>();
        private final Set<String> organisations = new HashSet<>();
        private final Set<String> speakers = new HashSet<>();
        private final Map<String, String> placeKinds = new HashMap<>();

        Oracle(Facts facts, Lexicon lexicon) {
            this.facts = facts;
            this.lexicon = lexicon;
            for (Mention m : facts.mentions()) {
                String full = Mention.fullest(m.text(), m.type(), facts.mentions());
                if (m.type() == EntityType.PERSON) {
                    persons.add(full);
                } else if (m.type() == EntityType.ORGANIZATION) {
                    organisations.add(full);
                }
            }
            for (Fact f : facts.ofType(FactType.QUOTE)) {
                if (f.slot("speaker") != null) {
                    speakers.add(f.slot("speaker"));
                }
            }
            for (Fact f : facts.ofType(FactType.PLACE)) {
                if (f.slot("kind") != null) {
                    placeKinds.put(f.slot("base") != null ? f.slot("base") : f.slot("name"), f.slot("kind"));
                }
            }
        }

        /** Checks the options of one question; returns the kind it checked, or null when it could not tell the answer's kind. */
        String check(String kind, Question q, String where) {
            switch (kind) {
                case "person" -> {
                    for (Option o : q.options()) {
                        assertTrue(isPerson(o), "not a person: " + o.text() + " in " + where);
                    }
                    if (q.factType().equals("PERSON_ROLE")) {
                        // no wrong option holds the asked role in the article
                        for (Fact f : facts.ofType(FactType.PERSON_ROLE)) {
                            for (Option o : q.options()) {
                                assertFalse(!o.correct() && DistractorPicker.norm(o.text()).equals(DistractorPicker.norm(f.slot("person")))
                                        && q.stem().contains(String.valueOf(f.slot("roleNom"))), "a second right answer: " + o.text() + " in " + where);
                            }
                        }
                    }
                    return "person";
                }
                case "actor" -> {
                    boolean organisation = organisations.stream().anyMatch(x -> x.contains(q.answer())) && !isPerson(q.correctOption());
                    for (Option o : q.options()) {
                        assertTrue(organisation ? isOrganisation(o) : isPerson(o),
                                "not a" + (organisation ? "n organisation: " : " person: ") + o.text() + " in " + where);
                    }
                    return organisation ? "organization" : "person";
                }
                case "organization" -> {
                    for (Option o : q.options()) {
                        assertTrue(isOrganisation(o), "not an organisation: " + o.text() + " in " + where);
                    }
                    return "organization";
                }
                case "speaker" -> {
                    for (Option o : q.options()) {
                        assertTrue(isPerson(o) || isOrganisation(o) || speakers.contains(o.text()), "not a speaker: " + o.text() + " in " + where);
                    }
                    return "speaker";
                }
                case "role" -> {
                    boolean article = startsWithArticle(q.answer());
                    for (Option o : q.options()) {
                        assertTrue(isRole(o.text()), "not a role: " + o.text() + " in " + where);
                        assertFalse(persons.contains(o.text()), "a person, not a role: " + o.text() + " in " + where);
                        assertEquals(article, startsWithArticle(o.text()), "one with an article, one without: " + where);
                    }
                    return "role";
                }
                case "place" -> {
                    String answerKind = placeKind(q.answer());
                    assertNotNull(answerKind, "a place question whose answer is of no kind one can tell: " + where);
                    for (Option o : q.options()) {
                        String k = placeKind(o.text());
                        assertTrue(k == null || k.equals(answerKind), "a " + k + " among " + answerKind + " options: " + where);
                        assertEquals(preposition(q.answer()), preposition(o.text()), "another preposition: " + where);
                    }
                    return "place";
                }
                case "date" -> {
                    String answerKind = dateKind(q.answer());
                    for (Option o : q.options()) {
                        assertEquals(answerKind, dateKind(o.text()), "another granularity: " + o.text() + " in " + where);
                        assertEquals(datePrefix(q.answer()), datePrefix(o.text()), "another preposition: " + where);
                        java.util.regex.Matcher y = YEAR_IN.matcher(o.text());
                        java.util.regex.Matcher ya = YEAR_IN.matcher(q.answer());
                        if (y.find() && ya.find()) {
                            // "in 2001" among outbreaks of the 15th century is ruled out at once
                            assertTrue(Math.abs(Integer.parseInt(y.group()) - Integer.parseInt(ya.group())) <= 150,
                                    "a year from another era: " + o.text() + " in " + where);
                        }
                    }
                    return "date";
                }
                case "quantity" -> {
                    String unit = unit(q.answer());
                    for (Option o : q.options()) {
                        assertTrue(DIGIT.matcher(o.text()).find(), "a number answer with a non-number option: " + where);
                        String u = unit(o.text());
                        // the same unit; after "1" its plural (1 Million, 2 Millionen)
                        boolean one = q.answer().matches("1\\D.*") || o.text().matches("1\\D.*");
                        assertTrue(u.equals(unit) || one && (u.startsWith(unit) || unit.startsWith(u)), "another unit: " + o.text() + " in " + where);
                        if (unit.equals("%") || unit.equalsIgnoreCase("Prozent") || unit.equalsIgnoreCase("percent")) {
                            assertTrue(Double.parseDouble(o.text().replaceAll("[^0-9,.].*", "").replace(',', '.')) < 100, "a percentage over 100: " + where);
                        }
                    }
                    return "quantity";
                }
                default -> {
                    return null;
                }
            }
        }

        private boolean isPerson(Option o) {
            String t = o.text();
            if (persons.stream().anyMatch(p -> p.equals(t) || t.contains(p))) {
                return !isPlace(t);
            }
            if (o.source() != null && o.source().startsWith("list:persons")) {
                return true;
            }
            if ("list:names".equals(o.source())) {
                // a made-up person: a first name and a surname, each tagged so in the German dictionary
                String[] w = t.split(" ");
                return w.length == 2 && nameTag(w[0], "VOR") && nameTag(w[1], "NAC");
            }
            return false;
        }

        private boolean nameTag(String word, String tag) {
            for (Reading r : lexicon.german().readings(word)) {
                if (r.tagStarts("EIG") && r.has(tag)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isOrganisation(Option o) {
            String t = o.text();
            return organisations.stream().anyMatch(x -> x.equals(t) || t.contains(x))
                    || o.source() != null && o.source().startsWith("list:organisations");
        }

        private boolean isPlace(String name) {
            return placeKind(name) != null;
        }

        private boolean isRole(String text) {
            String t = text.replaceFirst("(?i)^(der|die|das|the) ", "");
            int genitive = t.indexOf(" des ") > 0 ? t.indexOf(" des ") : t.indexOf(" der ") > 0 ? t.indexOf(" der ")
                    : t.indexOf(" of ") > 0 ? t.indexOf(" of ") : t.indexOf(" at ");
            if (genitive > 0) {
                t = t.substring(0, genitive);
            }
            String[] w = t.split(" ");
            if (lexicon.language() == Language.DE) {
                return lexicon.isRole(w[w.length - 1]);
            }
            for (int i = 0; i < w.length; i++) {
                if (lexicon.isRole(w[i]) || i + 1 < w.length && lexicon.isListedRole(w[i] + " " + w[i + 1])) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsWithArticle(String s) {
            return s.matches("(?i)^(der|die|das|the) .*");
        }

        /** country or city, by the JDK's country names, the dictionary's place classes or the article's facts; null when none tells. */
        private String placeKind(String phrase) {
            String name = phrase.replaceFirst("^(?:(?:\\p{Ll}+)\\s+)+", "");
            String cut = name.replaceFirst("n$", "");   // den Niederlanden
            if (lexicon.isCountry(name) || lexicon.isCountry(cut) || name.equals("USA") || name.equals("Großbritannien")) {
                return "country";
            }
            if ("city".equals(lexicon.gazetteer(name))) {
                return "city";
            }
            if (!name.contains(" ")) {
                Set<String> classes = lexicon.nameClasses(name);
                if (classes.contains("COU")) {
                    return "country";
                }
                if (classes.contains("STD")) {
                    return "city";
                }
            }
            return placeKinds.get(name);
        }

        private static String preposition(String phrase) {
            String first = phrase.split(" ")[0].toLowerCase(Locale.ROOT);
            // a contracted article and the preposition it goes back to are one preposition: im/in, ins/in, zum/zu
            return switch (first) {
                case "im", "ins" -> "in";
                case "am", "ans" -> "an";
                case "zum", "zur" -> "zu";
                case "vom" -> "von";
                case "beim" -> "bei";
                default -> Character.isUpperCase(phrase.charAt(0)) && !phrase.contains(" ") ? "" : first;
            };
        }

        private String dateKind(String text) {
            String t = text.replaceFirst("^(?:(?:\\p{Ll}+|Jahr|Jahre)\\s+)+", "").strip();
            if (lexicon.isWeekday(t)) {
                return "weekday";
            }
            if (lexicon.isMonth(t)) {
                return "month";
            }
            if (t.matches("\\d{4}")) {
                return "year";
            }
            if (t.matches("\\d{4}\\s*[-–]\\s*\\d{2,4}")) {
                return "range";
            }
            if (t.matches("'?\\d{2,4}(er Jahren?|er|s)")) {
                return "decade";
            }
            if (t.matches("\\d{1,2}(\\.|st|nd|rd|th) (Jahrhunderts?|century)")) {
                return "century";
            }
            if (t.matches("\\d{1,2}\\.? \\p{L}+ \\d{4}|\\p{L}+ \\d{1,2}, \\d{4}")) {
                return "day";
            }
            if (t.matches("\\p{L}+ \\d{4}")) {
                return "month and year";
            }
            return "other: " + t.replaceAll("\\d", "9");
        }

        private static String datePrefix(String text) {
            return text.replaceFirst("^((?:(?:\\p{Ll}+|Jahr|Jahre)\\s+)*).*$", "$1").toLowerCase(Locale.ROOT);
        }

        private static String unit(String text) {
            return text.replaceAll("^[^\\p{L}%]*", "");
        }
    }
}
