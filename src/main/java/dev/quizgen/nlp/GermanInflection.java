package dev.quizgen.nlp;

import dev.quizgen.nlp.GermanLexicon.Reading;
import java.util.List;
import java.util.Locale;

/**
 * Builds German noun phrases in any case and number: article, adjective endings and noun form
 * agree ({@code der nordkoreanische Machthaber} → {@code dem nordkoreanischen Machthaber},
 * {@code die neuen Minister} → {@code den neuen Ministern}). Forms come from the dictionary's
 * synthesis data; regular endings are the fallback.
 */
public final class GermanInflection {
    /** German grammatical case. */
    public enum Case { NOM, AKK, DAT, GEN }

    /** Which article the phrase takes: definite, indefinite or none (strong adjective endings). */
    public enum Article { DEF, INDEF, NONE }

    /** Grammatical number. */
    public enum Number { SIN, PLU }

    private static final String[][] DEF = {
            // MAS, FEM, NEU  for NOM, AKK, DAT, GEN
            {"der", "die", "das"}, {"den", "die", "das"}, {"dem", "der", "dem"}, {"des", "der", "des"}};
    private static final String[][] INDEF = {
            {"ein", "eine", "ein"}, {"einen", "eine", "ein"}, {"einem", "einer", "einem"}, {"eines", "einer", "eines"}};
    private static final String[][] WEAK = {{"e", "e", "e"}, {"en", "e", "e"}, {"en", "en", "en"}, {"en", "en", "en"}};
    private static final String[][] MIXED = {{"er", "e", "es"}, {"en", "e", "es"}, {"en", "en", "en"}, {"en", "en", "en"}};
    private static final String[][] STRONG = {{"er", "e", "es"}, {"en", "e", "es"}, {"em", "er", "em"}, {"en", "er", "en"}};
    // plural: one form for all genders; the indefinite article has no plural, so its adjectives take strong endings
    private static final String[] DEF_PLURAL = {"die", "die", "den", "der"};
    private static final String[] STRONG_PLURAL = {"e", "e", "en", "er"};

    private static final java.util.regex.Pattern S_GENITIVE = java.util.regex.Pattern.compile(".*(e|el|en|er|chen|lein|um)$");

    private final GermanLexicon lexicon;

    public GermanInflection(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A noun's lemma and gender ({@code MAS}, {@code FEM}, {@code NEU}), via its compound head when needed. */
    public record NounInfo(String prefix, String lemma, String gender) {
        /** The whole noun's lemma: prefix and head ({@code Staatsagentur}, {@code US-Präsident}). */
        public String fullLemma() {
            return join(prefix, lemma);
        }
    }

    private static String join(String prefix, String head) {
        if (prefix.isEmpty() || prefix.endsWith("-")) {
            return prefix + head;
        }
        return prefix + head.substring(0, 1).toLowerCase(Locale.GERMAN) + head.substring(1);
    }

    /** Lemma and gender of a noun as it stands in a text, or null when the dictionary cannot tell. */
    public NounInfo noun(String word) {
        String prefix = "";
        String w = word;
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && hyphen < w.length() - 1) {
            prefix = w.substring(0, hyphen + 1);
            w = w.substring(hyphen + 1);
        }
        NounInfo direct = nounReading(prefix, w);
        if (direct != null) {
            return direct;
        }
        // an unknown closed compound: the longest known tail is its head (Staatsagentur → Agentur)
        for (int i = 1; i < w.length() - 2; i++) {
            String tail = w.substring(i, i + 1).toUpperCase(Locale.GERMAN) + w.substring(i + 1);
            NounInfo head = nounReading("", tail);
            if (head != null) {
                return new NounInfo(prefix + w.substring(0, i), head.lemma(), head.gender());
            }
        }
        return null;
    }

    private NounInfo nounReading(String prefix, String w) {
        List<Reading> readings = lexicon.readings(w);
        for (Reading r : readings) {
            if (r.tagStarts("SUB") && r.has("SIN")) {
                for (String g : List.of("MAS", "FEM", "NEU")) {
                    if (r.has(g)) {
                        return new NounInfo(prefix, r.lemma(), g);
                    }
                }
            }
        }
        for (Reading r : readings) {
            if (r.tagStarts("SUB") && r.has("PLU") && r.has("NOG")) {
                return new NounInfo(prefix, r.lemma(), "NOG");   // a plural-only noun: die USA, die Niederlande
            }
        }
        return null;
    }

