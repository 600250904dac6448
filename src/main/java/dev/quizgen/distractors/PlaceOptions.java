package dev.quizgen.distractors;

import dev.quizgen.article.Language;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.FactType;
import dev.quizgen.facts.Facts;
import dev.quizgen.nlp.GermanInflection;
import dev.quizgen.nlp.GermanInflection.Case;
import dev.quizgen.nlp.GermanLexicon.Reading;
import dev.quizgen.nlp.Token;
import dev.quizgen.templates.Draft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Wrong places of the answer's kind — a country for a country, a city for a city, a region only
 * from the article — put into the answer's phrase: {@code in Vietnam} → {@code in der Schweiz},
 * {@code in den USA}, {@code im Iran}; {@code nach Amerika} → {@code in die Schweiz};
 * {@code in Vietnam} → {@code in the Netherlands}. Near options lie in the answer's region (or
 * are capitals of countries the article names), far ones elsewhere.
 */
final class PlaceOptions {
    /** Places typed only from context ("in X") are not sure enough to be offered as options. */
    private static final double SURE_PLACE = 0.7;
    private static final Set<String> CONTRACTED = Set.of("im", "am", "beim", "vom", "zum", "zur", "ins", "ans");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");
    private static final Set<String> PREPOSITIONS = Set.of("in", "im", "an", "am", "auf", "aus", "bei", "beim", "nach", "von", "vom",
            "zu", "zum", "zur", "ins", "ans", "to", "at", "from", "near", "into", "of", "on", "by");
    /** Nouns that say what kind of place a name is: "im Grenzort Panmunjom" is a town. */
    private static final Map<String, String> KIND_NOUNS = new LinkedHashMap<>();

    static {
        for (String w : List.of("hauptstadt", "großstadt", "kleinstadt", "stadt", "ort", "dorf", "gemeinde", "metropole",
                "city", "town", "village", "capital")) {
            KIND_NOUNS.put(w, "city");
        }
        for (String w : List.of("bundesland", "bundesstaat", "provinz", "region", "kanton", "insel", "state", "province", "region",
                "county", "island")) {
            KIND_NOUNS.put(w, "region");
        }
        for (String w : List.of("land", "staat", "königreich", "country", "kingdom", "nation")) {
            KIND_NOUNS.put(w, "country");
        }
    }

    private final Facts facts;
    private final PersonList lists;
    private final Language language;

    PlaceOptions(Facts facts, PersonList lists) {
        this.facts = facts;
        this.lists = lists;
        this.language = facts.text().article().language();
    }

