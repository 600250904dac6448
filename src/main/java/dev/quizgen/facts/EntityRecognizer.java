package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.AnalyzedText;
import dev.quizgen.nlp.GermanLexicon.Reading;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds names and types them without a statistical NER model: dictionary name classes (first
 * name, surname, city, country…), a gazetteer of well-known places, country names, role nouns
 * before a name, organisation and place head nouns, event and work words (which make a name
 * OTHER), team-like plurals, acronyms, context ({@code in X}, {@code X, who}, {@code X died},
 * {@code sagte X}), lists ({@code Krakau, Danzig oder Posen}) and, last, propagation through the
 * document (once {@code Donald Trump} is a person, {@code Trump} and {@code Trumps} are too).
 * Names that fit no rule get a typed guess with a low confidence (below 0.6, which questions
 * do not use).
 */
public final class EntityRecognizer {
    private static final Set<String> PLACE_PREPOSITIONS_DE = Set.of("in", "im", "aus", "nach", "bei", "nahe");
    private static final Set<String> PLACE_PREPOSITIONS_EN = Set.of("in", "from", "near", "at", "to");
    private static final Set<String> NAME_JOINERS = Set.of("of", "von", "van", "de", "del", "da", "la", "le", "bin", "al", "&");
    private static final Set<String> NOT_NAMES = Set.of("ich", "du", "er", "sie", "es", "wir", "ihr", "i");
    private static final Set<String> LIST_JOINERS = Set.of(",", "und", "oder", "sowie", "bzw.", "noch", "and", "or", "nor", "&");
    /** English only: German "sein" is also "its" (Polonia wurde wegen seiner Finanzen …). */
    private static final Set<String> HIS = Set.of("his", "her", "himself", "herself");
    private static final Set<String> DETERMINERS = Set.of("the", "die", "der", "den", "des");
    private static final Set<String> OPENING_QUOTES = Set.of("„", "\"", "“", "»", "«", "‚");
    private static final Set<String> CLOSING_QUOTES = Set.of("“", "”", "\"", "«", "»", "‘", "’");
    private static final String ROMAN = "[IVX]{1,5}";
    /**
     * Organisation nouns that follow a name in English ("the Daily Mail newspaper", "the Acme
     * company"); not church, society or department, which follow adjectives ("Ottoman society").
     */
    private static final Set<String> NAMED_BEFORE = Set.of("newspaper", "magazine", "company", "corporation", "agency",
            "network", "channel", "party", "airline", "broadcaster", "label", "studio");
    /** Place prefixes that also begin names of people, papers and bands (El País, Le Monde, New Order, Saint Augustine). */
    private static final Set<String> NOT_PLACE_PREFIXES = Set.of("El", "La", "Le", "New", "Neu", "Saint", "St.");

