package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * KEYWORD facts: the most specific content noun of a sentence — the word a teacher leaves out of
 * a Lückentext with a word bank („Zilien dienen als _____“ → Fortbewegungsmethode, "the steam is
 * fed into the _____" → turbine casing). Up to three per sentence, longest first: common nouns (German) or runs
 * of common nouns (English) that are no name, unit, role, person word, date word or general noun
 * ({@code lexicon/general-nouns.*.txt}). Length stands in for rarity: long words and compounds
 * name the things a text is about, short ones are everyday words.
 * <p>
 * Only word-bank passages ask for them: as single gap questions such words failed a teacher
 * reading (several right answers, filler words), while a word bank offers each word once.
 * Facts of other families win where they overlap ({@link FactExtraction}).
 */
final class KeywordFacts implements FactExtractor {
    static final double CONFIDENCE = 0.75;
    /** The fewest letters a key word has: shorter nouns are everyday words ("Haus", "car"). */
    static final int MIN_LETTERS = 5;
    /** The most nouns in an English run: longer runs are descriptions. */
    static final int MAX_RUN = 3;
    /** Key words kept per sentence, longest first: a passage takes the first one its other sentences do not print. */
    static final int PER_SENTENCE = 3;
    private static final Pattern GERMAN_NOUN = Pattern.compile("\\p{Lu}\\p{Ll}+(-\\p{Lu}?\\p{Ll}+)*");
    private static final Pattern ENGLISH_NOUN = Pattern.compile("\\p{Ll}+(-\\p{Ll}+)*");
    private static final Pattern NUMERAL = Pattern.compile("(?i)(hundert|tausend|million|milliard|hundred|thousand|billion|dozen)");

    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<int[]> runs = new ArrayList<>();
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                int[] run = doc.language() == Language.DE ? german(doc, s, i) : english(doc, s, i);
                if (run != null) {
                    runs.add(run);
                    i = run[1] - 1;
                }
            }
            runs.sort(Comparator.comparingInt((int[] r) -> -letters(t, r)));
            for (int rank = 0; rank < Math.min(PER_SENTENCE, runs.size()); rank++) {
                int[] r = runs.get(rank);
                Token head = t.get(r[1] - 1);
                String lemma = doc.language() == Language.DE ? doc.lexicon().head(head.text()) : head.lemma().toLowerCase(Locale.ROOT);
                Map<String, String> slots = new java.util.LinkedHashMap<>();
                slots.put("lemma", lemma);
                slots.put("rank", String.valueOf(rank));
                slots.put("forms", String.join(",", doc.language() == Language.DE ? germanForms(doc.lexicon(), head.text())
                        : Set.of(englishForm(t, r, head))));
                out.add(new Fact(FactType.KEYWORD, s.textOf(r[0], r[1]), s.spanOf(r[0], r[1]), s.index(), r[0], r[1], r[0], r[1],
                        slots, CONFIDENCE));
            }
        }
        return out;
    }

    /**
     * The forms a German noun can take in a sentence, as "case:number:gender" ("NOM:SIN:FEM"; plurals without
     * gender), from the dictionary; for a compound it does not know, those of its last part ("Spülgasblasen" as
     * "Blasen") or of the longest noun it ends in; empty when none is known ("Colloblasten"). A word-bank passage needs, for each key word gap, another word of the
     * bank with one of these forms, or the article before the gap alone would pick the answer.
     */
    static Set<String> germanForms(Lexicon lexicon, String word) {
        GermanLexicon german = lexicon.german();
        Set<String> forms = nounForms(german, word);
        if (forms.isEmpty()) {
            List<String> parts = lexicon.compoundParts(word.substring(word.lastIndexOf('-') + 1));
            String last = parts.get(parts.size() - 1);
            if (!last.isEmpty()) {
                forms = nounForms(german, last.substring(0, 1).toUpperCase(Locale.GERMAN) + last.substring(1));
            }
        }
        // the longest known noun it ends in: "Dekompressionskrankheit" as "Krankheit", "Verzug" as "Zug"
        for (int from = 1; forms.isEmpty() && from <= word.length() - 3; from++) {
            forms = nounForms(german, word.substring(from, from + 1).toUpperCase(Locale.GERMAN) + word.substring(from + 1));
        }
        return forms;
    }

    private static Set<String> nounForms(GermanLexicon german, String word) {
        Set<String> out = new java.util.TreeSet<>();
        for (GermanLexicon.Reading r : german.readings(word)) {
            String[] tag = r.tag().split(":");
            if (tag.length >= 4 && tag[0].equals("SUB") && !r.tag().endsWith(":INF")) {
                out.add(tag[1] + ":" + tag[2] + (tag[2].equals("PLU") ? "" : ":" + tag[3]));   // "die" is every plural's article
            }
        }
        return out;
    }

    /** An English noun run's form: "sg" or "pl" by its head, with "a" or "an" when that article stands before it. */
    private static String englishForm(List<Token> t, int[] run, Token head) {
        String lemma = head.lemma() == null ? head.text() : head.lemma();
        String number = head.text().equalsIgnoreCase(lemma) || !head.text().endsWith("s") ? "sg" : "pl";
        String before = run[0] > 0 ? t.get(run[0] - 1).text().toLowerCase(Locale.ROOT) : "";
        return number + (before.equals("a") || before.equals("an") ? ":" + before : "");
    }

    private static int letters(List<Token> t, int[] run) {
        int n = 0;
        for (int k = run[0]; k < run[1]; k++) {
            n += t.get(k).text().codePoints().filter(Character::isLetter).count();
        }
        return n;
    }

    /** A German common noun at {@code i}: {@code [i, i + 1]}, or null. */
    private static int[] german(Document doc, Sentence s, int i) {
        Token x = s.tokens().get(i);
        if (!x.is("NOUN") || !GERMAN_NOUN.matcher(x.text()).matches() || !keyWord(doc, s, i)) {
            return null;
        }
        if (i + 1 < s.tokens().size() && s.tokens().get(i + 1).is("PROPN")) {
            return null;   // "der Fluss Weichsel": the noun names what the name says
        }
        GermanLexicon german = doc.lexicon().german();
        String lower = x.text().toLowerCase(Locale.GERMAN);
        if (german.readings(lower).stream().anyMatch(r -> r.tagStarts("VER") || r.tagStarts("ADJ") || r.tagStarts("PA"))) {
            return null;   // "das Vorgehen", "im Allgemeinen", "das Zehnfache": a verb or adjective used as a noun
        }
        return misspeltCompound(x.text(), doc.lexicon()) ? null : new int[] {i, i + 1};
    }

    /** The fewest letters of a compound's known first part and of the rest after it. */
    private static final int MIN_PART = 4;

    /**
     * "Lebenserhaltungssyteme": unknown to the dictionary and to the compound splitter, while it
     * begins with a known word and a rest the splitter cannot read either — a typing slip of the
     * source, which a gap would copy. Terms unknown as a whole ("Colloblasten") begin with no
     * known word and stay.
     */
    static boolean misspeltCompound(String word, Lexicon lexicon) {
        GermanLexicon german = lexicon.german();
        if (word.contains("-") || german.knows(word) || lexicon.compoundParts(word).size() > 1) {
            return false;
        }
        for (int k = word.length() - MIN_PART; k >= MIN_PART + 2; k--) {
            String first = word.substring(0, k);
            String bare = first.endsWith("s") ? first.substring(0, k - 1) : first;
            if (german.knows(first) || german.knows(bare)) {
                return true;
            }
        }
        return false;
    }


    /** An English run of common nouns starting at {@code i} ("turbine casing"), or null. */
    private static int[] english(Document doc, Sentence s, int i) {
        List<Token> t = s.tokens();
        int k = i;
        while (k < t.size() && t.get(k).is("NOUN") && ENGLISH_NOUN.matcher(t.get(k).text()).matches()) {
            k++;
        }
        if (k == i || k - i > MAX_RUN || k < t.size() && (t.get(k).is("PROPN") || t.get(k).is("ADJ") || t.get(k).text().equals("-")
                || Character.isUpperCase(t.get(k).text().charAt(0)))) {
            return null;   // "the centre-left Australian Labor Party", "the interstate trunk routes": a word that describes the next
        }
        if (i > 0 && (t.get(i - 1).is("PROPN") || t.get(i - 1).text().equals("-"))) {
            return null;   // "Apollo program", "Metropolitan Statistical Areas": part of a name
        }
        for (int j = i; j < k; j++) {
            if (doc.mentionAt(s.index(), j) != null) {
                return null;
            }
        }
        return keyWord(doc, s, k - 1) ? new int[] {i, k} : null;
    }

    /** Whether the noun at {@code i} (the head of its run) may be a key word. */
    private static boolean keyWord(Document doc, Sentence s, int i) {
        List<Token> t = s.tokens();
        Token x = t.get(i);
        Lexicon lex = doc.lexicon();
        String w = x.text();
        if (w.codePoints().filter(Character::isLetter).count() < MIN_LETTERS || doc.mentionAt(s.index(), i) != null) {
            return false;
        }
        if (i > 0 && (t.get(i - 1).is("NUM") || Character.isDigit(t.get(i - 1).text().charAt(0)))) {
            return false;   // "50 Minuten", "300 miles": the unit of an amount
        }
        if (NUMERAL.matcher(w).find()) {
            return false;   // "mehrere Hunderttausend Jahre", "thousands of": a number, not a thing
        }
        int first = i;
        while (first > 0 && t.get(first - 1).is("NOUN")) {
            first--;   // the start of an English run
        }
        if (first > 0 && (t.get(first - 1).text().equals("-") || t.get(first - 1).text().equals("/") || t.get(first - 1).text().endsWith("-"))) {
            return false;   // "Vertretungs- / Aushilfslehrkräfte", "einen -Bachelor-Abschluss": a head shared with, or cut from, the word before
        }
        String lemma = x.lemma() == null ? w : x.lemma();
        return !lex.isGeneralNoun(w, lemma) && !lex.isUnit(w, lemma) && !lex.isRole(w) && !lex.isPersonNoun(w)
                && !lex.isWeekday(w) && !lex.isMonth(w) && !lex.isSpeechNoun(w) && !lex.isFamilyWord(w.toLowerCase(Locale.ROOT));
    }
}
