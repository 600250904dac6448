package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.GermanInflection;
import dev.quizgen.nlp.GermanInflection.Article;
import dev.quizgen.nlp.GermanInflection.Case;
import dev.quizgen.nlp.GermanInflection.NounInfo;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PERSON_ROLE facts: a role noun right before a person's name ({@code US-Präsident Donald Trump},
 * {@code der nordkoreanische Machthaber Kim Jong-un}, {@code President Donald Trump}) or an
 * apposition after it ({@code Trump, der Präsident der USA,}). For German the role is also
 * given in the nominative ({@code roleNom}) so that templates can ask "Wer ist …?".
 */
final class RoleFacts implements FactExtractor {
    private final GermanInflection inflection;

    RoleFacts(GermanInflection inflection) {
        this.inflection = inflection;
    }

    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            Fact f = before(doc, s, m);
            if (f == null) {
                f = apposition(doc, s, m);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** [DET] [ADJ…] ROLE NAME */
    private Fact before(Document doc, Sentence s, Mention m) {
        List<Token> t = s.tokens();
        int r = m.fromToken() - 1;
        if (r < 0 || !(t.get(r).is("NOUN") || t.get(r).is("PROPN")) || !doc.lexicon().isRole(t.get(r).text())) {
            return null;
        }
        int from = r;
        while (from - 1 >= 0 && (t.get(from - 1).is("ADJ") || doc.language() == Language.EN
                && t.get(from - 1).is("PROPN") && t.get(from - 1).isCapitalized())) {
            from--;
        }
        int det = from - 1 >= 0 && t.get(from - 1).is("DET") ? from - 1 : -1;
        return role(doc, s, m, from, r + 1, det);
    }

    /** NAME , DET [ADJ…] ROLE … , */
    private Fact apposition(Document doc, Sentence s, Mention m) {
        List<Token> t = s.tokens();
        int i = m.toToken();
        if (i + 2 >= t.size() || !t.get(i).text().equals(",") || !t.get(i + 1).is("DET")) {
            return null;
        }
        int det = i + 1;
        int j = det + 1;
        while (j < t.size() && t.get(j).is("ADJ")) {
            j++;
        }
        if (j >= t.size() || !t.get(j).is("NOUN") || !doc.lexicon().isRole(t.get(j).text())) {
            return null;
        }
        int end = j + 1;
        while (end < t.size() && !t.get(end).isPunct() && end - j < 6) {
            end++;
        }
        if (end >= t.size() || !t.get(end).text().equals(",")) {
            return null;
        }
        return role(doc, s, m, det + 1, end, det);
    }

    private Fact role(Document doc, Sentence s, Mention m, int from, int to, int det) {
        List<Token> t = s.tokens();
        String role = s.textOf(from, to);
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("person", doc.canonical(m));
        slots.put("role", role);
        String asInText = det >= 0 ? s.textOf(det, to) : role;
        slots.put("roleInText", asInText);
        if (doc.language() == Language.DE) {
            String nom = germanNominative(t, from, to, det);
            if (nom == null) {
                return null;
            }
            slots.put("roleNom", nom);
        } else {
            // English offices take "the" in a question: "Who is the president of the USA?"
            slots.put("roleNom", "the " + role);
        }
        int phraseFrom = Math.min(det >= 0 ? det : from, m.fromToken());
        int phraseTo = Math.max(m.toToken(), to);
        return new Fact(FactType.PERSON_ROLE, m.text(), m.span(),
                m.sentence(), m.fromToken(), m.toToken(), phraseFrom, phraseTo, slots, m.confidence());
    }

    /**
     * The role in the nominative singular, with a definite article when the text has an article or
     * adjectives ({@code der nordkoreanische Machthaber}), bare for a plain office noun
     * ({@code US-Präsident}). Null when the head noun is unknown to the dictionary.
     */
    private String germanNominative(List<Token> t, int from, int to, int det) {
        Token head = t.get(to - 1);
        if (!head.is("NOUN") && !head.is("PROPN")) {
            return null;
        }
        NounInfo noun = inflection.noun(head.text());
        if (noun == null) {
            return null;
        }
        List<String> adjectives = new ArrayList<>();
        for (int k = from; k < to - 1; k++) {
            if (!t.get(k).is("ADJ")) {
                return null;   // a genitive or other words inside: keep it out of generated German
            }
            adjectives.add(t.get(k).lemma());
        }
        Article article = det >= 0 || !adjectives.isEmpty() ? Article.DEF : Article.NONE;
        return inflection.phrase(article, adjectives, noun, Case.NOM);
    }
}
