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
import java.util.Set;

/**
 * PERSON_ROLE facts: a role noun right before a person's name ({@code US-Präsident Donald Trump},
 * {@code der nordkoreanische Machthaber Kim Jong-un}, {@code President Donald Trump}) or an
 * apposition after it ({@code Trump, der Präsident der USA,}) or before it ({@code seinem
 * gewählten Anführer, Wilhelm Eisenarm,}; {@code two businessmen in 1886, Robert Lane and Benjamin
 * Vail}). Two-word roles come from the role list ({@code defensive end}). For German the role is
 * also given in the nominative ({@code roleNom}) so that templates can ask "Wer ist …?" — when
 * the dictionary cannot inflect it (an English loan word, a plural) the fact has no
 * {@code roleNom}, and templates that need it skip the fact.
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
            if (f == null) {
                f = appositionBefore(doc, s, m);
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
        if (r < 0) {
            return null;
        }
        int from = r;
        if (r >= 1 && doc.lexicon().isListedRole(t.get(r - 1).text() + " " + t.get(r).text())) {
            from = r - 1;   // defensive end Jared Allen
        } else if (!(t.get(r).is("NOUN") || t.get(r).is("PROPN")) || !doc.lexicon().isRole(t.get(r).text())) {
            return null;
        }
        int modifiers = 0;
        while (from - 1 >= 0 && modifiers < 3 && (t.get(from - 1).is("ADJ") && !t.get(from - 1).text().endsWith("ed")
                || doc.language() == Language.EN && t.get(from - 1).is("PROPN") && t.get(from - 1).isCapitalized()
                && doc.mentionAt(s.index(), from - 1) == null)) {
            from--;
            modifiers++;
        }
        int det = from - 1 >= 0 && t.get(from - 1).is("DET") ? from - 1 : -1;
        return role(doc, s, m, from, r + 1, det);
    }

    /** NAME , DET [ADJ…] ROLE … , */
    private Fact apposition(Document doc, Sentence s, Mention m) {
        List<Token> t = s.tokens();
        int i = m.toToken();
        // the tagger reads an article after a comma as a relative pronoun: "Trump, der/PRON Präsident der USA,"
        if (i + 2 >= t.size() || !t.get(i).text().equals(",")) {
            return null;
        }
        int k = i + 1;
        if (t.get(k).is("ADV") && k + 1 < t.size()) {
            k++;   // Mario Addison, ebenfalls Lineman,
        }
        boolean article = t.get(k).is("DET") || t.get(k).is("PRON") && Set.of("der", "die", "das", "the").contains(t.get(k).text());
        int det = article ? k : -1;
        int j = article ? k + 1 : k;
        while (j < t.size() && t.get(j).is("ADJ")) {
            j++;
        }
        if (j >= t.size() || !(t.get(j).is("NOUN") || t.get(j).is("PROPN")) || !doc.lexicon().isRole(t.get(j).text())) {
            return null;
        }
        int end = j + 1;
        while (end < t.size() && !t.get(end).isPunct() && end - j < 6) {
            end++;
        }
        if (end >= t.size() || !t.get(end).text().equals(",")) {
            return null;
        }
        return role(doc, s, m, article ? k + 1 : k, end, det);
    }

    /** ROLE-PHRASE , NAME [,] — and the next name of a pair: "zwei Geschäftsleuten, Robert Lane und Benjamin Vail". */
    private Fact appositionBefore(Document doc, Sentence s, Mention m) {
        List<Token> t = s.tokens();
        int comma = m.fromToken() - 1;
        if (comma >= 2 && Set.of("und", "and").contains(t.get(comma).text())) {
            Mention first = null;
            for (Mention other : doc.mentionsIn(s.index())) {
                if (other.toToken() == comma && other.type() == EntityType.PERSON) {
                    first = other;
                }
            }
            if (first == null) {
                return null;
            }
            comma = first.fromToken() - 1;
        }
        if (comma < 1 || !t.get(comma).text().equals(",")) {
            return null;
        }
        int role = -1;
        for (int k = comma - 1; k >= 0 && k >= comma - 6; k--) {
            Token x = t.get(k);
            if (x.isPunct() || x.is("VERB") || x.is("AUX") || x.is("PRON") || x.is("CCONJ") || x.is("SCONJ")) {
                break;
            }
            if ((x.is("NOUN") || x.is("PROPN")) && doc.lexicon().isRole(x.text()) && doc.mentionAt(s.index(), k) == null) {
                role = k;
                break;
            }
        }
        if (role < 0) {
            return null;
        }
        int to = role + 1;
        // a genitive after the role belongs to it: den Anführer der Hautevilles
        if (to + 1 < comma && t.get(to).is("DET") && (t.get(to + 1).is("PROPN") || t.get(to + 1).is("NOUN"))
                && to + 2 == comma) {
            to = comma;
        }
        int from = role;
        while (from - 1 >= 0 && t.get(from - 1).is("ADJ")) {
            from--;
        }
        int det = from - 1 >= 0 && t.get(from - 1).is("DET") ? from - 1 : -1;
        return role(doc, s, m, from, to, det);
    }

    private Fact role(Document doc, Sentence s, Mention m, int from, int to, int det) {
        List<Token> t = s.tokens();
        String role = s.textOf(from, to);
        if (role.endsWith(".")) {
            return null;   // Dr., Prof.: a form of address, not a role to ask about
        }
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("person", doc.canonical(m));
        slots.put("role", role);
        String asInText = det >= 0 ? s.textOf(det, to) : role;
        slots.put("roleInText", asInText);
        if (doc.language() == Language.DE) {
            String nom = germanNominative(t, from, to, det);
            if (nom != null) {
                slots.put("roleNom", nom);
            }
            int roleNoun = to - 1;
            for (int k = from; k < to; k++) {
                if ((t.get(k).is("NOUN") || t.get(k).is("PROPN")) && doc.lexicon().isRole(t.get(k).text())) {
                    roleNoun = k;
                    break;
                }
            }
            slots.putAll(Morphology.nounPhrase(doc.lexicon().german(), t, det >= 0 ? det : from, roleNoun + 1));
        } else {
            Token head = t.get(to - 1);
            boolean plural = head.is("NOUN") && !head.lemma().equalsIgnoreCase(head.text()) || head.text().endsWith("men");
            if (!plural) {
                // English offices take "the" in a question: "Who is the president of the USA?"
                String lead = from == 0 ? role.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + role.substring(1) : role;
                slots.put("roleNom", "the " + lead);
            }
        }
        slots.put("era", era(doc, s));
        int phraseFrom = Math.min(det >= 0 ? det : from, m.fromToken());
        int phraseTo = Math.max(m.toToken(), to);
        return new Fact(FactType.PERSON_ROLE, m.text(), m.span(),
                m.sentence(), m.fromToken(), m.toToken(), phraseFrom, phraseTo, slots, m.confidence());
    }

    /** Roles told in a sentence dated this many years before the article (or today) are history. */
    static final int HISTORY_YEARS = 10;
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[0-9]{3}|20[0-9]{2}");

    /**
     * "past" when the sentence names a year long before the article's date (or, without one, today):
     * "1891 gelang es dem schottischen Chemiker James Dewar …" tells what Dewar was then, and
     * "Wer ist der schottische Chemiker?" would ask it in the present; else "now".
     */
    static String era(Document doc, Sentence s) {
        String date = doc.text().article().date();
        int reference = date != null && date.length() >= 4 ? Integer.parseInt(date.substring(0, 4)) : java.time.Year.now().getValue();
        for (Token x : s.tokens()) {
            if (YEAR.matcher(x.text()).matches() && Integer.parseInt(x.text()) < reference - HISTORY_YEARS) {
                return "past";
            }
        }
        return "now";
    }

    /**
     * The role in the nominative singular, with a definite article when the text has an article or
     * adjectives ({@code der nordkoreanische Machthaber}), bare for a plain office noun
     * ({@code US-Präsident}). Null when the head noun is unknown to the dictionary.
     */
    private String germanNominative(List<Token> t, int from, int to, int det) {
        // a genitive after the role noun stays as it is: der Präsident | der USA
        for (int k = from; k < to - 1; k++) {
            if ((t.get(k).is("NOUN") || t.get(k).is("PROPN")) && t.get(k + 1).is("DET") && k + 2 < to) {
                String head = germanNominative(t, from, k + 1, det);
                StringBuilder tail = new StringBuilder();
                for (int x = k + 1; x < to; x++) {
                    tail.append(' ').append(t.get(x).text());
                }
                return head == null ? null : head + tail;
            }
        }
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
