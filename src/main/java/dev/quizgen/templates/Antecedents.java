package dev.quizgen.templates;

import dev.quizgen.article.Language;
import dev.quizgen.facts.EntityType;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.FactType;
import dev.quizgen.facts.Facts;
import dev.quizgen.facts.Mention;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The person a sentence's pronoun stands for, where the sentences just before leave one choice:
 * "Studenten strömten nach Wittenberg, um Luther sprechen zu hören. Er veröffentlichte …" — a
 * question on the second sentence reads "Luther veröffentlichte …" instead of being dropped as
 * pointing back. Deliberately narrow, as a wrong name is worse than no question:
 * <ul>
 *   <li>only "er"/"ihn"/"ihm"/"sein…", "he"/"him"/"his"/"she", all of one person (no "sie", "her",
 *       "they" beside them), the first of them where the sentence's subject stands;</li>
 *   <li>the nearest sentence before it in its paragraph that names anyone (at most two back) names
 *       exactly one person, and nobody is named before the pronoun in its own sentence;</li>
 *   <li>that person's first name does not say the other sex ("she" needs a known woman's name);</li>
 *   <li>the person is the one the article names most often, or stands as the subject of that
 *       sentence before it (first, or right after its verb): "Der Vertrag wurde von Kohl
 *       unterzeichnet. Er trat 1990 in Kraft." leaves "er" unresolved.</li>
 * </ul>
 * And an English sentence opening with "It" and a verb, after a sentence whose subject is a place
 * or organisation name: "Newcastle University is … It won the award in 2000."
 */
final class Antecedents {
    /**
     * @param tokens the sentence's pronouns and possessives of the person ({@code er … seine}), in order
     * @param name   the name to print for the first of them
     */
    record Antecedent(List<Integer> tokens, String name) {
        /** The name for the word that stood there: a possessive becomes the name's genitive ("seine" → "Luthers", "his" → "Tesla's"). */
        String nameFor(String word, Language language) {
            String w = word.toLowerCase(Locale.ROOT);
            if (!POSSESSIVE.contains(w)) {
                return name;
            }
            if (language == Language.EN) {
                return name + (name.endsWith("s") ? "'" : "'s");
            }
            return name + (name.matches(".*[sßxz]") ? "'" : "s");
        }
    }

