package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TERM facts: a word the article itself introduces as the name of something — the term a
 * textbook page teaches. Only where the sentence says so: "… wird Tulku genannt", "die
 * Kammreihen genannt werden", "als Götzendienst bezeichnet", "sogenannte Kolloblasten",
 * "is known as a guru", "are called comb rows", "the so-called Miasma theory". Terms chosen by
 * frequency or length alone were tried and failed a teacher reading (filler words, several right
 * answers); a term the text names as one has one right answer. Slot {@code cue}: the naming word.
 */
final class TermFacts implements FactExtractor {
    static final double CONFIDENCE = 0.8;
    /** The most words a term may have: longer ones are descriptions, not terms. */
    private static final int MAX_WORDS = 3;
    private static final Set<String> QUOTES = Set.of("\"", "„", "“", "”", "»", "«", "'", "‘", "’");
    private static final Set<String> EN_DETERMINERS = Set.of("a", "an", "the");
    /** "called for", "known for", "named after": no naming. */
    private static final Set<String> NOT_A_NAME_AFTER = Set.of("for", "after", "by", "to", "into", "off", "on", "in", "upon", "up",
            "out", "back", "at", "from", "with");

    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String w = t.get(i).text().toLowerCase(Locale.ROOT);
                int[] term = doc.language() == Language.DE ? german(t, i, w) : english(t, i, w);
                if (term != null && term[1] > term[0] && term[1] - term[0] <= MAX_WORDS && nounHeaded(t, term)) {
                    Map<String, String> slots = new LinkedHashMap<>();
                    slots.put("cue", t.get(i).text());
                    out.add(new Fact(FactType.TERM, s.textOf(term[0], term[1]), s.spanOf(term[0], term[1]), s.index(),
                            term[0], term[1], term[0], term[1], slots, CONFIDENCE));
                }
            }
        }
        return out;
    }

    /** "X genannt" (X right before it), "als X bezeichnet", "sogenannte X". */
    private static int[] german(List<Token> t, int i, String w) {
        if (w.equals("genannt") && i > 0) {
            // „Southwest Fresno“ genannt: what the quotation marks hold; else the one word before (two for a name:
            // "Tulku", "New Holland"), not "in den Städten Burmistrz genannt" → Städten Burmistrz
            if (QUOTES.contains(t.get(i - 1).text())) {
                int open = i - 2;
                while (open >= 0 && !QUOTES.contains(t.get(open).text())) {
                    open--;
                }
                return open >= 0 && open + 1 < i - 1 ? new int[] {open + 1, i - 1} : null;
            }
            Token before = t.get(i - 1);
            if (!(before.is("NOUN") || before.is("PROPN")) || i > 1 && LISTS.contains(t.get(i - 2).text()) || before.text().equals(")")) {
                return null;   // "Brennkammer oder Feuerkammer genannt", "(Gmina) genannt": two names, or a translation
            }
            boolean twoNames = i > 2 && before.is("PROPN") && t.get(i - 2).is("PROPN") && !t.get(i - 3).is("NOUN");
            return new int[] {twoNames ? i - 2 : i - 1, i};
        }
        if (w.equals("als") && i + 2 < t.size()) {
            int k = i + 1;
            while (k < t.size() && k - i <= MAX_WORDS + 1 && !t.get(k).text().startsWith("bezeichne")) {
                k++;
            }
            if (k >= t.size() || !t.get(k).text().startsWith("bezeichne") || k <= i + 1) {
                return null;
            }
            int from = t.get(i + 1).is("DET") ? i + 2 : i + 1;   // "als die Wiege bezeichnet": the term without its article
            return from < k ? stripQuotes(t, from, k) : null;
        }
        if (w.startsWith("sogenannt") && i + 1 < t.size()) {
            return nounRun(t, i + 1);
        }
        if (w.equals("bekannt") && i + 2 < t.size() && t.get(i + 1).text().equals("als")) {
            return nounRun(t, t.get(i + 2).is("DET") ? i + 3 : i + 2);   // "heute bekannt als die Miasma-Theorie"
        }
        return null;
    }

    private static final Set<String> LISTS = Set.of("oder", "und", "or", "and", ",", "(");

    /** "known as (a) X", "called (a) X", "termed X", "so-called X", "named X". */
    private static int[] english(List<Token> t, int i, String w) {
        int start = -1;
        if (w.equals("known") && i + 1 < t.size() && t.get(i + 1).text().equals("as")) {
            start = i + 2;
        } else if ((w.equals("called") || w.equals("termed") || w.equals("named")) && i > 0
                && (t.get(i - 1).is("AUX") || t.get(i - 1).is("ADV") || t.get(i - 1).text().equals(",") || t.get(i - 1).is("NOUN"))) {
            start = i + 1;
        } else if (w.equals("so-called")) {
            start = i + 1;
        }
        if (start < 0 || start >= t.size()) {
            return null;
        }
        if (EN_DETERMINERS.contains(t.get(start).text().toLowerCase(Locale.ROOT))) {
            start++;
        }
        if (start >= t.size() || NOT_A_NAME_AFTER.contains(t.get(start).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return nounRun(t, start);
    }

    /** Adjectives and nouns from {@code from}, in quotation marks or not, ending in a noun; null when none. */
    private static int[] nounRun(List<Token> t, int from) {
        boolean quoted = from < t.size() && QUOTES.contains(t.get(from).text());
        int k = quoted ? from + 1 : from;
        int start = k;
        while (k < t.size() && k - start < MAX_WORDS && (t.get(k).is("NOUN") || t.get(k).is("PROPN") || t.get(k).is("ADJ"))) {
            k++;
            // "the Museum of Manufactures": a capitalised name goes on after "of"
            if (k + 1 < t.size() && t.get(k).text().equals("of") && Character.isUpperCase(t.get(k - 1).text().charAt(0))
                    && Character.isUpperCase(t.get(k + 1).text().charAt(0))) {
                k++;
            }
        }
        if (k == start || k < t.size() && (t.get(k).is("NOUN") || t.get(k).is("PROPN") || t.get(k).text().equals("-"))) {
            return null;   // longer than a term, or cut inside a compound
        }
        if (quoted && !(k < t.size() && QUOTES.contains(t.get(k).text()))) {
            return null;
        }
        if (!quoted && k < t.size() && Set.of("oder", "or", "und", "and").contains(t.get(k).text())) {
            return null;   // "known as a virtual circuit or byte stream": two names for one thing
        }
        return new int[] {start, k};
    }

    private static int[] stripQuotes(List<Token> t, int from, int to) {
        if (QUOTES.contains(t.get(from).text()) && to - 1 > from && QUOTES.contains(t.get(to - 1).text())) {
            return new int[] {from + 1, to - 1};
        }
        return new int[] {from, to};
    }

    /** The term ends in a noun or name and has no verb, pronoun or number in it. */
    private static boolean nounHeaded(List<Token> t, int[] term) {
        for (int k = term[0]; k < term[1]; k++) {
            Token x = t.get(k);
            if (!(x.is("NOUN") || x.is("PROPN") || x.is("ADJ") || x.text().equals("of") && k > term[0])) {
                return false;
            }
        }
        Token last = t.get(term[1] - 1);
        // "known as AS-207/208": a code with digits is a label to look up, not a term to learn
        boolean digits = false;
        for (int k = term[0]; k < term[1]; k++) {
            digits |= t.get(k).text().chars().anyMatch(Character::isDigit);
        }
        return (last.is("NOUN") || last.is("PROPN")) && last.text().chars().anyMatch(Character::isLetter) && !digits;
    }
}
