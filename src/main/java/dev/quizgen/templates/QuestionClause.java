package dev.quizgen.templates;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.MainClause;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * Turns a statement into the part of a wh-question after the question word, with the asked-for
 * phrase taken out. German keeps the finite verb second ({@code Trump hatte am Sonntag … betreten}
 * → {@code hatte Trump … betreten} after {@code Wann}); English uses subject–auxiliary inversion
 * or do-support ({@code Trump signed it in 1953} → {@code did Trump sign it}). Only simple main
 * clauses are turned; for anything else the answer is null and the template does not apply.
 */
public final class QuestionClause {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SPACE_BEFORE_PUNCT = java.util.regex.Pattern.compile(" ([,.?!)])");
    private static final java.util.Set<String> CONTINUATIONS = java.util.Set.of("bis", "und", "oder", "–", "-", "to",
            "and", "or", "until", "through");

    private final GermanLexicon german;

    public QuestionClause(GermanLexicon german) {
        this.german = german;
    }

    /** The clause without tokens [from, to), or null when the sentence is not simple enough. */
    public String without(Sentence s, Language language, int from, int to) {
        MainClause c = MainClause.of(s, language, german);
        if (c == null || to > c.end()) {
            return null;
        }
        List<Token> t = s.tokens();
        int f = c.finite();
        if (to < c.end() && CONTINUATIONS.contains(t.get(to).text().toLowerCase(Locale.ROOT))
                || from > 0 && CONTINUATIONS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT))) {
            return null;   // "von 1946 bis 1950": taking out one end would leave half a phrase
        }
        if (from == 0 && to == f) {
            return join(s, f, c.end());   // the phrase is the whole prefield: "Wer beschrieb das Treffen …"
        }
        // German may move any simple prefield (a noun phrase or a prepositional phrase) behind the
        // verb; English inverts only around a noun-phrase subject
        if (from <= f || !isNounPhrase(t, 0, f, language == Language.DE)) {
            return null;
        }
        if (f == 1 && t.get(0).is("PRON")) {
            return null;   // "Wann hatte er …?": whom "er" means is not in the question
        }
        String subject = lowerFirst(t, s.textOf(0, f));
        String middle = join(s, f + 1, from) + " " + join(s, to, c.end());
        if (language == Language.DE) {
            if (t.get(0).isAdposition()) {
                // a moved adverbial goes after a name or pronoun subject: "Wohin zog Tesla im Jahr 1884?"
                int k = f + 1 == from ? to : f + 1;
                int end = k;
                while (end < c.end() && end != from && t.get(end).is("PROPN")) {
                    end++;
                }
                if (end == k && k < c.end() && t.get(k).is("PRON") && k != from) {
                    end = k + 1;
                }
                if (end > k) {
                    String names = join(s, k, end);
                    String rest = k == f + 1 ? join(s, end, from) + " " + join(s, to, c.end()) : join(s, end, c.end());
                    return tidy(t.get(f).text() + " " + names + " " + subject + " " + rest);
                }
            }
            return tidy(t.get(f).text() + " " + subject + " " + middle);
        }
        Token verb = t.get(f);
        if (verb.is("AUX")) {
            return tidy(verb.text().toLowerCase(Locale.ROOT) + " " + subject + " " + middle);
        }
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        String form = verb.text().toLowerCase(Locale.ROOT);
        String support;
        if (form.equals(lemma)) {
            support = "do";
        } else if (form.equals(lemma + "s") || form.equals(lemma + "es") || form.endsWith("ies") && lemma.endsWith("y")) {
            support = "does";
        } else {
            support = "did";
        }
        return tidy(support + " " + subject + " " + lemma + " " + middle);
    }

    private static boolean isNounPhrase(List<Token> t, int from, int to, boolean allowPreposition) {
        for (int i = from; i < to; i++) {
            Token x = t.get(i);
            if (!(x.is("DET") || x.is("ADJ") || x.is("NOUN") || x.is("PROPN") || x.is("PRON") || x.is("NUM")
                    || allowPreposition && x.isAdposition() && i == from)) {
                return false;
            }
        }
        return to > from;
    }

    /** Sentence-initial determiners and pronouns lose their capital inside the question. */
    private static String lowerFirst(List<Token> t, String text) {
        Token first = t.get(0);
        // a sentence-initial "Sie" in an article is "sie" (they, she); articles do not address the reader
        if ((first.is("DET") || first.is("PRON") || first.isAdposition()) && !first.text().equals("I")) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }

    private static String join(Sentence s, int from, int to) {
        return from < to ? s.textOf(from, to) : "";
    }

    static String tidy(String s) {
        return SPACE_BEFORE_PUNCT.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("$1").strip();
    }
}
