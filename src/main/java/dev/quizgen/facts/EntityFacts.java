package dev.quizgen.facts;

import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PERSON, PLACE and ORGANIZATION facts: every mention of a typed name, with the fullest form of
 * the name and, for places, the prepositional phrase it stands in ({@code im Grenzort Panmunjom}).
 */
final class EntityFacts implements FactExtractor {
    private static final Set<String> LOCATIVE = Set.copyOf(java.util.List.of("in", "im", "bei", "beim", "auf", "an", "am", "at", "near"));
    private static final Set<String> DIRECTIONAL = Set.copyOf(java.util.List.of("nach", "to", "into"));
    private static final Set<String> ORIGIN = Set.copyOf(java.util.List.of("aus", "from"));

    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            FactType type = switch (m.type()) {
                case PERSON -> FactType.PERSON;
                case PLACE -> FactType.PLACE;
                case ORGANIZATION -> FactType.ORGANIZATION;
                case OTHER -> null;
            };
            if (type == null) {
                continue;
            }
            Map<String, String> slots = new LinkedHashMap<>();
            slots.put("name", doc.canonical(m));
            if (!doc.base(m).equals(m.text())) {
                slots.put("base", doc.base(m));   // Nordkoreas → Nordkorea
            }
            if (m.subtype() != null) {
                slots.put("kind", m.subtype());
            }
            int phraseFrom = m.fromToken();
            Sentence s = doc.sentences().get(m.sentence());
            if (type == FactType.PLACE) {
                int p = prepositionBefore(s, m.fromToken());
                if (p >= 0) {
                    String prep = s.tokens().get(p).text().toLowerCase(Locale.ROOT);
                    phraseFrom = p;
                    slots.put("phrase", s.textOf(p, m.toToken()));
                    slots.put("direction", DIRECTIONAL.contains(prep) ? "to" : ORIGIN.contains(prep) ? "from" : "at");
                }
            }
            if (doc.language() == dev.quizgen.article.Language.DE) {
                int from = m.fromToken();
                if (from > 0 && s.tokens().get(from - 1).is("DET")) {
                    from--;   // die USA, der Panthers: the article tells case and number
                }
                slots.putAll(Morphology.nounPhrase(doc.lexicon().german(), s.tokens(), from, m.toToken()));
            }
            slots.put("evidence", m.evidence());
            out.add(new Fact(type, m.text(), m.span(), m.sentence(), m.fromToken(), m.toToken(),
                    phraseFrom, m.toToken(), slots, m.confidence()));
        }
        return out;
    }

    /** The preposition that opens the phrase ending in the name: "in Seoul", "im Grenzort Panmunjom". */
    private static int prepositionBefore(Sentence s, int from) {
        List<Token> t = s.tokens();
        int i = from - 1;
        // a common noun or adjectives between preposition and name: "im Grenzort", "in der Hauptstadt"
        int guard = 0;
        while (i >= 0 && guard < 3 && (guard == 0 && t.get(i).is("NOUN")
                || t.get(i).is("ADJ") || t.get(i).is("DET"))) {
            i--;
            guard++;
        }
        if (i < 0) {
            return -1;
        }
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        Set<String> all = new HashSet<>(LOCATIVE);
        all.addAll(DIRECTIONAL);
        all.addAll(ORIGIN);
        return all.contains(w) ? i : -1;
    }
}
