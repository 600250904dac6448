package dev.quizgen.facts;

import dev.quizgen.nlp.MainClause;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EVENT facts: who did what, from simple main clauses whose subject (the words before the
 * finite verb) is a named person or organisation: {@code Die Staatsagentur KCNA beschrieb das
 * Treffen als Erfolg.} → subject KCNA, "beschrieb das Treffen als Erfolg" (slot asked=subject); and
 * its direct object when it has one, asked=object: "das Treffen".
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
            for (Mention m : doc.mentionsIn(s.index())) {
                // the prefield is the name, perhaps after its article ("Die Generalkonferenz für Maß und Gewicht"),
                // or adjectives and nouns ending in the name ("Der nordkoreanische Machthaber Kim Jong-un")
                boolean whole = m.fromToken() == 0 || m.fromToken() == 1 && t.get(0).is("DET");
                if (m.toToken() == c.finite() && (np || whole) && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                    subject = m;
                }
            }
            if (subject == null && doc.language() == dev.quizgen.article.Language.DE) {
                // "Im Jahr 1900 erhielt Tesla Patente …": German puts the subject right after the verb; only what
                // Tesla received is asked then (who did it stays with subject-first clauses)
                for (Mention m : doc.mentionsIn(s.index())) {
                    if (m.fromToken() == c.finite() + 1 && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)
                            && !hasOtherNames(doc, s, m, c.finite())) {
                        int[] object = object(doc, t, c, m.toToken());
                        if (object != null) {
                            out.add(objectFact(doc, s, m, object));
                        }
                    }
                }
                continue;
            }
            if (subject == null || hasOtherNames(doc, s, subject, c.finite())) {
                continue;
            }
            Map<String, String> slots = new LinkedHashMap<>();
            slots.put("asked", "subject");
            slots.put("subject", doc.canonical(subject));
            slots.put("predicate", s.textOf(c.finite(), c.end()));
            slots.put("entityType", subject.type().name());
            out.add(new Fact(FactType.EVENT, subject.text(), subject.span(), s.index(), subject.fromToken(),
                    subject.toToken(), 0, c.finite(), slots, subject.confidence()));
            int[] object = object(doc, t, c, c.finite() + 1);
            if (object != null) {
                out.add(objectFact(doc, s, subject, object));
            }
        }
        return out;
    }

    private static boolean singularAccusative(Document doc, String noun) {
        for (var r : doc.lexicon().german().readings(noun)) {
            if (r.tagStarts("SUB") && r.has("AKK") && r.has("SIN")) {
                return true;
            }
        }
        return false;
    }

    private static Fact objectFact(Document doc, Sentence s, Mention subject, int[] object) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("asked", "object");
        o.put("subject", doc.canonical(subject));
        o.put("object", s.textOf(object[0], object[1]));
        return new Fact(FactType.EVENT, s.textOf(object[0], object[1]), s.spanOf(object[0], object[1]), s.index(),
                object[0], object[1], object[0], object[1], o, subject.confidence());
    }

    /** Copulas, and "haben"/"have": what follows says what the subject is or has ("Tesla war ein Erfinder"), no deed. */
    private static final Set<String> COPULAS = Set.of("sein", "werden", "bleiben", "heißen", "scheinen", "haben", "geben",
            "be", "become", "remain", "seem", "have");
    /** German determiners of an accusative (or a nominative, which a subject-first clause has no more of). */
    private static final Set<String> ACCUSATIVE = Set.of("den", "die", "das", "einen", "eine", "ein", "keinen", "keine", "kein",
            "zwei", "drei", "vier", "fünf", "mehrere", "viele", "zahlreiche", "einige");
    private static final Set<String> ENGLISH_DETERMINERS = Set.of("a", "an", "the", "two", "three", "four", "five", "several",
            "many", "numerous", "some");
    /** The most words an object may have: longer ones are no answer a pupil can give or recognise. */
    static final int MAX_OBJECT_WORDS = 8;

    /**
     * The direct object of a main clause, as token range, or null: the noun phrase right after the
     * verb (German: after the finite verb, or the subject behind it, and any adverbs or a bare year;
     * English: after the main verb), with a genitive or an "of" phrase after it, ending before a preposition, a comma or
     * the clause end. Not after a copula, not a person (that would be "Wen"/"Whom"), not a pronoun.
     */
    static int[] object(Document doc, List<Token> t, MainClause c, int after) {
        Token finite = t.get(c.finite());
        if (COPULAS.contains(finite.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int k = after;
        boolean german = doc.language() == dev.quizgen.article.Language.DE;
        if (!german) {
            // "has received", "did not receive": the object follows the main verb
            while (k < c.end() && (t.get(k).is("ADV") || t.get(k).is("PART"))) {
                k++;
            }
            if (finite.is("AUX")) {
                if (k >= c.end() || !t.get(k).is("VERB")) {
                    return null;
                }
                if (COPULAS.contains(t.get(k).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    return null;
                }
                k++;
            }
        } else {
            while (k < c.end() && (t.get(k).is("ADV") || t.get(k).is("NUM") && t.get(k).text().matches("1[0-9]{3}|20[0-9]{2}"))) {
                k++;
            }
        }
        int from = k;
        if (k >= c.end()) {
            return null;
        }
        String first = t.get(k).text().toLowerCase(java.util.Locale.ROOT);
        if (t.get(k).is("DET") || t.get(k).is("NUM")) {
            if (!(german ? ACCUSATIVE : ENGLISH_DETERMINERS).contains(first)) {
                return null;
            }
            k++;
        }
        while (k < c.end() && t.get(k).is("ADJ")) {
            k++;
        }
        int nouns = 0;
        while (k < c.end() && (t.get(k).is("NOUN") || t.get(k).is("PROPN"))) {
            k++;
            nouns++;
        }
        if (nouns == 0) {
            return null;
        }
        // a genitive (German: "der magnetischen Flussdichte") or an "of" phrase belongs to the noun
        int g = k;
        if (g < c.end() && (german ? Set.of("des", "der").contains(t.get(g).text()) : t.get(g).text().equals("of"))) {
            g++;
            if (!german && g < c.end() && t.get(g).is("DET")) {
                g++;
            }
            while (g < c.end() && t.get(g).is("ADJ")) {
                g++;
            }
            int n = 0;
            while (g < c.end() && (t.get(g).is("NOUN") || t.get(g).is("PROPN"))) {
                g++;
                n++;
            }
            if (n > 0) {
                k = g;
            }
        }
        int to = k;
        if (german && first.equals("den") && !singularAccusative(doc, t.get(to - 1).text())) {
            return null;   // "den Staaten": a dative plural, no object
        }
        // the phrase must end here: at the clause's end, a comma, a preposition or (German) the verb at the end
        if (to < c.end() && !(t.get(to).isPunct() || t.get(to).isAdposition() || german && (t.get(to).is("VERB") || t.get(to).is("AUX")
                || t.get(to).is("ADV") || t.get(to).is("PART")))) {
            return null;
        }
        if (to - from > MAX_OBJECT_WORDS) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (t.get(i).is("PRON") || doc.lexicon().isRole(t.get(i).text()) || doc.lexicon().isPersonNoun(t.get(i).text())) {
                return null;   // "ihn", "den Präsidenten": a person is asked with Wen/Whom, not Was/What
            }
        }
        for (Mention m : doc.mentionsIn(c.sentence().index())) {
            if (m.fromToken() < to && m.toToken() > from && m.type() == EntityType.PERSON) {
                return null;
            }
        }
        return new int[] {from, to};
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