    /** Whether the noun has only a plural ({@code USA}, {@code Niederlande}): its phrases are plural whatever is asked. */
    public static boolean pluralOnly(NounInfo noun) {
        return noun.gender().equals("NOG");
    }

    /**
     * The phrase {@code [article] [adjectives] noun} in the given case, singular.
     *
     * @param adjectiveLemmas lemmas of the adjectives, in order ({@code nordkoreanisch})
     * @param noun            the noun's lemma and gender
     */
    public String phrase(Article article, List<String> adjectiveLemmas, NounInfo noun, Case c) {
        return phrase(article, adjectiveLemmas, noun, c, Number.SIN);
    }

    /**
     * The phrase {@code [article] [adjectives] noun} in the given case and number. A plural has no
     * indefinite article ({@code INDEF} gives {@code neue Minister}). Null when a plural is asked of
     * a noun the dictionary has no plural for.
     */
    public String phrase(Article article, List<String> adjectiveLemmas, NounInfo noun, Case c, Number number) {
        if (number == Number.PLU || pluralOnly(noun)) {
            return plural(article, adjectiveLemmas, noun, c);
        }
        int g = switch (noun.gender()) {
            case "MAS" -> 0;
            case "FEM" -> 1;
            default -> 2;
        };
        int k = c.ordinal();
        StringBuilder sb = new StringBuilder();
        if (article == Article.DEF) {
            sb.append(DEF[k][g]).append(' ');
        } else if (article == Article.INDEF) {
            sb.append(INDEF[k][g]).append(' ');
        }
        for (String adj : adjectiveLemmas) {
            sb.append(adjective(adj, article, c, noun.gender(), g)).append(' ');
        }
        sb.append(nounForm(noun, c));
        return sb.toString();
    }