    List<Ranked> places(Draft draft) {
        Fact f = draft.fact();
        String answer = draft.answer();
        String answerName = nameOf(f);
        String kind = kindOf(answerName);
        if (kind == null) {
            return List.of();   // of a place whose kind cannot be told, any other could be of another granularity
        }
        Slot slot = slot(draft);
        PlaceList.Place listed = lists.places().lookup(answerName);
        Set<String> articleCountries = articleCountries();
        List<Ranked> raw = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(answerName.toLowerCase(Locale.ROOT));
        Set<PlaceList.Place> listedSeen = new HashSet<>();   // one country once, whatever its name: USA, Amerika
        if (listed != null) {
            listedSeen.add(listed);
        }
        for (Fact o : facts.ofType(FactType.PLACE)) {
            String name = nameOf(o);
            if (o.confidence() < SURE_PLACE || !seen.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String k = kindOf(name);
            if (!kind.equals(k)) {
                continue;   // a country for a country, a city for a city
            }
            PlaceList.Place same = lists.places().lookup(name);
            if (same != null && !listedSeen.add(same)) {
                raw.add(Ranked.rejected(name, "article", 0, "the same place as " + (same == listed ? "the answer" : "another option")));
                continue;
            }
            Ranked r = Ranked.of(name, "article", 0, 0);
            if (sameSentenceSameDirection(f, o)) {
                r = Ranked.rejected(name, "article", 0, "named in the question's sentence too");
            }
            raw.add(r);
        }
        // a bare name outside a place phrase ("Denver erhielt eine Führung") may stand for a team or a government:
        // only the article's own places are safe to swap in, not any country or city of the list
        boolean listsFit = slot.form() != Form.BARE;
        if ("country".equals(kind) && listsFit) {
            for (PlaceList.Place c : lists.places().countries()) {
                String name = c.name(language);
                if (listed != null && listed.country().equals(c.country())) {
                    raw.add(Ranked.rejected(name, "list:countries", 1, "the same country as the answer"));
                } else if (listedSeen.add(c) && seen.add(name.toLowerCase(Locale.ROOT))) {
                    boolean near = listed != null ? c.region().equals(listed.region()) : articleCountries.contains(c.country());
                    raw.add(Ranked.of(name, "list:countries", 1, near ? 0 : 1));
                }
            }
        } else if ("city".equals(kind) && listsFit) {
            Set<String> nearRegions = new HashSet<>();
            if (listed != null) {
                nearRegions.add(listed.region());
            }
            for (PlaceList.Place c : lists.places().countries()) {
                if (articleCountries.contains(c.country())) {
                    nearRegions.add(c.region());
                }
            }
            for (PlaceList.Place c : lists.places().cities()) {
                String name = c.name(language);
                if (!listedSeen.add(c) || !seen.add(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                double distance = listed != null && listed.country().equals(c.country()) || c.capital() && articleCountries.contains(c.country())
                        ? 0 : nearRegions.contains(c.region()) ? 1 : 2;
                if (listed == null && distance > 1 && !c.capital()) {
                    continue;   // far from everything the article names: capitals are the well-known ones
                }
                raw.add(Ranked.of(name, "list:cities", 1, distance));
            }
        }
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : raw) {
            String phrase = fit(slot, r.text());
            if (phrase == null) {
                out.add(Ranked.rejected(r.text(), r.candidate().source(), r.tier(), "its article does not fit the slot"));
            } else {
                // a phrase takes the answer's capital ("In Seoul" at a sentence start); a bare name only at a sentence start
                boolean initial = slot.form() == Form.PHRASE || f.fromToken() == 0;
                out.add(r.withText(initial ? DistractorPicker.matchCase(phrase, answer) : phrase));
            }
        }
        return out;
    }

    /** The name a place fact stands for: its base form for a genitive (Nordkoreas → Nordkorea). */
    private static String nameOf(Fact f) {
        String base = f.slot("base");
        return base != null ? base : f.slot("name") != null ? f.slot("name") : f.text();
    }

    /** Country, city, region, water, mountain — from any fact on the name, the shipped list, or the noun before it. */
    String kindOf(String name) {
        String fromNoun = null;
        for (Fact f : facts.ofType(FactType.PLACE)) {
            if (!nameOf(f).equals(name)) {
                continue;
            }
            if (f.slot("kind") != null) {
                return f.slot("kind");
            }
            String evidence = f.slot("evidence");
            if (evidence != null && evidence.startsWith("after '")) {
                String noun = evidence.substring(7, evidence.length() - 1).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, String> e : KIND_NOUNS.entrySet()) {
                    if (noun.endsWith(e.getKey())) {
                        fromNoun = e.getValue();
                        break;
                    }
                }
            }
        }
        PlaceList.Place listed = lists.places().lookup(name);
        return listed != null ? listed.kind() : fromNoun;
    }

    private Set<String> articleCountries() {
        Set<String> out = new HashSet<>();
        for (Fact f : facts.ofType(FactType.PLACE)) {
            PlaceList.Place p = lists.places().lookup(nameOf(f));
            if (p != null) {
                out.add(p.country());
            }
        }
        return out;
    }

    private static boolean sameSentenceSameDirection(Fact a, Fact b) {
        return a.sentence() == b.sentence() && a.slot("direction") != null && a.slot("direction").equals(b.slot("direction"));
    }

    // ------------------------------------------------------------------ fitting a name into the slot

    /** How the answer names its place: a preposition phrase ({@code im Grenzort Panmunjom}) or the bare name in its sentence. */
    private Slot slot(Draft draft) {
        Fact f = draft.fact();
        String answer = draft.answer();
        String[] words = answer.split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (!answer.equals(f.text()) && words.length > 1 && PREPOSITIONS.contains(first)) {
            return new Slot(Form.PHRASE, first, f.slot("direction"), null, null);
        }
        // the bare name (a true/false statement swaps it): what stands before it in the sentence decides
        List<Token> t = draft.sentence().tokens();
        String before = f.fromToken() > 0 ? t.get(f.fromToken() - 1).text().toLowerCase(Locale.ROOT) : "";
        if (ARTICLES.contains(before) || CONTRACTED.contains(before) || before.equals("the")) {
            String agreement = f.slot("gender") != null && f.slot("number") != null
                    ? f.slot("gender") + ":" + f.slot("number") : articleNeeds(before);
            return new Slot(Form.AFTER_ARTICLE, before, f.slot("direction"), null, agreement);
        }
        if (PREPOSITIONS.contains(before)) {
            return new Slot(Form.AFTER_PREPOSITION, before, f.slot("direction"), null, null);
        }
        return new Slot(Form.BARE, null, f.slot("direction"), f.slot("case"), null);
    }

    private enum Form { PHRASE, AFTER_ARTICLE, AFTER_PREPOSITION, BARE }

    /**
     * The answer's slot.
     *
     * @param form      a whole preposition phrase, or a bare name after an article, after a preposition, or elsewhere
     * @param word      the phrase's preposition, or the word before the bare name
     * @param direction at, to or from
     * @param kase      the case of a bare name elsewhere, when the dictionary could tell
     * @param agreement after an article: the gender:number a name must have to stand after it ({@code FEM:SIN})
     */
    private record Slot(Form form, String word, String direction, String kase, String agreement) {
        private static final Set<String> ACCUSATIVE = Set.of("durch", "für", "gegen", "um");
    }

    /** The candidate name in the answer's form, or null when it cannot stand there. */
    private String fit(Slot slot, String name) {
        return language == Language.DE ? fitGerman(slot, name) : fitEnglish(slot, name);
    }

    private String fitEnglish(Slot slot, String name) {
        boolean the = takesThe(name);
        return switch (slot.form()) {
            case PHRASE -> slot.word() + " " + (the ? "the " : "") + name;
            case AFTER_ARTICLE -> "the".equals(slot.word()) == the ? name : null;
            case AFTER_PREPOSITION, BARE -> (the ? "the " : "") + name;
        };
    }

    private String fitGerman(Slot slot, String name) {
        String[] grammar = germanArticle(name);   // gender, number; null when the name takes no article
        switch (slot.form()) {
            case PHRASE -> {
                String base = baseOf(slot.word());
                if (grammar == null) {
                    return base + " " + name;
                }
                String p = base;
                Case c = Case.DAT;
                if (base.equals("nach")) {
                    p = "in";   // nach Vietnam, but in die Schweiz
                    c = Case.AKK;
                } else if (Slot.ACCUSATIVE.contains(base) || "to".equals(slot.direction()) && Set.of("in", "an", "auf").contains(base)) {
                    c = Case.AKK;
                }
                return contract(p, article(c, grammar)) + " " + inflect(name, c, grammar);
            }
            case AFTER_ARTICLE -> {
                // the sentence keeps its article: only a name of the same gender and number fits after it
                if (language == Language.DE && grammar != null && grammar[1].equals("PLU") && slot.agreement() != null
                        && slot.agreement().endsWith("PLU")) {
                    return name;
                }
                return grammar != null && slot.agreement() != null && slot.agreement().equals(grammar[0] + ":" + grammar[1]) ? name : null;
            }
            case AFTER_PREPOSITION -> {
                if (grammar == null) {
                    return name;
                }
                String base = baseOf(slot.word());
                if (base.equals("nach")) {
                    return null;   // "nach der Schweiz" is wrong, and "in die Schweiz" would change the sentence's preposition
                }
                Case c = Slot.ACCUSATIVE.contains(base) || "to".equals(slot.direction()) ? Case.AKK : Case.DAT;
                return article(c, grammar) + " " + inflect(name, c, grammar);
            }
            default -> {
                if (grammar == null) {
                    return name;
                }
                if (slot.kase() == null) {
                    return null;   // the article's case cannot be told
                }
                Case c = Case.valueOf(slot.kase());
                return article(c, grammar) + " " + inflect(name, c, grammar);
            }
        }
    }

    /** Which gender:number an article or contraction before a name asks for ("im" → MAS singular, "den" → plural). */
    private static String articleNeeds(String word) {
        return switch (word) {
            case "zur" -> "FEM:SIN";
            case "im", "am", "beim", "vom", "zum", "dem", "des" -> "MAS:SIN";
            case "den" -> "MAS:PLU";
            default -> null;   // der, die, das: several genders and cases; too open to swap safely
        };
    }

    private static String baseOf(String preposition) {
        return switch (preposition) {
            case "im", "ins" -> "in";
            case "am", "ans" -> "an";
            case "beim" -> "bei";
            case "vom" -> "von";
            case "zum", "zur" -> "zu";
            default -> preposition;
        };
    }

    private static String article(Case c, String[] grammar) {
        return GermanInflection.definiteArticle(c, grammar[0], grammar[1].equals("PLU") ? GermanInflection.Number.PLU : GermanInflection.Number.SIN);
    }

    private static String contract(String preposition, String article) {
        return switch (preposition + " " + article) {
            case "in dem" -> "im";
            case "in das" -> "ins";
            case "an dem" -> "am";
            case "an das" -> "ans";
            case "bei dem" -> "beim";
            case "von dem" -> "vom";
            case "zu dem" -> "zum";
            case "zu der" -> "zur";
            default -> preposition + " " + article;
        };
    }

    /** A plural name takes -n in the dative (den Niederlanden); others stay as they are. */
    private static String inflect(String name, Case c, String[] grammar) {
        if (c == Case.DAT && grammar[1].equals("PLU") && !name.endsWith("n") && !name.endsWith("s") && !name.endsWith("A")) {
            return name + "n";
        }
        return name;
    }

    /**
     * Gender and number of a German place name that takes an article (die Schweiz → FEM, SIN; die USA
     * → MAS, PLU), or null for a name without one (Vietnam, Seoul): from the shipped list, else the dictionary.
     */
    private String[] germanArticle(String name) {
        PlaceList.Place p = lists.places().lookup(name);
        if (p != null && p.kind().equals("country") && p.de().equals(name)) {   // the list's grammar is its own name's, not an alias's
            return switch (p.deArticle()) {
                case "f" -> new String[] {"FEM", "SIN"};
                case "m" -> new String[] {"MAS", "SIN"};
                case "pl" -> new String[] {"MAS", "PLU"};
                default -> null;
            };
        }
        if (p != null && p.kind().equals("city") || name.contains(" ")) {
            return null;
        }
        boolean bare = false;
        String[] withArticle = null;
        for (Reading r : lists.german().readings(name)) {
            if (r.has("NOA")) {
                bare = true;
            } else if (r.tagStarts("EIG") || r.tagStarts("SUB")) {
                if (r.has("PLU")) {
                    withArticle = new String[] {"MAS", "PLU"};
                } else {
                    for (String g : List.of("MAS", "FEM")) {
                        if (r.has(g) && withArticle == null) {
                            withArticle = new String[] {g, "SIN"};
                        }
                    }
                }
            }
        }
        return bare ? null : withArticle;
    }

    private boolean takesThe(String name) {
        PlaceList.Place p = lists.places().lookup(name);
        if (p != null) {
            return p.kind().equals("country") && p.enThe();
        }
        return name.matches(".*\\b(United|Republic|Kingdom|Islands|Emirates|States)\\b.*");
    }
}