    private static final Set<String> DE = Set.of("er", "ihn", "ihm", "sein", "seine", "seiner", "seinen", "seinem", "seines");
    private static final Set<String> EN_HE = Set.of("he", "him", "his");
    private static final Set<String> EN_SHE = Set.of("she");
    /** Words that would make it one of two people: "er … ihr", "he … her", "sie" (she, they or you). */
    private static final Set<String> DE_OTHER = Set.of("sie", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres", "ihnen");
    private static final Set<String> EN_OTHER = Set.of("her", "hers", "they", "them", "their");
    static final Set<String> POSSESSIVE = Set.of("sein", "seine", "seiner", "seinen", "seinem", "seines", "his", "its");
    /** A possessive after these is a partitive ("einer seiner kreativsten"): its genitive name would not read. */
    private static final Set<String> PARTITIVE = Set.of("einer", "eines", "eine", "einem", "keiner", "keines", "viele", "vielen",
            "einige", "einigen", "mehrere", "mehreren", "beide", "beiden", "zwei", "drei", "meisten");
    private static final int LOOK_BACK = 2;

    private Antecedents() {
    }

    /**
     * @param sex of a first name: "MAS", "FEM" or null when the name is unknown or used for both
     * @return per sentence index, its resolved pronoun
     */
    static Map<Integer, Antecedent> of(Facts facts, Function<String, String> sex) {
        Language language = facts.text().article().language();
        List<Sentence> sentences = facts.text().sentences();
        Map<Integer, List<Fact>> persons = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (Fact f : facts.facts()) {
            if (f.type() == FactType.PERSON && f.confidence() >= TemplateEngine.MIN_CONFIDENCE) {
                persons.computeIfAbsent(f.sentence(), k -> new java.util.ArrayList<>()).add(f);
                mentions.merge(fullest(f, facts), 1, Integer::sum);
            }
        }
        String main = protagonist(mentions);
        Map<Integer, Antecedent> out = new HashMap<>();
        for (Sentence s : sentences) {
            Antecedent thing = language == Language.EN ? it(s, sentences, facts) : null;
            if (thing == null && language == Language.EN) {
                thing = they(s, sentences, facts);
            }
            if (thing != null) {
                out.put(s.index(), thing);
                continue;
            }
            List<Integer> ps = pronouns(s, language);
            if (ps.isEmpty() || !subjectPosition(s, ps.get(0), language)
                    || persons.getOrDefault(s.index(), List.of()).stream().anyMatch(f -> f.fromToken() < ps.get(0))) {
                continue;
            }
            for (int j = s.index() - 1; j >= Math.max(0, s.index() - LOOK_BACK); j--) {
                Sentence before = sentences.get(j);
                if (before.paragraph() != s.paragraph()) {
                    break;
                }
                List<Fact> named = persons.getOrDefault(j, List.of());
                if (named.isEmpty()) {
                    continue;
                }
                Set<String> who = new LinkedHashSet<>();
                named.forEach(f -> who.add(fullest(f, facts)));
                Fact last = named.get(named.size() - 1);
                String word = s.tokens().get(ps.get(0)).text().toLowerCase(Locale.ROOT);
                if (who.size() == 1 && fits(word, fullest(last, facts), sex)
                        && (who.contains(main) || named.stream().anyMatch(f -> subject(before, f)))) {
                    out.put(s.index(), new Antecedent(ps, name(last)));
                }
                break;
            }
        }
        return out;
    }

    /**
     * The sentence's pronouns and possessives of one person ("er … seine", "he … his"), or none
     * when another person may be meant too ("sie", "her", "they"), or a possessive would not take
     * a name ("einer seiner kreativsten", "seine" standing alone).
     */
    private static List<Integer> pronouns(Sentence s, Language language) {
        List<Integer> out = new java.util.ArrayList<>();
        boolean he = false;
        boolean she = false;
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if ((language == Language.DE ? DE_OTHER : EN_OTHER).contains(w)) {
                return List.of();
            }
            boolean mine = language == Language.DE ? DE.contains(w) : EN_HE.contains(w) || EN_SHE.contains(w);
            if (!mine || t.is("AUX") || t.is("VERB")) {   // "sein muss"
                continue;
            }
            if (POSSESSIVE.contains(w) && (i + 1 == s.tokens().size() || !(s.tokens().get(i + 1).is("NOUN") || s.tokens().get(i + 1).is("ADJ"))
                    || i > 0 && PARTITIVE.contains(s.tokens().get(i - 1).text().toLowerCase(Locale.ROOT)))) {
                return List.of();
            }
            he |= !EN_SHE.contains(w);
            she |= EN_SHE.contains(w);
            out.add(i);
        }
        return he && she ? List.of() : out;
    }

    /** "It was proposed that", "It is also unknown how": an "it" that stands for nothing. */
    private static final Set<String> EXPLETIVE_NEXT = Set.of("that", "to", "how", "whether", "if", "what", "when", "why", "until");
    private static final Set<String> IT = Set.of("it", "its");

