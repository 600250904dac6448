package dev.quizgen.nlp;

import dev.quizgen.nlp.GermanLexicon.Reading;
import java.util.List;
import java.util.Locale;

/**
 * Builds German singular noun phrases in any case: article, adjective endings and noun form
 * agree ({@code der nordkoreanische Machthaber} → {@code dem nordkoreanischen Machthaber}).
 * Forms come from the dictionary's synthesis data; regular endings are the fallback.
 */
public final class GermanInflection {
    /** German grammatical case. */
    public enum Case { NOM, AKK, DAT, GEN }

    /** Which article the phrase takes: definite, indefinite or none (strong adjective endings). */
    public enum Article { DEF, INDEF, NONE }

    private static final String[][] DEF = {
            // MAS, FEM, NEU  for NOM, AKK, DAT, GEN
            {"der", "die", "das"}, {"den", "die", "das"}, {"dem", "der", "dem"}, {"des", "der", "des"}};
    private static final String[][] INDEF = {
            {"ein", "eine", "ein"}, {"einen", "eine", "ein"}, {"einem", "einer", "einem"}, {"eines", "einer", "eines"}};
    private static final String[][] WEAK = {{"e", "e", "e"}, {"en", "e", "e"}, {"en", "en", "en"}, {"en", "en", "en"}};
    private static final String[][] MIXED = {{"er", "e", "es"}, {"en", "e", "es"}, {"en", "en", "en"}, {"en", "en", "en"}};
    private static final String[][] STRONG = {{"er", "e", "es"}, {"en", "e", "es"}, {"em", "er", "em"}, {"en", "er", "en"}};

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
        for (Reading r : lexicon.readings(w)) {
            if (r.tagStarts("SUB") && r.has("SIN")) {
                for (String g : List.of("MAS", "FEM", "NEU")) {
                    if (r.has(g)) {
                        return new NounInfo(prefix, r.lemma(), g);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The phrase {@code [article] [adjectives] noun} in the given case, singular.
     *
     * @param adjectiveLemmas lemmas of the adjectives, in order ({@code nordkoreanisch})
     * @param noun            the noun's lemma and gender
     */
    public String phrase(Article article, List<String> adjectiveLemmas, NounInfo noun, Case c) {
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
