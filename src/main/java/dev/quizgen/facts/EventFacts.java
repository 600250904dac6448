package dev.quizgen.facts;

import dev.quizgen.nlp.MainClause;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EVENT facts: who did what, from simple main clauses whose subject (the words before the
 * finite verb) is a named person or organisation: {@code Die Staatsagentur KCNA beschrieb das
 * Treffen als Erfolg.} → subject KCNA, "beschrieb das Treffen als Erfolg".
 */
final class EventFacts implements FactExtractor {
    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            MainClause c = MainClause.of(s, doc.language(), doc.lexicon().german());
            if (c == null || !c.finiteIsSingular(doc.language(), doc.lexicon().german())) {
                continue;
            }
            List<Token> t = s.tokens();
            Mention subject = null;
            boolean np = true;
            for (int k = 0; k < c.finite(); k++) {
                Token x = t.get(k);
                np &= x.is("DET") || x.is("ADJ") || x.is("NOUN") || x.is("PROPN");
            }
            if (!np) {
                continue;
            }
            for (Mention m : doc.mentionsIn(s.index())) {
                if (m.toToken() == c.finite() && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                    subject = m;
                }
            }
            if (subject == null || hasOtherNames(doc, s, subject, c.finite())) {
                continue;
            }
            Map<String, String> slots = new LinkedHashMap<>();
            slots.put("subject", doc.canonical(subject));
            slots.put("predicate", s.textOf(c.finite(), c.end()));
            slots.put("entityType", subject.type().name());
            out.add(new Fact(FactType.EVENT, subject.text(), subject.span(), s.index(), subject.fromToken(),
                    subject.toToken(), 0, c.finite(), slots, subject.confidence()));
        }
        return out;
    }

    private static boolean hasOtherNames(Document doc, Sentence s, Mention subject, int before) {
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m != subject && m.toToken() <= before) {
                return true;
            }
        }
        return false;
    }
}
