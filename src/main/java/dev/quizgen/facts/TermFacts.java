package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TERM facts: the key term of a sentence, the word a teacher blanks in a Lückentext of a textbook
 * page ("Rippenquallen fangen ihre Beute mit _____" → Kolloblasten). A term is a common noun
 * that the article uses more than once, or a long (mostly compound) one: {@code
 * Dekompressionskrankheit}, {@code colloblasts}. Names, numbers and their units, months, roles,
 * words of the heading and the general nouns of {@code generic-nouns.<lang>.txt} ({@code Jahr},
 * {@code Teil}, {@code way}) are no terms. One term per sentence at most: the most repeated, then
 * the longest. The slot {@code lemma} holds its base form, {@code uses} how often the article has it.
 */
final class TermFacts implements FactExtractor {
    /** Confidence of a term the article repeats, and of a long word it has once. */
    static final double REPEATED = 0.8;
    static final double LONG = 0.7;
    /** Shortest term; a long word, counted in letters: German compounds are longer than English words. */
    private static final Map<Language, Integer> SHORTEST = Map.of(Language.DE, 6, Language.EN, 5);
    private static final Map<Language, Integer> LONG_WORD = Map.of(Language.DE, 12, Language.EN, 10);

    private static final Map<Language, Set<String>> GENERIC = new EnumMap<>(Language.class);

    private static synchronized Set<String> generic(Language language) {
        return GENERIC.computeIfAbsent(language, l -> {
            Set<String> out = new java.util.HashSet<>();
            Lexicon.lines("/lexicon/generic-nouns." + l.code() + ".txt").forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
            return Set.copyOf(out);
        });
    }

    @Override
    public List<Fact> extract(Document doc) {
        Language language = doc.language();
        Map<String, Integer> uses = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.is("NOUN")) {
                    uses.merge(key(t), 1, Integer::sum);
                }
            }
        }
        String title = java.util.Objects.toString(doc.text().article().title(), "").toLowerCase(Locale.ROOT);
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            int best = -1;
            double bestConfidence = 0;
            for (int i = 0; i < t.size(); i++) {
                double c = confidence(doc, s, i, uses, title);
                if (c > bestConfidence || c == bestConfidence && c > 0 && t.get(i).text().length() > t.get(best).text().length()) {
                    best = i;
                    bestConfidence = c;
                }
            }
            if (best < 0) {
                continue;
            }
            Token w = t.get(best);
            Map<String, String> slots = new LinkedHashMap<>();
            slots.put("lemma", w.lemma());
            slots.put("uses", String.valueOf(uses.getOrDefault(key(w), 1)));
            out.add(new Fact(FactType.TERM, w.text(), w.span(), s.index(), best, best + 1, best, best + 1, slots, bestConfidence));
        }
        return out;
    }

    /** How sure the token is a key term, 0 when it is none. */
    private static double confidence(Document doc, Sentence s, int i, Map<String, Integer> uses, String title) {
        List<Token> t = s.tokens();
        Token w = t.get(i);
        String text = w.text();
        Language language = doc.language();
        Lexicon lex = doc.lexicon();
        if (!w.is("NOUN") || text.length() < SHORTEST.get(language) || !text.matches("\\p{L}+(-\\p{L}+)*")
                || language == Language.EN && !Character.isLowerCase(text.charAt(0))
                || doc.mentionAt(s.index(), i) != null
                || i > 0 && t.get(i - 1).is("NUM")   // "308 Punkte", "24 Interceptions": what a number counts
                || i + 1 < t.size() && (t.get(i + 1).is("NOUN") || t.get(i + 1).is("PROPN"))   // "carbon monoxide poisoning": not the head
                || generic(language).contains(key(w)) || lex.isUnit(text, w.lemma()) || lex.isMonth(text) || lex.isWeekday(text)
                || lex.isRole(text) || lex.isPersonNoun(text) || title.contains(key(w)) || title.contains(text.toLowerCase(Locale.ROOT))) {
            return 0;
        }
        for (int k = 0; k < t.size(); k++) {
            if (k != i && t.get(k).is("NOUN") && key(t.get(k)).equals(key(w))) {
                return 0;   // "Tentakel … mit Tentakeln": the sentence says it again
            }
        }
        if (uses.getOrDefault(key(w), 0) >= 2) {
            return REPEATED;
        }
        return text.length() >= LONG_WORD.get(language) ? LONG : 0;   // German: mostly a compound ("Partialdruck")
    }

    private static String key(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