    private static final java.util.regex.Pattern CAPITAL = java.util.regex.Pattern.compile("\\p{Lu}");
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.?");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}0-9&]*\\p{Lu}");
    /** Camel-case brand spelling: StubHub, YouTube, PlayStation. */
    private static final java.util.regex.Pattern BRAND = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*");
    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile(ROMAN + "|[IVXLCDM]{2,7}");

    private final Lexicon lexicon;

    public EntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> recognize(AnalyzedText text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            findNames(s, mentions);
        }
        List<Mention> typed = families(inTitles(text, mentions));
        typed = propagate(typed);
        typed = listed(text, typed);
        typed = seats(text, typed);
        typed = abbreviations(text, typed);
        typed = owners(typed);
        typed = repeatedPlaces(text, typed);
        typed = propagate(typed);
        typed = peoples(text, typed);
        return teams(text, typed);
    }

    /**
     * Names inside a quoted title are not facts of the article ({@code the title "Flung to the
     * Heedless Winds"}): a quotation in English title case, or right after a title noun.
     */
    private List<Mention> inTitles(AnalyzedText text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int[] quote = quoteAround(text.sentences().get(m.sentence()).tokens(), m.fromToken(), m.toToken());
            if (quote != null && isTitle(text.sentences().get(m.sentence()).tokens(), quote[0], quote[1])
                    && !(quote[0] + 1 == m.fromToken() && quote[1] == m.toToken())) {
                out.add(m.withType(EntityType.OTHER, 0.3, "inside a quoted title", null));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The opening and closing quotation mark around tokens [from, to) in the sentence, or null. */
    private static int[] quoteAround(List<Token> t, int from, int to) {
        int open = -1;
        for (int k = 0; k < from; k++) {
            if (open < 0 && OPENING_QUOTES.contains(t.get(k).text())) {
                open = k;
            } else if (open >= 0 && CLOSING_QUOTES.contains(t.get(k).text())) {
                open = -1;
            }
        }
        if (open < 0) {
            return null;
        }
        for (int k = to; k < t.size(); k++) {
            if (CLOSING_QUOTES.contains(t.get(k).text())) {
                return new int[] {open, k};
            }
        }
        return null;
    }

    private boolean isTitle(List<Token> t, int open, int close) {
        int b = open - 1;
        if (b >= 0 && t.get(b).text().equals(",")) {
            b--;
        }
        if (b >= 0 && lexicon.isTitleNoun(t.get(b).text())) {
            return true;
        }
        if (lexicon.language() != Language.EN) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int k = open + 1; k < close; k++) {
            if (t.get(k).text().length() >= 4 && Character.isLetter(t.get(k).text().charAt(0))) {
                words++;
                capitalised += t.get(k).isCapitalized() ? 1 : 0;
            }
        }
        return words >= 2 && capitalised == words;   // Flung to the Heedless Winds
    }

    /**
     * A family's name is a surname: after {@code die Familie Drengot}, {@code Rainulf Drengot} is a
     * person (the family itself is not, and keeps its own type).
     */
    private static List<Mention> families(List<Mention> mentions) {
        Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if ("family".equals(m.subtype())) {
                surnames.add(m.text());
            }
        }
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int space = m.text().lastIndexOf(' ');
            if (space > 0 && m.confidence() < 0.8 && m.type() != EntityType.ORGANIZATION
                    && surnames.contains(m.text().substring(space + 1)) && m.text().split(" ").length <= 3) {
                out.add(m.withType(EntityType.PERSON, 0.8, "surname of the family '" + m.text().substring(space + 1) + "'", null));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * {@code das Heimstadion Polonias}: a name in the genitive after a place noun is the place's
     * owner, not its name, when the article also names it without the -s.
     */
    private List<Mention> owners(List<Mention> mentions) {
        if (lexicon.language() != Language.DE) {
            return mentions;
        }
        Set<String> texts = new java.util.HashSet<>();
        for (Mention m : mentions) {
            texts.add(m.text());
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String t = m.text();
            if (m.type() == EntityType.PLACE && m.evidence().startsWith("after '") && t.endsWith("s") && !t.contains(" ")
                    && texts.contains(t.substring(0, t.length() - 1))) {
                out.add(m.withType(EntityType.OTHER, 0.3, "genitive after a place noun (its owner)", null));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A name that stands after "in" (and the like) two times or more, and nowhere with a surer
     * other type, is a place: one "in Victoria" is weak evidence, three are not.
     */
    private List<Mention> repeatedPlaces(AnalyzedText text, List<Mention> mentions) {
        Map<String, Integer> placeUses = new HashMap<>();
        Set<String> other = new java.util.HashSet<>();
        Set<String> prepositions = lexicon.language() == Language.DE ? PLACE_PREPOSITIONS_DE : PLACE_PREPOSITIONS_EN;
        for (Mention m : mentions) {
            if (m.type() != EntityType.PLACE && m.type() != EntityType.OTHER && m.confidence() >= 0.6) {
                other.add(m.text());
            }
            if (m.fromToken() > 0 && !m.text().contains(" ") && !m.text().matches(".*\\d.*")) {
                String prep = text.sentences().get(m.sentence()).tokens().get(m.fromToken() - 1).text().toLowerCase(Locale.ROOT);
                if (prepositions.contains(prep) && !prep.equals("from")) {
                    placeUses.merge(m.text(), 1, Integer::sum);
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (placeUses.getOrDefault(m.text(), 0) >= 2 && !other.contains(m.text()) && m.type() == EntityType.PLACE
                    && m.confidence() >= 0.5 && m.confidence() < 0.7) {
                out.add(m.withType(EntityType.PLACE, 0.7, "after a place preposition " + placeUses.get(m.text()) + " times", m.subtype()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Once one "Franken" is the people, the others without a place preposition are too. */
    private List<Mention> peoples(AnalyzedText text, List<Mention> mentions) {
        Set<String> peoples = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.evidence().startsWith("a people")) {
                peoples.add(m.text());
            }
        }
        if (peoples.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean afterPreposition = m.fromToken() > 0 && PLACE_PREPOSITIONS_DE.contains(
                    text.sentences().get(m.sentence()).tokens().get(m.fromToken() - 1).text().toLowerCase(Locale.ROOT));
            if (peoples.contains(m.text()) && m.type() == EntityType.PLACE && !afterPreposition) {
                out.add(m.withType(EntityType.OTHER, 0.8, "a people, as elsewhere in the article", null));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Sports reports name teams by their city: {@code Denver erhielt eine 24-10 Führung}, {@code
     * Carolina's secondary}. In an article with team names, a place that never stands where a
     * place does (after in/nach/from, in a list of places, before a place noun) is a team.
     */
    private List<Mention> teams(AnalyzedText text, List<Mention> mentions) {
        int teams = 0;
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.confidence() >= 0.6 && m.evidence().startsWith("plural name")) {
                teams++;
            }
        }
        if (teams == 0) {
            return mentions;
        }
        Map<String, Boolean> placeLike = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        Set<String> texts = new java.util.HashSet<>();
        for (Mention m : mentions) {
            texts.add(m.text());
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE) {
                continue;
            }
            String key = teamKey(m, texts);
            boolean place = placeContext(text, mentions, k) || m.evidence().equals("country name");
            placeLike.merge(key, place, Boolean::logicalOr);
            uses.merge(key, 1, Integer::sum);
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.evidence().startsWith("plural name")) {
                for (String key : placeLike.keySet()) {
                    if (m.text().startsWith(key + " ")) {
                        uses.merge(key, 1, Integer::sum);   // New England Patriots … New Englands Versuch
                    }
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            // a team is named more than once; one bare mention of a place is too little to go on
            if (m.type() == EntityType.PLACE && Boolean.FALSE.equals(placeLike.get(teamKey(m, texts))) && isKnownPlaceName(m)
                    && uses.get(teamKey(m, texts)) >= 2) {
                out.add(m.withType(EntityType.ORGANIZATION, 0.65, "a place that stands for a team", null));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** A city or region known by name (gazetteer, dictionary, or the same name elsewhere), not by its form or context. */
    private static boolean isKnownPlaceName(Mention m) {
        String e = m.evidence();
        return !m.text().matches(".*[-–].*") && m.text().split(" ").length <= 2
                && (e.startsWith("gazetteer") || e.startsWith("dictionary") || e.startsWith("genitive of") || e.startsWith("same name"));
    }

    /** The name without a German genitive -s when the article has it so too (Denvers → Denver, New Englands → New England). */
    private String teamKey(Mention m, Set<String> texts) {
        String base = genitiveBase(m.text());
        return base != null && !base.equals(m.text()) && texts.stream().anyMatch(x -> x.equals(base) || x.startsWith(base + " "))
                ? base : m.text();
    }

    /** Whether a place mention stands where only places stand: after a place preposition, by a place noun, in a list of places. */
    private boolean placeContext(AnalyzedText text, List<Mention> mentions, int k) {
        Mention m = mentions.get(k);
        List<Token> t = text.sentences().get(m.sentence()).tokens();
        Set<String> prepositions = lexicon.language() == Language.DE
                ? Set.of("in", "im", "aus", "nach", "bei", "nahe", "von", "zwischen", "nördlich", "südlich", "östlich", "westlich")
                : Set.of("in", "from", "near", "at", "to", "of", "between");
        int b = m.fromToken() - 1;
        while (b >= 0 && (t.get(b).is("DET") || t.get(b).is("ADJ"))) {
            b--;
        }
        if (b >= 0 && (prepositions.contains(t.get(b).text().toLowerCase(Locale.ROOT))
                || lexicon.isPlaceHead(t.get(b).text()) && (t.get(b).is("NOUN") || t.get(b).is("PROPN")))) {
            return true;
        }
        if (m.toToken() < t.size() && (lexicon.isPlaceHead(t.get(m.toToken()).text()) || t.get(m.toToken()).text().equals(","))
                && !m.evidence().startsWith("genitive")) {
            return true;   // "Denver metropolitan area", "Santa Clara, California"
        }
        for (int d : new int[] {-1, 1}) {
            int n = k + d;
            if (n >= 0 && n < mentions.size() && mentions.get(n).type() == EntityType.PLACE && mentions.get(n).sentence() == m.sentence()
                    && Math.abs((d < 0 ? m.fromToken() - mentions.get(n).toToken() : mentions.get(n).fromToken() - m.toToken())) <= 2) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ finding name spans

    private void findNames(Sentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            int forName = germanOrganisationFor(t, i);
            if (forName > i) {
                out.add(type(s, i, forName));
                i = forName;
                continue;
            }
            int adjectiveName = germanAdjectiveName(t, i);
            if (adjectiveName > i) {
                adjectiveName = withGenitivePlace(t, adjectiveName);
                out.add(type(s, i, adjectiveName));
                i = adjectiveName;
                continue;
            }
            if (!isNameToken(t, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size()) {
                if (isNameToken(t, j)) {
                    j++;
                } else if (j + 1 < t.size() && t.get(j).text().equals(".") && t.get(j - 1).text().matches("\\p{Lu}")
                        && t.get(j).span().start() == t.get(j - 1).span().end() && isNameToken(t, j + 1)) {
                    j += 2;   // John C. Messenger, William E. Simon
                } else if (j + 2 < t.size() && t.get(j).text().equals("of") && t.get(j + 1).text().equals("the")
                        && isNameToken(t, j + 2) && hasHead(t, i, j)) {
                    j += 3;   // Supreme Court of the United States
                } else if (lexicon.language() == Language.EN && j + 1 < t.size() && Set.of("on", "for", "and").contains(t.get(j).text())
                        && isNameToken(t, j + 1) && !t.get(j + 1).is("ADJ") && hasOrganisationHead(t, i, j)
                        && !(j + 2 < t.size() && t.get(j + 2).is("NOUN") && !t.get(j + 2).isCapitalized())) {
                    // not "the Roman Catholic Church for Lutheran views": a word before a common noun is its adjective
                    j += 2;   // General Conference on Weights and Measures
                } else if (j + 1 < t.size() && NAME_JOINERS.contains(t.get(j).text()) && isNameToken(t, j + 1)
                        && !(t.get(j).text().equals("of") && lexicon.isFirstName(t.get(j + 1).text()) && !hasHead(t, i, j)
                            && !lexicon.isRole(t.get(j - 1).text()))) {
                    j += 2;   // not "The Judgement | of | Martin Luther": a person's name after "of" is a name of its own
                } else if (j + 2 < t.size() && NAME_JOINERS.contains(t.get(j).text())
                        && NAME_JOINERS.contains(t.get(j + 1).text()) && isNameToken(t, j + 2)) {
                    j += 3;   // Gadifer de la Salle
                } else if (j + 1 < t.size() && Set.of("von", "van", "de").contains(t.get(j).text()) && lexicon.isFirstName(t.get(j - 1).text())
                        && t.get(j + 1).isCapitalized() && t.get(j + 1).text().chars().allMatch(Character::isLetter)) {
                    j += 2;   // Carl von Linde, Wernher von Braun: after a first name, a surname may be a common noun
                } else {
                    break;
                }
            }
            // den Defensive End Kony Ealy: the adjective of a two-word role stands outside the run
            if (i > 0 && j - i >= 2 && lexicon.isListedRole(t.get(i - 1).text() + " " + t.get(i).text())) {
                i++;
            }
            // Southern Border Region, Great Lakes Megalopolis: an English name with its head noun, which German also has
            if (lexicon.language() == Language.DE && j < t.size() && j - i >= 2 && t.get(j).isCapitalized()
                    && (lexicon.isForeignPlaceHead(t.get(j).text()) || lexicon.isForeignOrganisationHead(t.get(j).text()))
                    && !lexicon.german().knows(t.get(j - 1).text())) {
                j++;
            }
            // dem Poitevin Gadifer de la Salle: German names take no article, so the word after one is a noun
            if (lexicon.language() == Language.DE && i > 0 && t.get(i - 1).is("DET") && j - i >= 4
                    && Set.of("von", "van", "de", "da", "del").contains(t.get(i + 2).text()) && !lexicon.isFirstName(t.get(i).text())
                    && !lexicon.isPlacePrefix(t.get(i).text()) && !hasHead(t, i, j)) {
                i++;
            }
            for (int[] seg : segments(t, i, j)) {
                int to = seg[1];
                // Heinrich III. / Sergius IV. von Neapel: the ordinal's full stop belongs to the name
                if (t.get(to - 1).text().matches(ROMAN) && to - seg[0] >= 2 && to + 1 < t.size()
                        && t.get(to).text().equals(".") && t.get(to).span().start() == t.get(to - 1).span().end()) {
                    to++;
                }
                out.add(type(s, seg[0], to));
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * German organisations named by their head noun and what they are for: {@code das Bundesamt für
     * Energie}, {@code die Generalkonferenz für Maß und Gewicht}, {@code das Upati Institut für
     * darstellende Kunst}. Starts at a capitalised word (or a name run) ending in an organisation
     * noun after a definite article; returns the token after the name, or {@code i}.
     */
    private int germanOrganisationFor(List<Token> t, int i) {
        if (lexicon.language() != Language.DE || i == 0 || !t.get(i).isCapitalized()
                || !Set.of("der", "die", "das", "dem", "den", "des", "(").contains(t.get(i - 1).text().toLowerCase(Locale.ROOT))) {
            return i;
        }
        int head = i;
        while (head + 1 < t.size() && t.get(head + 1).isCapitalized() && !t.get(head + 1).isPunct() && head - i < 3) {
            head++;   // Upati Institut
        }
        while (head > i && !lexicon.isOrganisationHead(t.get(head).text())) {
            head--;
        }
        if (!lexicon.isOrganisationHead(t.get(head).text()) || lexicon.isRole(t.get(head).text())
                || head + 2 >= t.size() || !t.get(head + 1).text().equals("für")) {
            return i;
        }
        int k = head + 2;
        int end = -1;
        while (k < t.size()) {
            while (k < t.size() && !t.get(k).isCapitalized() && isAdjective(t.get(k))) {
                k++;   // darstellende (the tagger may call it DET)
            }
            if (k >= t.size() || !(t.get(k).is("NOUN") || t.get(k).is("PROPN")) || !t.get(k).isCapitalized()) {
                break;
            }
            end = ++k;
            if (k + 1 < t.size() && Set.of("und", "&").contains(t.get(k).text()) && t.get(k + 1).isCapitalized()) {
                k++;
            } else {
                break;
            }
        }
        return end > 0 ? end : i;
    }

    /**
     * {@code Oberste Gerichtshof der Vereinigten Staaten}: an organisation named with its country in
     * the genitive is one name. Returns the token after the longer name, or {@code end}.
     */
    private int withGenitivePlace(List<Token> t, int end) {
        if (!lexicon.isOrganisationHead(t.get(end - 1).text()) || end + 1 >= t.size()
                || !Set.of("der", "des").contains(t.get(end).text())) {
            return end;
        }
        int place = germanAdjectiveName(t, end + 1);
        if (place > end + 1 && lexicon.isPlaceHead(t.get(place - 1).text())) {
            return place;
        }
        String w = t.get(end + 1).text();
        boolean country = lexicon.isCountry(w) || lexicon.gazetteer(w) != null || placeClass(lexicon.nameClasses(w)) != null;
        return country && (end + 2 == t.size() || !t.get(end + 2).isCapitalized()) ? end + 2 : end;
    }

    private boolean isGenitivePlace(String word) {
        String base = lexicon.genitiveBase(word);
        if (base == null && word.endsWith("s")) {
            base = word.substring(0, word.length() - 1);
        }
        return base != null && !base.equals(word) && (lexicon.isCountry(base) || lexicon.gazetteer(base) != null
                || placeClass(lexicon.nameClasses(base)) != null);
    }

    private boolean hasOrganisationHead(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.isOrganisationHead(t.get(k).text()) && !lexicon.isRole(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasHead(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.isOrganisationHead(t.get(k).text()) || lexicon.isPlaceHead(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a run of capitalised words where it holds more than one name: role words are
     * dropped ({@code Pro Bowl Defensive Tackle | Kawann Short}), a first name after other words
     * starts a new name ({@code Defensive End | Jared Allen}), and in German a place noun inside
     * ends one ({@code Kanarischen Inseln | Lanzarote}). A run with an organisation word stays
     * whole ({@code General Conference on Weights and Measures}).
     */
    private List<int[]> segments(List<Token> t, int from, int to) {
        List<int[]> out = new ArrayList<>();
        // Australiens Liberal Party: a place in the genitive before a name is not part of it
        if (lexicon.language() == Language.DE && to - from >= 2 && isGenitivePlace(t.get(from).text())) {
            out.add(new int[] {from, from + 1});
            from++;
        }
        // Leon Schillers Musiktheater Melodram, Luthers Doktrin: a German common noun inside ends the name before it
        if (lexicon.language() == Language.DE) {
            for (int k = from + 1; k < to; k++) {
                if (isCommonNounInName(t, k, to)) {
                    out.addAll(segments(t, from, k));
                    if (k + 1 < to) {
                        out.addAll(segments(t, k + 1, to));
                    }
                    return out;
                }
            }
        }
        for (int k = from; k < to; k++) {
            if ((lexicon.isOrganisationHead(t.get(k).text()) || k > from && lexicon.isForeignOrganisationHead(t.get(k).text()))
                    && !lexicon.isRole(t.get(k).text())) {
                out.add(new int[] {from, to});
                return out;
            }
        }
        int start = from;
        for (int k = from; k <= to; k++) {
            boolean end = k == to;
            boolean twoWordRole = !end && k + 1 < to && lexicon.isListedRole(t.get(k).text() + " " + t.get(k + 1).text());
            boolean role = !end && (twoWordRole || lexicon.isRole(t.get(k).text()));
            boolean firstName = !end && k > start && lexicon.isFirstName(t.get(k).text())
                    && !lexicon.isFirstName(t.get(k - 1).text()) && !NAME_JOINERS.contains(t.get(k - 1).text())
                    && !t.get(k - 1).text().matches(ROMAN + "|\\p{Lu}|\\.")
                    && (!t.get(k - 1).is("PROPN") || lexicon.isCommonNoun(t.get(k - 1).text())
                        || to - k >= 2 && !lexicon.isPlacePrefix(t.get(k - 1).text()))
                    && !(k + 2 == to && t.get(k + 1).text().matches("[IVXLC]+\\.?"));   // Toyota Corona Mark II
            boolean afterPlaceNoun = !end && lexicon.language() == Language.DE && k > start + 1
                    && lexicon.isPlaceHead(t.get(k - 1).text()) && lexicon.isCommonNoun(t.get(k - 1).text());
            // Australiens Liberal Party: a place in the genitive before a name is not part of it
            boolean afterGenitivePlace = !end && k == start + 1 && lexicon.language() == Language.DE
                    && isGenitivePlace(t.get(k - 1).text());
            if (end || role || firstName || afterPlaceNoun || afterGenitivePlace) {
                int a = start;
                int b = k;
                while (a < b && NAME_JOINERS.contains(t.get(a).text())) {
                    a++;
                }
                while (b > a && NAME_JOINERS.contains(t.get(b - 1).text())) {
                    b--;
                }
                if (b > a) {
                    out.add(new int[] {a, b});
                }
                start = twoWordRole ? k + 2 : role ? k + 1 : k;
                if (twoWordRole) {
                    k++;
                }
            }
        }
        return out;
    }

    /** A German noun (or a compound whose last part is one) the dictionary reads only as a plural: "Pestepidemien". */
    private boolean pluralCommonNoun(String w) {
        var readings = lexicon.german().readings(w);
        for (int k = 3; readings.isEmpty() && k + 3 <= w.length(); k++) {
            readings = lexicon.german().readings(Character.toUpperCase(w.charAt(k)) + w.substring(k + 1));   // Pest|epidemien
        }
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.tagStarts("SUB") && r.has("PLU"));
    }

    /**
     * A German common noun (or a compound with one as its head) that the tagger put inside a run
     * of names. Organisation and place nouns at the end of the run stay (they may name it), and
     * so do event and role words (other rules read them).
     */
    private boolean isCommonNounInName(List<Token> t, int k, int to) {
        String w = t.get(k).text();
        if (w.indexOf('-') >= 0 || isAcronym(w) || !lexicon.nameClasses(w).isEmpty() || lexicon.gazetteer(w) != null
                || lexicon.isCountry(w) || lexicon.isCompany(w) || lexicon.isFirstName(w) || lexicon.isRole(w)
                || lexicon.isEventHead(w) || lexicon.isForeignOrganisationHead(w) || lexicon.isForeignPlaceHead(w)) {
            return false;
        }
        boolean compound = !lexicon.german().knows(w) && lexicon.modifier(w) != null && lexicon.isCommonNoun(lexicon.head(w));
        // after a genitive (Luthers Doktrin) or as a compound (Musiktheater); a bare noun after a first name
        // is more often a surname that is also a word (Nikola Tesla, Isaac Newton)
        String before = t.get(k - 1).text();
        boolean afterGenitive = before.length() > 3 && before.endsWith("s") && !lexicon.isFirstName(before);
        if (!afterGenitive || !(compound || lexicon.isCommonNoun(w))) {
            return false;
        }
        return k < to - 1 || !(lexicon.isOrganisationHead(w) || lexicon.isPlaceHead(w));
    }

    /**
     * German names made of capitalised adjectives and an organisation or place noun: {@code Oberste
     * Gerichtshof}, {@code Polnischen Fußballverbandes}, {@code Kanarischen Inseln}. Returns the
     * token after the name, or {@code i} when there is none.
     */
    private int germanAdjectiveName(List<Token> t, int i) {
        if (lexicon.language() != Language.DE || !isCapitalisedAdjective(t.get(i)) || i == 0
                || !(t.get(i - 1).is("DET") || t.get(i - 1).pos().startsWith("ADP") || t.get(i - 1).text().equals("("))) {
            return i;
        }
        int k = i + 1;
        while (k < t.size() && isCapitalisedAdjective(t.get(k)) && !(t.get(k).is("NOUN")
                && (lexicon.isOrganisationHead(t.get(k).text()) || lexicon.isPlaceHead(t.get(k).text())))) {
            k++;   // not "Reich" in "das Byzantinische Reich": reich is an adjective too
        }
        if (k >= t.size() || !t.get(k).isCapitalized() || !(t.get(k).is("NOUN") || t.get(k).is("PROPN"))) {
            return i;
        }
        String head = t.get(k).text();
        return lexicon.isOrganisationHead(head) || lexicon.isPlaceHead(head) ? k + 1 : i;
    }

    private boolean isAdjective(Token tok) {
        if (tok.is("ADJ")) {
            return true;
        }
        for (Reading r : lexicon.german().readings(tok.text())) {
            if (r.tagStarts("ADJ") || r.tagStarts("PA1") || r.tagStarts("PA2")) {
                return true;
            }
        }
        return false;
    }

    private boolean isCapitalisedAdjective(Token tok) {
        if (!tok.isCapitalized() || tok.text().length() < 3) {
            return false;
        }
        for (Reading r : lexicon.german().readings(tok.text().toLowerCase(Locale.GERMAN))) {
            if (r.tagStarts("ADJ") || r.tagStarts("PA2") || r.tagStarts("PA1")) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameToken(List<Token> t, int i) {
        Token tok = t.get(i);
        String w = tok.text();
        if (!tok.isCapitalized() || w.length() < 2 && !CAPITAL.matcher(w).matches()) {
            return false;
        }
        if (lexicon.isWeekday(w) || lexicon.isMonth(w) || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (INITIAL.matcher(w).matches() && i + 1 < t.size() && t.get(i + 1).is("PROPN")) {
            return true;   // an initial
        }
        if (w.matches(ROMAN + "\\.?") && i > 0 && t.get(i - 1).isCapitalized() && !t.get(i - 1).isPunct()) {
            return true;   // Heinrich III
        }
        if (lexicon.isCurrency(w)) {
            return false;   // EUR, GBP
        }
        if (lexicon.language() == Language.DE && tok.is("PROPN") && lexicon.isCommonNoun(w) && !lexicon.isDictionaryName(w)
                && lexicon.gazetteer(w) == null && !lexicon.isFirstName(w) && !lexicon.isCountry(w) && !isAcronym(w)
                && !lexicon.isCompany(w)
                && !(i > 0 && t.get(i - 1).isCapitalized() && (t.get(i - 1).is("PROPN") || BRAND.matcher(t.get(i - 1).text()).matches()))
                && !(i + 1 < t.size() && t.get(i + 1).isCapitalized() && t.get(i + 1).is("PROPN"))) {
            return false;   // Betrieb, Musiktheater: German nouns the tagger took for names
        }
        if (lexicon.language() == Language.DE && tok.is("PROPN") && i + 1 < t.size() && t.get(i + 1).is("PROPN")
                && (lexicon.gazetteer(t.get(i + 1).text()) != null || lexicon.isCountry(t.get(i + 1).text()))
                && pluralCommonNoun(w) && !lexicon.isDictionaryName(w) && lexicon.gazetteer(w) == null) {
            // "verwüsteten Pestepidemien London": a plural common noun before a known place is the subject, not part of
            // its name (but "American Automobile Association" keeps its "Automobile")
            return false;
        }
        if (lexicon.language() == Language.DE && germanPlaceWord(t, i) != null) {
            return true;
        }
        if (lexicon.language() == Language.DE && tok.is("NOUN") && isForeignWord(w)) {
            boolean afterPlace = i > 0 && t.get(i - 1).isCapitalized() && !isGenitivePlace(t.get(i - 1).text())
                    && (lexicon.isCountry(t.get(i - 1).text()) || lexicon.gazetteer(t.get(i - 1).text()) != null
                        || placeClass(lexicon.nameClasses(t.get(i - 1).text())) != null);
            if (afterPlace && w.matches("\\p{Lu}\\p{Ll}+s") || BRAND.matcher(w).matches()
                    || i + 1 < t.size() && (lexicon.isForeignOrganisationHead(t.get(i + 1).text())
                        || lexicon.isForeignPlaceHead(t.get(i + 1).text()))) {
                return true;   // New England Patriots, StubHub Center, Northeastern Megalopolis
            }
        }
        if (lexicon.language() == Language.DE && w.indexOf('-') > 0 && !isAcronym(w)) {
            // Korea-Krieg, US-Präsident: a compound with a common-noun head is not a name
            String head = w.substring(w.lastIndexOf('-') + 1);
            if (!head.isEmpty() && Character.isUpperCase(head.charAt(0)) && lexicon.isCommonNoun(head)) {
                return false;
            }
        }
        boolean foreignHeadFollows = i + 1 < t.size() && (lexicon.isForeignOrganisationHead(t.get(i + 1).text())
                || lexicon.isForeignPlaceHead(t.get(i + 1).text()));
        if (lexicon.language() == Language.DE && isCapitalisedAdjective(tok) && lexicon.nameClasses(w).isEmpty()
                && !foreignHeadFollows) {
            return false;   // Lateinisch, Englischen, Amerikanische: adjectives, not names
        }
        if (lexicon.language() == Language.EN && i > 0 && w.chars().allMatch(Character::isLetter)
                && (lexicon.isFirstName(w) && i + 1 < t.size() && t.get(i + 1).isCapitalized()
                        && t.get(i + 1).text().chars().allMatch(Character::isLetter)
                    || i > 1 && lexicon.isFirstName(t.get(i - 1).text()) && t.get(i - 1).isCapitalized() && !t.get(i - 2).isPunct())) {
            return true;   // "with which Henry Cole, the museum's first director": a first name and the word after it, whatever the tagger says
        }
        if (tok.is("PROPN")) {
            if (lexicon.language() == Language.EN && lexicon.isRole(w) && i + 1 < t.size() && t.get(i + 1).is("PROPN")) {
                return false;   // "President Trump": the title is not part of the name
            }
            boolean orgFollows = i + 1 < t.size() && lexicon.isOrganisationHead(t.get(i + 1).text());
            return orgFollows || !(lexicon.language() == Language.DE && lexicon.isRole(w) && lexicon.isCommonNoun(w));
        }
        if (isAcronym(w)) {
            return true;
        }
        if (lexicon.gazetteer(w) != null || lexicon.isCompany(w)) {
            return true;
        }
        if (lexicon.language() == Language.EN && tok.is("ADJ") && i > 0 && i + 1 < t.size()
                && (t.get(i + 1).is("PROPN") || t.get(i + 1).is("NOUN") && t.get(i + 1).isCapitalized())) {
            return true;   // "National Football League"
        }
        if (lexicon.language() == Language.EN && tok.is("VERB") && i > 0 && !t.get(i - 1).isPunct()
                && !t.get(i - 1).isCapitalized() && (!t.get(i - 1).text().equals("to") || i + 1 == t.size()
                    || !t.get(i + 1).isCapitalized() && !t.get(i + 1).is("DET") && !t.get(i + 1).is("PRON"))) {
            // "thronged to Wittenberg to hear": a verb after "to" would have its object next ("A Machine to End War")
            return true;   // "and Manning completed", "to Bennie Fowler": names the tagger took for verbs
        }
        if (lexicon.language() == Language.EN && (tok.is("ADJ") || tok.is("ADV")) && i > 1 && t.get(i - 1).is("PROPN")
                && t.get(i - 1).isCapitalized()
                && !t.get(i - 2).isPunct()) {
            return true;   // "Kawann Short": a surname the tagger took for an adjective
        }
        if (lexicon.language() == Language.DE) {
            // nouns are capitalised in German: only dictionary names count (Trump tagged NOUN)
            return (tok.is("NOUN") || tok.is("X")) && !lexicon.nameClasses(w).isEmpty() && !lexicon.isCommonNoun(w);
        }
        if ((tok.is("NOUN") || tok.is("X")) && i > 1 && t.get(i - 1).text().equals(",") && t.get(i - 2).isCapitalized()
                && !lexicon.isRole(w)) {
            return true;   // "Ontario, Burbank and Long Beach": the next name of a list
        }
        return (tok.is("NOUN") || tok.is("X")) && i > 0 && !t.get(i - 1).is("PUNCT") && !lexicon.isRole(w);
    }

    /**
     * German words the dictionary lacks that are place names by their form: a compound of a name
     * and a place noun ({@code Euphrattal}, {@code Konwiktorska-Straße}), a hyphenated foreign name
     * ({@code Île-de-France}), a region in {@code -ien} ({@code Ostanatolien}) or, after an article,
     * in {@code -ie}/{@code -ei} ({@code der Picardie}). Returns what it is, or null.
     */
    private String germanPlaceWord(List<Token> t, int i) {
        Token tok = t.get(i);
        String w = tok.text();
        if (!tok.isCapitalized() || w.length() < 4 || lexicon.german().knows(w) || isAcronym(w)
                || !(tok.is("NOUN") || tok.is("PROPN") || tok.is("X"))) {
            return null;
        }
        String modifier = lexicon.modifier(w);
        if (modifier != null && lexicon.isPlaceCompound(w)) {
            return lexicon.isNameModifier(modifier) ? "name and place word '" + lexicon.compoundHead(w) + "'" : null;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (part.isEmpty() || Character.isUpperCase(part.charAt(0)) && (lexicon.isCommonNoun(part)
                        || lexicon.german().knows(part) && lexicon.nameClasses(part).isEmpty())) {
                    return null;
                }
            }
            return "foreign hyphenated name";
        }
        if (modifier != null) {
            return null;
        }
        if (w.matches("\\p{Lu}\\p{Ll}{3,}ien") && !lexicon.german().knows(w.substring(0, w.length() - 1))
                && !lexicon.german().knows(w.substring(0, w.length() - 2)) && !w.endsWith("eien")) {
            // not a plural: Chemikalien (Chemikalie), Frömmeleien (Frömmelei)
            return "region ending '-ien'";
        }
        boolean article = i > 0 && t.get(i - 1).is("DET") && !t.get(i - 1).text().equalsIgnoreCase("den");
        return article && w.matches("\\p{Lu}\\p{Ll}{3,}(ie|ei)") ? "region with an article" : null;
    }

    /** A word German does not have in any case: an English word or a foreign name in a German text. */
    private boolean isForeignWord(String w) {
        return !lexicon.german().knows(w) && !lexicon.german().knows(w.toLowerCase(Locale.GERMAN));
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.GERMAN) + w.substring(1);
    }

    static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 6 && ACRONYM.matcher(w).matches() && !ROMAN_NUMERAL.matcher(w).matches();
    }

    // ------------------------------------------------------------------ typing one name

    private Mention type(Sentence s, int from, int to) {
        String text = s.textOf(from, to);
        var span = s.spanOf(from, to);
        Type typed = classify(s, from, to);
        return new Mention(typed.type, text, span, s.index(), from, to, typed.confidence, typed.evidence, typed.subtype);
    }

    private record Type(EntityType type, double confidence, String evidence, String subtype) {
    }

    private Type classify(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        String text = s.textOf(from, to);
        Token first = t.get(from);
        int words = to - from;
        // the last real word: trailing ordinals and numbers do not count (Super Bowl XLIX, Heinrich III.)
        int lastWord = to - 1;
        while (lastWord > from && t.get(lastWord).text().matches("[IVXLC]+|\\d+|\\.")) {
            lastWord--;
        }
        Token last = t.get(lastWord);
        String gazetteer = lexicon.gazetteer(text);
        if (gazetteer != null) {
            return new Type(EntityType.PLACE, 0.9, "gazetteer: " + gazetteer, gazetteer);
        }
        if (lexicon.isCompany(text) && to < t.size() && t.get(to).text().matches("\\d[\\w-]*")) {
            return new Type(EntityType.OTHER, 0.3, "model of '" + text + "'", null);   // den Mazda 616
        }
        if (lexicon.isCompany(text)) {
            return new Type(EntityType.ORGANIZATION, 0.9, "known company", null);
        }
        if (words >= 2 && lexicon.isCompany(first.text()) && !lexicon.isOrganisationHead(t.get(from + 1).text())) {
            return new Type(EntityType.OTHER, 0.3, "product of '" + first.text() + "'", null);   // Toyota Corona
        }
        if (words == 1 && lexicon.isLanguageName(text)) {
            return new Type(EntityType.OTHER, 0.3, "language name", null);
        }
        if (isEventOrWork(last.text()) || words >= 3 && isEventOrWork(first.text()) && t.get(from + 1).text().equals("of")) {
            return new Type(EntityType.OTHER, 0.3, "event, award or work '" + last.text() + "'", null);
        }
        if (to < t.size() && t.get(to).isCapitalized() && isEventOrWork(t.get(to).text())) {
            return new Type(EntityType.OTHER, 0.3, "part of an event, award or work name", null);
        }
        int before = from - 1;
        if (words <= 2 && (before >= 0 && lexicon.isFamilyWord(t.get(before).text())
                || to < t.size() && lexicon.isFamilyWord(t.get(to).text()))) {
            return new Type(EntityType.OTHER, 0.9, "family name", "family");   // die Familie Drengot, the Hauteville family
        }
        if (words == 1 && isPeople(t, from)) {
            return new Type(EntityType.OTHER, 0.85, "a people ('" + text + "' as a plural noun)", null);   // die Schweden, der „Franken“
        }
        // organisation words inside the name (English) or as its head (German)
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (lexicon.isOrganisationHead(w) && !lexicon.isRole(w) && (lexicon.language() == Language.EN || k == to - 1
                        || k + 2 < to && Set.of("der", "des", "für").contains(t.get(k + 1).text()))
                    || lexicon.language() == Language.DE && k > from && lexicon.isForeignOrganisationHead(w)) {
                return new Type(EntityType.ORGANIZATION, 0.85, "organisation word '" + w + "'", null);
            }
        }
        if (words >= 2 && (lexicon.isPlaceHead(last.text()) || lexicon.isForeignPlaceHead(last.text()))) {
            return new Type(EntityType.PLACE, 0.8, "place word '" + last.text() + "'", null);
        }
        String placeWord = lexicon.language() == Language.DE && words == 1 ? germanPlaceWord(t, from) : null;
        if (placeWord != null && !placeWord.startsWith("foreign")) {
            return new Type(EntityType.PLACE, placeWord.startsWith("name") ? 0.8 : 0.7, placeWord, null);
        }
        if (before >= 0 && t.get(before).is("NOUN") && lexicon.isOrganisationHead(t.get(before).text())
                && (lexicon.language() == Language.DE || before > 0 && t.get(before - 1).is("DET"))) {
            return new Type(EntityType.ORGANIZATION, 0.85, "after '" + t.get(before).text() + "'", null);
        }
        if (before >= 0 && (t.get(before).is("NOUN") || t.get(before).is("PROPN") && lexicon.isCommonNoun(t.get(before).text()))
                && lexicon.isPlaceCompound(t.get(before).text())) {
            // "in den Städten Burmistrz genannt": after a plural only a list of names names the places,
            // and a genitive is where they are (die Städte Nordafrikas)
            if (!isPluralNoun(t.get(before).text()) || listFollows(t, to)) {
                return new Type(EntityType.PLACE, 0.85, "after '" + t.get(before).text() + "'", null);
            }
            if (lexicon.language() == Language.DE && words == 1 && text.matches("\\p{Lu}\\p{L}{3,}s")) {
                return new Type(EntityType.PLACE, 0.75, "genitive after the plural '" + t.get(before).text() + "'", null);
            }
        }
        // Ogród Saski (Sächsischer Garten): a translation in brackets says what the name is
        String gloss = bracketGloss(t, to);
        if (gloss != null && lexicon.isPlaceHead(gloss)) {
            return new Type(EntityType.PLACE, 0.8, "glossed '" + gloss + "'", null);
        }
        if (gloss != null && lexicon.isOrganisationHead(gloss) && !lexicon.isRole(gloss)) {
            return new Type(EntityType.ORGANIZATION, 0.8, "glossed '" + gloss + "'", null);
        }
        // an acronym in brackets names the noun phrase before it: die entmilitarisierte Zone (DMZ)
        if (before >= 1 && t.get(before).text().equals("(") && to < t.size() && t.get(to).text().equals(")")
                && t.get(before - 1).is("NOUN") && isAcronym(text)) {
            String head = t.get(before - 1).text();
            if (lexicon.isPlaceHead(head)) {
                return new Type(EntityType.PLACE, 0.8, "abbreviation of '" + head + "'", null);
            }
            if (lexicon.isOrganisationHead(head)) {
                return new Type(EntityType.ORGANIZATION, 0.8, "abbreviation of '" + head + "'", null);
            }
        }
        // English: "X River", "X City"
        if (lexicon.language() == Language.EN && to < t.size() && t.get(to).isCapitalized() && lexicon.isPlaceHead(t.get(to).text())) {
            return new Type(EntityType.PLACE, 0.7, "before '" + t.get(to).text() + "'", null);
        }
        if (lexicon.isCountry(text)) {
            return new Type(EntityType.PLACE, 0.95, "country name", "country");
        }
        if (words >= 2 && lexicon.isPlacePrefix(first.text()) && lexicon.gazetteer(s.textOf(from + 1, to)) != null) {
            return new Type(EntityType.PLACE, 0.85, "prefix and known place", null);   // Greater Los Angeles
        }
        if (lexicon.language() == Language.EN && to < t.size() && !t.get(to).isCapitalized() && t.get(to).is("NOUN")
                && NAMED_BEFORE.contains(t.get(to).text())) {
            return new Type(EntityType.ORGANIZATION, 0.75, "before '" + t.get(to).text() + "'", null);   // the Daily Mail newspaper
        }
        if (lexicon.language() == Language.EN && last.is("PROPN")) {
            int k = to;
            if (k < t.size() && (t.get(k).is("ADJ") || t.get(k).is("PROPN")) && !t.get(k).isCapitalized()) {
                k++;   // "El Centro metropolitan area" (the tagger calls "metropolitan" PROPN or ADJ)
            }
            if (k < t.size() && !t.get(k).isCapitalized() && t.get(k).is("NOUN")
                    && (lexicon.isPlaceHead(t.get(k).text()) || lexicon.isPlaceHead(t.get(k).lemma()))) {
                return new Type(EntityType.PLACE, 0.75, "before '" + t.get(k).text() + "'", null);
            }
        }
        if (words >= 2 && lexicon.isCountry(last.text()) && !lexicon.isFirstName(first.text()) && !isAcronym(last.text())) {
            return new Type(EntityType.PLACE, 0.75, "ends in the country name '" + last.text() + "'", null);   // New South Wales
        }
        if (text.matches(".*\\p{L}[-–]\\p{Lu}.*")) {
            for (String part : text.split("[-–]")) {
                if (lexicon.gazetteer(part) != null || lexicon.isCountry(part)
                        || !part.contains(" ") && placeClass(lexicon.nameClasses(part)) != null) {
                    return new Type(EntityType.PLACE, 0.75, "places joined by a dash ('" + part + "')", null);
                }
            }
        }
        if (words <= 2 && first.text().matches("\\p{Lu}+\\p{Ll}+\\p{Lu}\\p{L}*") && !first.text().matches("(Mc|Mac|De|Van|La|Le|Di|Da)\\p{Lu}.*")) {
            return new Type(EntityType.ORGANIZATION, 0.65, "brand-like spelling '" + first.text() + "'", null);
        }
        Type team = team(t, from, to, last);
        for (int k = from + 2; team == null && k < to - 1; k++) {
            if (t.get(k).text().equals("of")) {
                team = team(t, from, k, t.get(k - 1));   // Los Angeles Angels of Anaheim
            }
        }
        if (team != null) {
            return team;
        }
        if (words >= 2 && lexicon.isPlacePrefix(first.text()) && !NOT_PLACE_PREFIXES.contains(first.text())) {
            return new Type(EntityType.PLACE, 0.75, "place prefix '" + first.text() + "'", null);   // Santa Barbara, Port Phillip
        }
        Set<String> lastClasses = lexicon.nameClasses(last.text());
        Set<String> firstClasses = lexicon.nameClasses(first.text());
        // "the Christian Nobility": a first name does not take an article
        boolean firstName = words >= 2 && lexicon.isFirstName(first.text())
                && !(lexicon.language() == Language.EN && before >= 0 && DETERMINERS.contains(t.get(before).text().toLowerCase(Locale.ROOT)));
        if (words == 1 || !firstName) {
            String place = placeClass(lastClasses);
            if (place != null && !lastClasses.contains("VOR") && !lastClasses.contains("NAC") && !lastClasses.contains("PER")) {
                return new Type(EntityType.PLACE, 0.9, "dictionary: " + place, place);
            }
        }
        if (firstName) {
            return new Type(EntityType.PERSON, 0.9, "first name '" + first.text() + "'", null);
        }
        if (before >= 0 && isRoleBefore(t, before)) {
            return new Type(EntityType.PERSON, 0.9, "after role '" + t.get(before).text() + "'", null);
        }
        if (before >= 0 && words <= 3 && (t.get(before).is("NOUN") || t.get(before).is("PROPN") || t.get(before).is("ADJ")
                || lexicon.language() == Language.EN && !t.get(before).isCapitalized()) && lexicon.isPersonNoun(t.get(before).text())) {
            return new Type(EntityType.PERSON, 0.85, "after '" + t.get(before).text() + "'", null);   // Oscar-Gewinnerin Marlee Matlin
        }
        if (before >= 1 && t.get(before).text().equals(",") && roleApposition(t, before)) {
            return new Type(EntityType.PERSON, 0.75, "after a role and a comma", null);   // den Anführer der Hautevilles, Drogo,
        }
        // unter dem Kommando Raimbauds, the death of Luther
        if (words == 1 && before >= 0 && lexicon.language() == Language.DE && text.endsWith("s") && t.get(before).is("NOUN")
                && lexicon.isPersonOf(t.get(before).text())
                || words <= 2 && before >= 1 && lexicon.language() == Language.EN && t.get(before).text().equals("of")
                && lexicon.isPersonOf(t.get(before - 1).text())) {
            return new Type(EntityType.PERSON, 0.7, "'" + t.get(before).text() + "' before it: a person's", null);
        }
        if (lastClasses.contains("PER")) {
            return new Type(EntityType.PERSON, 0.85, "dictionary: person", null);
        }
        if (lexicon.language() == Language.EN && to + 1 < t.size() && t.get(to).text().equals(",")
                && t.get(to + 1).text().equalsIgnoreCase("who")) {
            return new Type(EntityType.PERSON, 0.8, "'" + text + ", who'", null);
        }
        if (lexicon.language() == Language.EN && words == 1 && lexicon.isOrganisationHead(text)) {
            return new Type(EntityType.ORGANIZATION, 0.6, "organisation word", null);
        }
        if (isAcronym(text)) {
            return new Type(EntityType.ORGANIZATION, 0.6, "acronym", null);
        }
        if (words >= 3 && !lexicon.isPlacePrefix(first.text()) && !lexicon.isPlaceHead(first.text())
                && !lexicon.isOrganisationHead(first.text()) && !(lexicon.language() == Language.DE && lexicon.isCommonNoun(first.text()))) {
            for (int k = from + 1; k < to - 1; k++) {
                if (Set.of("von", "de", "van", "da", "di", "del").contains(t.get(k).text())) {
                    return new Type(EntityType.PERSON, 0.7, "name with '" + t.get(k).text() + "'", null);
                }
            }
        }
        if (before >= 0 && Set.of("namens", "named", "called", "genannt").contains(t.get(before).text()) && words <= 3) {
            return new Type(EntityType.PERSON, 0.65, "after '" + t.get(before).text() + "'", null);
        }
        String verb = personVerb(t, from, to);
        if (verb != null && words <= 3) {
            return new Type(EntityType.PERSON, 0.7, "subject of '" + verb + "'", null);
        }
        if (lastClasses.contains("NAC")) {
            return new Type(EntityType.PERSON, 0.75, "surname '" + last.text() + "'", null);
        }
        if (words <= 3 && hisFollows(t, to)) {
            return new Type(EntityType.PERSON, 0.65, "'his' after the name", null);
        }
        String place = placeClass(lastClasses);
        if (place != null) {
            return new Type(EntityType.PLACE, 0.75, "dictionary: " + place, place);
        }
        if (lexicon.language() == Language.DE && words == 1 && text.matches("\\p{Lu}\\p{Ll}+ien")
                && first.is("PROPN") && !lexicon.isCommonNoun(text) && !lexicon.isCommonNoun(lexicon.compoundHead(text))) {
            return new Type(EntityType.PLACE, 0.7, "German region ending '-ien'", "region");
        }
        Set<String> placePrepositions = lexicon.language() == Language.DE ? PLACE_PREPOSITIONS_DE : PLACE_PREPOSITIONS_EN;
        boolean modifiesNoun = lexicon.language() == Language.EN && to < t.size() && t.get(to).is("NOUN") && !t.get(to).isCapitalized();
        // "in Originalgröße": a German word or compound of a common noun is no place (but "Wittenberg", "Neustadt" are)
        boolean commonWord = lexicon.language() == Language.DE && words == 1 && (lexicon.isCommonNoun(text)
                || !lexicon.head(text).equals(text) && lexicon.isCommonNoun(lexicon.head(text)) && !lexicon.isPlaceHead(text));
        if (before >= 0 && placePrepositions.contains(t.get(before).text().toLowerCase(Locale.ROOT)) && !modifiesNoun && !commonWord) {
            // not "in Ottoman society": a word before a common noun is its adjective
            // a bare "in X" is good evidence only for a one-word name without digits; "from X" is often a person
            boolean weak = words > 1 || text.matches(".*\\d.*") || t.get(before).text().equals("from");
            return new Type(EntityType.PLACE, weak ? 0.5 : 0.6, "after '" + t.get(before).text() + "'", null);
        }
        if (firstClasses.contains("VOR") || lexicon.isFirstName(first.text())) {
            return new Type(EntityType.PERSON, 0.55, "first name '" + first.text() + "' alone (guess)", null);
        }
        if (words >= 2 && words <= 3) {
            return new Type(EntityType.PERSON, 0.4, "capitalised words (guess)", null);
        }
        return new Type(EntityType.OTHER, 0.3, "capitalised word", null);
    }

    /**
     * German names of countries and regions that are also the plural of a people ({@code Schweden},
     * {@code Franken}, {@code Polen}): the people after an article ({@code viele der „Franken“})
     * or in a list with other peoples ({@code Schweden und Anglo-Dänen}); never after a place preposition.
     */
    private boolean isPeople(List<Token> t, int i) {
        if (lexicon.language() != Language.DE) {
            return false;
        }
        String w = t.get(i).text();
        boolean plural = false;
        for (Reading r : lexicon.german().readings(w)) {
            plural |= r.tagStarts("SUB") && r.has("PLU") && !r.lemma().equals(w);
        }
        if (!plural || lexicon.nameClasses(w).isEmpty() && !lexicon.isCountry(w)) {
            return false;
        }
        int b = i - 1;
        while (b >= 0 && OPENING_QUOTES.contains(t.get(b).text())) {
            b--;
        }
        if (b >= 0 && t.get(b).is("DET")) {
            return true;
        }
        for (int k : new int[] {i - 2, i + 2}) {
            int joiner = (k + i) / 2;
            if (k >= 0 && k < t.size() && LIST_JOINERS.contains(t.get(joiner).text()) && isPeopleNoun(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** A plural common noun for people: Dänen, Anglo-Dänen, Norweger. */
    private boolean isPeopleNoun(String w) {
        if (!Character.isUpperCase(w.charAt(0)) || !lexicon.nameClasses(w).isEmpty()) {
            return false;
        }
        String h = w.indexOf('-') > 0 ? w.substring(w.lastIndexOf('-') + 1) : w;
        for (Reading r : lexicon.german().readings(h)) {
            if (r.tagStarts("SUB") && r.has("PLU") && r.has("MAS")) {
                return true;
            }
        }
        return false;
    }

    private boolean isPluralNoun(String w) {
        if (lexicon.language() != Language.DE) {
            return w.endsWith("s") && !w.endsWith("ss");
        }
        boolean plural = false;
        for (Reading r : lexicon.german().readings(w)) {
            if (r.tagStarts("SUB")) {
                if (!r.has("PLU")) {
                    return false;
                }
                plural = true;
            }
        }
        if (!plural && !lexicon.german().knows(w)) {
            // Vasallenstaaten: the head's readings tell
            String m = lexicon.modifier(w);
            return m != null && isPluralNoun(capitalise(w.substring(m.length())));
        }
        return plural;
    }

    /** Whether "und"/"," and another capitalised word follow: Sassoun und Taron. */
    private static boolean listFollows(List<Token> t, int to) {
        return to + 1 < t.size() && LIST_JOINERS.contains(t.get(to).text()) && t.get(to + 1).isCapitalized();
    }

    /** The head noun of a translation in brackets right after a name: "Ogród Saski (Sächsischer Garten)" → Garten. */
    private static String bracketGloss(List<Token> t, int to) {
        if (to >= t.size() || !t.get(to).text().equals("(")) {
            return null;
        }
        int k = to + 1;
        while (k < t.size() && t.get(k).is("ADJ")) {
            k++;
        }
        if (k + 1 < t.size() && t.get(k + 1).text().equals(")") && (t.get(k).is("NOUN") || t.get(k).is("PROPN"))) {
            return t.get(k).text();
        }
        return null;
    }

    private boolean isEventOrWork(String word) {
        if (lexicon.isEventHead(word)) {
            return true;
        }
        return lexicon.language() == Language.EN && word.endsWith("s") && lexicon.isEventHead(word.substring(0, word.length() - 1));
    }

    /**
     * Sports teams and parties are named with a plural: {@code the Pittsburgh Steelers}, {@code Los
     * Angeles Rams}, {@code die Greens}. With a place or a determiner before it the name is an
     * organisation; a lone {@code the Xs} may be a people (the Normans), so it stays a guess.
     */
    private Type team(List<Token> t, int from, int to, Token last) {
        String w = last.text();
        if (!w.matches("\\p{Lu}\\p{L}*\\p{Ll}[^ius]s") || lexicon.isPluralLikePlace(w) || lexicon.isCountry(w)
                || lexicon.gazetteer(w) != null || !lexicon.nameClasses(w).isEmpty()
                || lexicon.language() == Language.DE && lexicon.isCommonNoun(w)) {
            return null;
        }
        boolean determiner = from > 0 && DETERMINERS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT));
        if (to - from >= 2 && !lexicon.isFirstName(t.get(from).text())) {
            boolean place = false;
            for (int k = from; k < to - 1; k++) {
                place |= lexicon.gazetteer(t.get(k).text()) != null || lexicon.isCountry(t.get(k).text())
                        || placeClass(lexicon.nameClasses(t.get(k).text())) != null;
            }
            String prefix = t.get(from).text();
            for (int k = from + 1; k < to - 1; k++) {
                prefix += " " + t.get(k).text();
            }
            place |= lexicon.gazetteer(prefix) != null;
            if (place || determiner) {
                return new Type(EntityType.ORGANIZATION, 0.75, "plural name '" + w + "' (team or party)", null);
            }
        }
        if (to - from == 1 && determiner) {
            // "the Normans" looks the same as "the Broncos": a guess only
            // (German sports prose has foreign plurals of common nouns after articles too: die Tackles)
            return new Type(EntityType.ORGANIZATION, 0.55,
                    "'" + t.get(from - 1).text() + " " + w + "': a team, party or people (guess)", null);
        }
        return null;
    }

    /** The person verb whose subject the name is ("Tesla died", "Tesla starb", "witzelte Tesla"), or null. */
    private String personVerb(List<Token> t, int from, int to) {
        if (from > 1 && Set.of("and", "of").contains(t.get(from - 1).text()) && t.get(from - 2).isCapitalized()) {
            return null;   // "Weights and Measures named": the end of a longer name
        }
        int b = from - 1;
        while (b >= 0 && (t.get(b).is("ADJ") || t.get(b).is("NOUN") && !lexicon.isRole(t.get(b).text()))) {
            b--;
        }
        boolean counted = b >= 0 && (t.get(b).is("NUM") || t.get(b).is("DET")) && b < from - 1 || from > 0 && t.get(from - 1).is("NUM");
        if (to < t.size() && isPersonVerb(t.get(to)) && !counted) {
            // not "keine zwei First Downs erzielen": a counted noun before a German verb-final infinitive is its object
            return t.get(to).text();
        }
        if (lexicon.language() == Language.DE && from > 0) {
            int v = from - 1;
            if (v > 0 && t.get(v).is("PRON") && t.get(v).text().equals("sich")) {
                v--;   // verbündete sich Tesla
            }
            if (v >= 1 && isPersonVerb(t.get(v))) {
                return t.get(v).text();
            }
        }
        return null;
    }

    /** "Guglielmo Marconi made his famous …": a person's possessive right after the name and its verb. */
    private boolean hisFollows(List<Token> t, int to) {
        if (to >= t.size() || !(t.get(to).is("VERB") || t.get(to).is("AUX"))) {
            return false;
        }
        for (int k = to + 1; k < t.size() && k <= to + 3; k++) {
            Token x = t.get(k);
            if (x.isPunct() || x.is("NOUN") || x.is("PROPN")) {
                return false;
            }
            if (HIS.contains(x.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean isPersonVerb(Token tok) {
        return tok.is("VERB") && lexicon.isPersonVerb(tok.lemma());
    }

    /** A role noun within the few words before the comma, with nothing clause-like in between. */
    private boolean roleApposition(List<Token> t, int comma) {
        for (int k = comma - 1; k >= 0 && k >= comma - 4; k--) {
            Token x = t.get(k);
            if (x.isPunct() || x.is("VERB") || x.is("AUX") || x.is("PRON") || x.is("CCONJ")) {
                return false;
            }
            if (x.is("NOUN") && lexicon.isRole(x.text())) {
                return true;
            }
        }
        return false;
    }

    private boolean isRoleBefore(List<Token> t, int i) {
        Token tok = t.get(i);
        if (i > 0 && lexicon.isListedRole(t.get(i - 1).text() + " " + tok.text())) {
            return true;   // defensive end Kony Ealy
        }
        return (tok.is("NOUN") || tok.is("PROPN") || tok.is("ADJ")
                || lexicon.language() == Language.EN && !tok.isCapitalized()) && lexicon.isRole(tok.text());
    }

    private static String placeClass(Set<String> classes) {
        if (classes.contains("COU")) {
            return "country";
        }
        if (classes.contains("STD")) {
            return "city";
        }
        if (classes.contains("GEB")) {
            return "region";
        }
        if (classes.contains("WAT")) {
            return "water";
        }
        if (classes.contains("MOU")) {
            return "mountain";
        }
        return null;
    }

    // ------------------------------------------------------------------ across the document

    /**
     * Gives weakly typed mentions the type of a surer mention of the same name: the same text,
     * a word of a person's name ({@code Trump} after {@code Donald Trump}), or the German
     * genitive of either ({@code Trumps}, {@code Polens}).
     */
    private List<Mention> propagate(List<Mention> mentions) {
        Map<String, Mention> byText = new HashMap<>();
        Map<String, Mention> nameWords = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.OTHER || m.confidence() < 0.6) {
                continue;
            }
            surest(byText, m.text(), m);
            String[] ws = m.text().split(" ");
            String lastWord = ws[ws.length - 1];
            if (m.type() == EntityType.ORGANIZATION && ws.length >= 2 && lastWord.matches("\\p{Lu}\\p{Ll}+s")
                    && !lexicon.isOrganisationHead(lastWord) && !lexicon.isCommonNoun(lastWord)) {
                surest(nameWords, lastWord, m);   // Australian Greens → die Greens, Denver Broncos → the Broncos
            }
            if (m.type() == EntityType.PERSON) {
                for (String w : m.text().split(" ")) {
                    if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !w.matches(ROMAN + "\\.?")) {
                        surest(nameWords, w, m);
                    }
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention source = byText.get(m.text());
            String how = "same name as";
            if (!m.text().contains(" ")) {
                Mention word = nameWords.get(m.text());
                if (word != null && (source == null || word.confidence() > source.confidence())) {
                    source = word;
                }
            }
            int space = m.text().lastIndexOf(' ');
            if (space > 0 && m.confidence() < 0.6) {
                Mention surname = byText.get(m.text().substring(space + 1));
                if (surname != null && surname.type() == EntityType.PERSON && (source == null || surname.confidence() > source.confidence())) {
                    source = surname;   // Peyton Manning after "Manning completed a pass"
                    how = "surname of";
                }
            }
            String base = genitiveBase(m.text());
            if (base != null) {
                for (Mention g : new Mention[] {byText.get(base), nameWords.get(base)}) {
                    if (g != null && (source == null || g.confidence() > source.confidence())) {
                        source = g;
                        how = "genitive of";
                    }
                }
            }
            // a sure "not a name of that kind" (a family, a people) stays what it is
            boolean settled = m.type() == EntityType.OTHER && m.confidence() >= 0.8;
            if (source != null && source != m && source.confidence() > m.confidence() && !settled) {
                out.add(m.withType(source.type(), source.confidence() - 0.05, how + " '" + source.text() + "'", source.subtype()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The German genitive's base form: the dictionary's, else without the -s. Null for English. */
    private String genitiveBase(String text) {
        if (lexicon.language() != Language.DE || !text.endsWith("s") || text.length() < 4) {
            return null;
        }
        String base = lexicon.genitiveBase(text);
        return base != null ? base : text.substring(0, text.length() - 1);
    }

    private static void surest(Map<String, Mention> map, String key, Mention m) {
        Mention prev = map.get(key);
        if (prev == null || prev.confidence() < m.confidence()) {
            map.put(key, m);
        }
    }

    /** {@code Herzog Sergius IV. von Neapel}, {@code the Shah of Iran}: the name after a person's "von"/"of" is his seat, a place. */
    private static List<Mention> seats(AnalyzedText text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 1; k < out.size(); k++) {
            Mention a = out.get(k - 1);
            Mention b = out.get(k);
            if (a.sentence() != b.sentence() || b.fromToken() != a.toToken() + 1 || a.type() != EntityType.PERSON
                    || a.confidence() < 0.75 || b.confidence() >= 0.6) {
                continue;
            }
            String joiner = text.sentences().get(a.sentence()).tokens().get(a.toToken()).text();
            if (joiner.equals("von") || joiner.equals("of")) {
                out.set(k, b.withType(EntityType.PLACE, 0.7, "seat of '" + a.text() + "'", null));
            }
        }
        return out;
    }

    /** {@code Polnischer Fußballverband (PZPN)}, {@code American Sign Language (ASL)}: the short form is what the long one is. */
    private static List<Mention> abbreviations(AnalyzedText text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 1; k < out.size(); k++) {
            Mention a = out.get(k - 1);
            Mention b = out.get(k);
            if (a.sentence() == b.sentence() && b.fromToken() == a.toToken() + 1 && isAcronym(b.text())
                    && b.evidence().equals("acronym") && text.sentences().get(a.sentence()).tokens().get(a.toToken()).text().equals("(")) {
                out.set(k, b.withType(a.type(), Math.max(0.3, a.confidence() - 0.05), "short for '" + a.text() + "'",
                        a.subtype()));
            }
        }
        return out;
    }

    /**
     * Names in one list share their kind: in {@code Lublin, Krakau, Danzig oder Posen} the surely
     * typed ones type the unsure ones, when all sure ones agree.
     */
    private List<Mention> listed(AnalyzedText text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        int i = 0;
        while (i < out.size()) {
            int j = i + 1;
            while (j < out.size() && joinedByList(text, out.get(j - 1), out.get(j))) {
                j++;
            }
            if (j - i >= 2) {
                EntityType type = null;
                Mention sure = null;
                boolean agree = true;
                for (int k = i; k < j; k++) {
                    Mention m = out.get(k);
                    if (m.type() != EntityType.OTHER && m.confidence() >= 0.6) {
                        agree &= type == null || type == m.type();
                        type = m.type();
                        sure = m;
                    }
                }
                if (type != null && agree) {
                    for (int k = i; k < j; k++) {
                        Mention m = out.get(k);
                        boolean unknown = m.type() != EntityType.OTHER || m.evidence().equals("capitalised word");
                        // "der Super Bowl XLIX-Champion, die New England Patriots": a person noun describes, it is no name
                        String tail = m.text().substring(m.text().lastIndexOf('-') + 1);
                        if (m.confidence() < 0.6 && unknown && !lexicon.isPersonNoun(tail)) {   // not an event, product or language name
                            out.set(k, m.withType(type, 0.65, "listed with '" + sure.text() + "'", null));
                        }
                    }
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean joinedByList(AnalyzedText text, Mention a, Mention b) {
        if (a.sentence() != b.sentence() || b.fromToken() <= a.toToken() || b.fromToken() - a.toToken() > 2) {
            return false;
        }
        List<Token> t = text.sentences().get(a.sentence()).tokens();
        boolean joined = false;
        for (int k = a.toToken(); k < b.fromToken(); k++) {
            boolean joiner = LIST_JOINERS.contains(t.get(k).text().toLowerCase(Locale.ROOT));
            if (!joiner && !t.get(k).is("DET")) {
                return false;   // "in der Normandie und der Gascogne": an article may repeat
            }
            joined |= joiner;
        }
        return joined;
    }
}