    /**
     * "Newcastle University is now one of the UK's leading universities. It won the award in 2000."
     * → "Newcastle University won …": an English sentence opening with "It" and a verb, after a sentence
     * of its paragraph whose subject is a place or organisation name (first, or after "The", right
     * before its verb). Not an "it" that stands for nothing ("It was proposed that …"), nor one where
     * "they"/"them"/"their" could be meant.
     */
    private static Antecedent it(Sentence s, List<Sentence> sentences, Facts facts) {
        var t = s.tokens();
        if (t.size() < 4 || !t.get(0).text().equals("It") || !(t.get(1).is("VERB") || t.get(1).is("AUX"))) {
            return null;
        }
        for (int k = 1; k < Math.min(t.size(), 6); k++) {
            if (EXPLETIVE_NEXT.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        List<Integer> tokens = new java.util.ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (EN_OTHER.contains(w)) {
                return null;
            }
            if (IT.contains(w) && t.get(k).is("PRON")) {
                tokens.add(k);
            }
        }
        Sentence before = beforeInParagraph(s, sentences);
        if (before == null) {
            return null;
        }
        var b = before.tokens();
        int verb = firstVerb(b);
        for (var m : facts.mentions()) {
            boolean opens = m.fromToken() == 0 || m.fromToken() == 1 && b.get(0).text().equals("The");
            if (m.sentence() == before.index() && opens && m.toToken() == verb && m.confidence() >= TemplateEngine.MIN_CONFIDENCE
                    && (m.type() == dev.quizgen.facts.EntityType.PLACE || m.type() == dev.quizgen.facts.EntityType.ORGANIZATION)) {
                return new Antecedent(tokens, (m.fromToken() == 1 ? "the " : "") + m.text());
            }
        }
        return null;
    }

    /**
     * "The Broncos defeated the Steelers … They then beat the Patriots …" → "The Broncos then beat …":
     * an English sentence opening with "They" and a verb, after a sentence of its paragraph whose
     * subject is a team, organisation or place name, or a list of people ("Grissom, White, and
     * Chaffee decided …"). Its other "they", "their", "them" stay: the name before binds them.
     */
    private static Antecedent they(Sentence s, List<Sentence> sentences, Facts facts) {
        var t = s.tokens();
        if (t.size() < 4 || !t.get(0).text().equals("They") || !(t.get(1).is("VERB") || t.get(1).is("AUX")
                || t.get(1).is("ADV") && t.size() > 2 && (t.get(2).is("VERB") || t.get(2).is("AUX")))) {
            return null;
        }
        Sentence before = beforeInParagraph(s, sentences);
        if (before == null) {
            return null;
        }
        var b = before.tokens();
        int verb = firstVerb(b);
        int start = b.get(0).text().equals("The") ? 1 : 0;
        List<dev.quizgen.facts.Mention> subject = new java.util.ArrayList<>();
        int at = start;
        for (var m : facts.mentions().stream().filter(m -> m.sentence() == before.index())
                .sorted(java.util.Comparator.comparingInt(dev.quizgen.facts.Mention::fromToken)).toList()) {
            // the article's own words are printed, not a type: a guessed team ("The Broncos", 0.55) serves
            if (m.fromToken() != at || m.confidence() < 0.5) {
                continue;
            }
            subject.add(m);
            at = m.toToken();
            while (at < verb && (b.get(at).text().equals(",") || b.get(at).text().equals("and"))) {
                at++;
            }
        }
        if (subject.isEmpty() || at != verb) {
            return null;   // the names are not the whole subject
        }
        boolean people = subject.stream().allMatch(m -> m.type() == EntityType.PERSON);
        boolean group = subject.size() == 1 && (subject.get(0).type() == EntityType.ORGANIZATION || subject.get(0).type() == EntityType.PLACE
                || subject.get(0).text().endsWith("s") && start == 1);
        if (!(people && subject.size() >= 2 || group)) {
            return null;
        }
        String name = before.textOf(start == 1 && group ? 0 : subject.get(0).fromToken(), verb).strip();
        return new Antecedent(List.of(0), Character.toLowerCase(name.charAt(0)) == name.charAt(0) ? name
                : name.startsWith("The ") ? "the " + name.substring(4) : name);
    }

    /**
     * The pronoun stands where the sentence's subject does: before its first verb ("He lived", "In 1785 he
     * presented", "Seine Patente verhalfen") or, in German, right after it ("Im November schrieb er"). One deep in
     * a clause ("…, welche er auf Deutsch niederschrieb") leaves the sentence about something else ("Der Text").
     */
    private static boolean subjectPosition(Sentence s, int p, Language language) {
        int k = firstVerb(s.tokens());
        return p < k || language == Language.DE && p == k + 1;
    }

    /** The index of the sentence's first verb or auxiliary, or its length when it has none. */
    private static int firstVerb(List<Token> t) {
        int k = 0;
        while (k < t.size() && !(t.get(k).is("VERB") || t.get(k).is("AUX"))) {
            k++;
        }
        return k;
    }

    /** The sentence right before, when it is in the same paragraph; else null (the sentence opens a paragraph or the article). */
    private static Sentence beforeInParagraph(Sentence s, List<Sentence> sentences) {
        if (s.index() == 0) {
            return null;
        }
        Sentence before = sentences.get(s.index() - 1);
        return before.paragraph() == s.paragraph() ? before : null;
    }

    private static boolean fits(String pronoun, String fullName, Function<String, String> sex) {
        String first = fullName.split(" ")[0];
        String known = first.equals(fullName) ? null : sex.apply(first);
        return pronoun.equals("she") ? "FEM".equals(known) : !"FEM".equals(known);
    }

    /** The name first in its sentence or right after the sentence's first verb: most likely its subject. */
    private static boolean subject(Sentence s, Fact f) {
        return f.fromToken() == 0 || f.fromToken() == firstVerb(s.tokens()) + 1;
    }

    /** The person named most often (three times or more, more often than anyone else), or null. */
    private static String protagonist(Map<String, Integer> mentions) {
        String best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            if (e.getValue() > most) {
                second = most;
                most = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return most >= 3 && most > second ? best : null;
    }

    private static String fullest(Fact f, Facts facts) {
        return Mention.fullest(name(f), EntityType.PERSON, facts.mentions());
    }

    /** The name as the article writes it, without a genitive -s ("Luthers Schriften" → Luther). */
    private static String name(Fact f) {
        String base = f.slot("base");
        return base != null ? base : f.text();
    }
}