    private String plural(Article article, List<String> adjectiveLemmas, NounInfo noun, Case c) {
        String form = pluralNoun(noun, c);
        if (form == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        if (article == Article.DEF) {
            sb.append(DEF_PLURAL[c.ordinal()]).append(' ');
        }
        // adjective endings in the plural do not depend on gender; the dictionary lists them under every gender
        String gender = pluralOnly(noun) ? "MAS" : noun.gender();
        String mode = article == Article.DEF ? "DEF" : "SOL";
        for (String adj : adjectiveLemmas) {
            List<String> forms = lexicon.forms(adj, "ADJ:" + c.name() + ":PLU:" + gender + ":GRU:" + mode);
            sb.append(forms.isEmpty() ? adj + (article == Article.DEF ? "en" : STRONG_PLURAL[c.ordinal()]) : forms.get(0)).append(' ');
        }
        return sb.append(join(noun.prefix(), form)).toString();
    }

    /** The plural noun form; a plural-only name not in the dictionary takes -n in the dative (den Niederlanden, den USA). */
    private String pluralNoun(NounInfo noun, Case c) {
        List<String> forms = lexicon.forms(noun.lemma(), "SUB:" + c.name() + ":PLU:" + noun.gender());
        if (forms.size() > 1 && c != Case.DAT) {
            // variants (Länder/Lande): the one whose dative the dictionary lists is today's plural
            List<String> dative = lexicon.forms(noun.lemma(), "SUB:DAT:PLU:" + noun.gender());
            for (String f : forms) {
                if (dative.contains(f) || dative.contains(f + "n")) {
                    return f;
                }
            }
        }
        if (!forms.isEmpty()) {
            return choose(forms, c);
        }
        if (!pluralOnly(noun)) {
            return null;
        }
        String l = noun.lemma();
        return c == Case.DAT && !l.endsWith("n") && !l.endsWith("s") ? l + "n" : l;
    }

    /** The definite article for a case, gender ({@code MAS}, {@code FEM}, {@code NEU}) and number: {@code dem}, {@code der}, {@code den}. */
    public static String definiteArticle(Case c, String gender, Number number) {
        if (number == Number.PLU || gender.equals("NOG")) {
            return DEF_PLURAL[c.ordinal()];
        }
        return DEF[c.ordinal()][gender.equals("MAS") ? 0 : gender.equals("FEM") ? 1 : 2];
    }

    /**
     * The other sex's form of a person noun ({@code Präsident} ↔ {@code Präsidentin}) when the
     * dictionary knows it, else null.
     */
    public NounInfo otherSex(NounInfo noun) {
        String l = noun.lemma();
        String wanted = noun.gender().equals("FEM") ? "MAS" : "FEM";
        String other = wanted.equals("FEM") ? l + "in" : l.endsWith("in") ? l.substring(0, l.length() - 2) : null;
        if (other == null || !noun.gender().equals("MAS") && !noun.gender().equals("FEM")) {
            return null;
        }
        for (Reading r : lexicon.readings(other)) {
            if (r.tagStarts("SUB") && r.has("NOM") && r.has("SIN") && r.has(wanted) && r.lemma().equals(other)) {
                return new NounInfo(noun.prefix(), other, wanted);
            }
        }
        return null;
    }

    /**
     * A phrase as it stands ({@code der nordkoreanische Machthaber}, {@code US-Präsident},
     * {@code der erste Direktor des Museums}) split into article, adjective lemmas, head noun and
     * the words after it (a genitive, kept as they are); null when a word before the noun is not
     * an adjective the dictionary knows or the noun is unknown.
     */
    public NounPhrase parse(String phrase) {
        String[] w = phrase.strip().split("\\s+");
        int i = 0;
        Article article = Article.NONE;
        if (w.length > 1 && DEFINITE.contains(w[0].toLowerCase(Locale.GERMAN))) {
            article = Article.DEF;
            i = 1;
        } else if (w.length > 1 && INDEFINITE.contains(w[0].toLowerCase(Locale.GERMAN))) {
            article = Article.INDEF;
            i = 1;
        }
        List<String> adjectives = new java.util.ArrayList<>();
        for (; i < w.length && !w[i].isEmpty() && Character.isLowerCase(w[i].charAt(0)); i++) {
            String lemma = null;
            for (Reading r : lexicon.readings(w[i])) {
                if (r.tagStarts("ADJ") || r.tagStarts("PA1") || r.tagStarts("PA2")) {
                    lemma = r.lemma();
                    break;
                }
            }
            if (lemma == null) {
                return null;
            }
            adjectives.add(lemma);
        }
        if (i >= w.length) {
            return null;
        }
        NounInfo noun = noun(w[i]);
        if (noun == null) {
            return null;
        }
        String tail = String.join(" ", java.util.Arrays.asList(w).subList(i + 1, w.length));
        return new NounPhrase(article, List.copyOf(adjectives), noun, tail);
    }

    private static final java.util.Set<String> DEFINITE = java.util.Set.of("der", "die", "das", "den", "dem", "des");
    private static final java.util.Set<String> INDEFINITE = java.util.Set.of("ein", "eine", "einen", "einem", "einer", "eines");

    /** A parsed noun phrase: article type, adjective lemmas, head noun, and words after the head kept as they are. */
    public record NounPhrase(Article article, List<String> adjectives, NounInfo noun, String tail) {
    }

    private String adjective(String lemma, Article article, Case c, String gender, int g) {
        String mode = switch (article) {
            case DEF -> "DEF";
            case INDEF -> "IND";
            case NONE -> "SOL";
        };
        List<String> forms = lexicon.forms(lemma, "ADJ:" + c.name() + ":SIN:" + gender + ":GRU:" + mode);
        if (!forms.isEmpty()) {
            return forms.get(0);
        }
        String[][] table = switch (article) {
            case DEF -> WEAK;
            case INDEF -> MIXED;
            case NONE -> STRONG;
        };
        return lemma + table[c.ordinal()][g];
    }

    private String nounForm(NounInfo noun, Case c) {
        List<String> forms = lexicon.forms(noun.lemma(), "SUB:" + c.name() + ":SIN:" + noun.gender());
        String form = forms.isEmpty() ? regular(noun, c) : choose(forms, c);
        return join(noun.prefix(), form);
    }

    /** Without dictionary forms: the regular strong genitive singular (-s after -e/-el/-en/-er, else -es). */
    private static String regular(NounInfo noun, Case c) {
        String l = noun.lemma();
        if (c != Case.GEN || noun.gender().equals("FEM")) {
            return l;
        }
        return S_GENITIVE.matcher(l).matches() ? l + "s" : l + "es";
    }

    /** The dictionary may list variants (Treffen/Treffens): the genitive takes its -s form, else the shortest. */
    private static String choose(List<String> forms, Case c) {
        String best = null;
        for (String f : forms) {
            if (c == Case.GEN && f.endsWith("s") && (best == null || !best.endsWith("s") || f.length() < best.length())) {
                best = f;
            } else if ((best == null || c != Case.GEN || !best.endsWith("s")) && (best == null || f.length() < best.length())) {
                best = f;
            }
        }
        return best;
    }
}
