package dev.quizgen.facts;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import dev.quizgen.article.Language;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.GermanLexicon.Reading;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the fact extractors know about one language, read from the word lists in
 * {@code src/main/resources/lexicon/} (roles, organisation heads, speech verbs, units, calendar),
 * country names from the JDK's locale data, and — for German — the full-form dictionary and the
 * compound splitter. The German dictionary's name tags (first name, surname, city, country) are
 * used for English names too.
 */
public final class Lexicon {
    private static final java.util.regex.Pattern PLURAL_ENDING = java.util.regex.Pattern.compile("(es|s)$");
    /** Longest word handed to the compound splitter (it refuses more than 70 characters). */
    private static final int MAX_COMPOUND = 60;

    private final Language language;
    private final Set<String> roles;
    private final Set<String> organisationHeads;
    private final Set<String> speechVerbs;
    private final Set<String> units;
    private final Set<String> placeHeads;
    private final List<String> weekdays;
    private final List<String> months;
    /** The same, lower-cased, for look-ups: fact extraction asks for every token. */
    private final Set<String> weekdaySet;
    private final Set<String> monthSet;
    private final Map<String, String> countries;
    private final Set<String> firstNames;
    private final Set<String> eventHeads;
    private final Set<String> personVerbs;
    private final Set<String> numberWords;
    private final Set<String> pluralPlaces;
    private final Map<String, String> gazetteer;
    private final Set<String> languageNames;
    private final Set<String> companies;
    private final Set<String> placePrefixes;
    private final Set<String> titleNouns;
    private final Set<String> foreignOrganisationHeads;
    private final Set<String> foreignPlaceHeads;
    private final Set<String> currencies;
    private final Set<String> personNouns;
    private final Set<String> families;
    private final Set<String> personOf;
    private final Set<String> speechNouns;
    private final GermanLexicon german;
    private final GermanWordSplitter splitter;
    private final Map<String, String> headCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> modifierCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> compoundHeadCache = new java.util.concurrent.ConcurrentHashMap<>();

    private Lexicon(Language language, GermanLexicon german) {
        this.language = language;
        this.german = german;
        boolean de = language == Language.DE;
        roles = words("roles", !de);
        organisationHeads = words("organisations", !de);
        speechVerbs = words("speech-verbs", false);
        units = words("units", !de);
        Map<String, List<String>> calendar = calendar();
        weekdays = calendar.get("weekdays");
        months = calendar.get("months");
        weekdaySet = lowerCase(weekdays);
        monthSet = lowerCase(months);
        countries = countries();
        firstNames = Set.copyOf(lines("/lexicon/first-names.txt"));
        eventHeads = words("events", !de);
        personVerbs = words("person-verbs", false);
        numberWords = words("numbers", true);
        pluralPlaces = Set.copyOf(lines("/lexicon/plural-places.txt"));
        gazetteer = new HashMap<>();
        for (String line : lines("/lexicon/gazetteer.txt")) {
            int colon = line.indexOf(':');
            gazetteer.put(line.substring(colon + 1).strip(), line.substring(0, colon).strip());
        }
        languageNames = languageNames();
        companies = Set.copyOf(lines("/lexicon/companies.txt"));
        placePrefixes = Set.copyOf(lines("/lexicon/place-prefixes.txt"));
        titleNouns = words("title-nouns", !de);
        // German articles name English organisations and places too: Federal Energy Office, Van Nuys Airport
        foreignOrganisationHeads = de ? lowerCase(lines("/lexicon/organisations.en.txt")) : Set.of();
        foreignPlaceHeads = de ? lowerCase(lines("/lexicon/places.en.txt")) : Set.of();
        Set<String> codes = new HashSet<>();
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            codes.add(c.getCurrencyCode());
        }
        currencies = Set.copyOf(codes);
        personNouns = words("person-nouns", !de);
        families = Set.copyOf(lines("/lexicon/families.txt"));
        personOf = words("person-of", !de);
        speechNouns = words("speech-nouns", !de);
        placeHeads = new HashSet<>();
        for (String line : lines("/lexicon/places." + language.code() + ".txt")) {
            if (line.startsWith("=")) {
                countries.put(line.substring(1).toLowerCase(Locale.ROOT), line.substring(1));
            } else {
                placeHeads.add(de ? line : line.toLowerCase(Locale.ROOT));
            }
        }
        try {
            splitter = de ? new GermanWordSplitter(true) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Lexicon load(Language language, GermanLexicon german) {
        return new Lexicon(language, german);
    }

    public Language language() {
        return language;
    }

    public GermanLexicon german() {
        return german;
    }

    private Set<String> words(String list, boolean lowerCase) {
        Set<String> out = new HashSet<>();
        for (String line : lines("/lexicon/" + list + "." + language.code() + ".txt")) {
            out.add(lowerCase ? line.toLowerCase(Locale.ROOT) : line);
        }
        return out;
    }

    private Map<String, List<String>> calendar() {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : lines("/lexicon/calendar." + language.code() + ".txt")) {
            int colon = line.indexOf(':');
            out.put(line.substring(0, colon).strip(), List.of(line.substring(colon + 1).strip().split("\\s+")));
        }
        return out;
    }

    /** Country names in German and English from the JDK's locale data, lower case → as written. */
    private static Map<String, String> countries() {
        Map<String, String> out = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            for (Locale in : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                String name = l.getDisplayCountry(in);
                if (!name.isBlank() && !name.equals(code)) {
                    out.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return out;
    }

    private static Set<String> lowerCase(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String l : lines) {
            if (!l.startsWith("=")) {
                out.add(l.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether a German text's word is an English organisation or place head the German dictionary does not know. */
    public boolean isForeignOrganisationHead(String word) {
        return foreignOrganisationHeads.contains(word.toLowerCase(Locale.ROOT))
                && (!isCommonNoun(word) || !organisationHeads.contains(head(word)) && Character.isUpperCase(word.charAt(0)));
    }

    public boolean isForeignPlaceHead(String word) {
        return foreignPlaceHeads.contains(word.toLowerCase(Locale.ROOT))
                && (!isCommonNoun(word) || !placeHeads.contains(head(word)) && Character.isUpperCase(word.charAt(0))
                    || placeHeads.contains(word));
    }

    /** Language names in German and English from the JDK's locale data (English, Latin, Englisch, Latein). */
    private static Set<String> languageNames() {
        Set<String> out = new HashSet<>();
        for (String code : Locale.getISOLanguages()) {
            Locale l = new Locale(code);
            for (Locale in : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                String name = l.getDisplayLanguage(in);
                if (!name.isBlank() && !name.equals(code)) {
                    out.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The non-empty, non-comment lines of a word list on the classpath. */
    public static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing word list " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    // ------------------------------------------------------------------ questions the extractors ask

    public List<String> weekdays() {
        return weekdays;
    }

    public List<String> months() {
        return months;
    }

    public boolean isWeekday(String word) {
        return weekdaySet.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isMonth(String word) {
        return monthSet.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isCountry(String name) {
        return countries.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public Set<String> countryNames() {
        return Set.copyOf(countries.values());
    }

    public boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lemma.toLowerCase(Locale.ROOT)) || speechVerbs.contains(lemma);
    }

    /** The head noun's lemma: the last part of a hyphenated or closed compound (German), else the word. */
    public String head(String word) {
        return headCache.computeIfAbsent(word, this::computeHead);
    }

    private String computeHead(String word) {
        String w = word;
        int hyphen = w.lastIndexOf('-');
        if (hyphen >= 0 && hyphen < w.length() - 1) {
            w = w.substring(hyphen + 1);
        }
        if (language != Language.DE) {
            return w.toLowerCase(Locale.ROOT);
        }
        String lemma = nounLemma(w);
        if (lemma != null) {
            return lemma;
        }
        if (w.length() > MAX_COMPOUND) {
            return w;   // jwordsplitter refuses long input; no real compound is this long
        }
        List<String> parts = splitter.splitWord(w);
        if (parts.size() > 1) {
            String last = parts.get(parts.size() - 1);
            String cap = last.substring(0, 1).toUpperCase(Locale.GERMAN) + last.substring(1);
            String l = nounLemma(cap);
            return l != null ? l : cap;
        }
        return w;
    }

    /**
     * The head of a German compound the splitter cannot split because it lacks the first part
     * ({@code Euphrattal} → {@code Tal}, {@code Vasallenstaaten} → {@code Staat}): the longest
     * known noun the word ends in. Only for words unknown in any case ({@code Digital} is an
     * adjective, not a valley); names such as {@code Burbank} end in nouns too, so callers ask this
     * only where a place noun is expected.
     */
    public String compoundHead(String word) {
        return compoundHeadCache.computeIfAbsent(word, this::computeCompoundHead);
    }

    private String computeCompoundHead(String word) {
        String h = head(word);
        if (!h.equals(word) || language != Language.DE) {
            return h;
        }
        String m = suffixModifier(word);
        return m == null ? word : nounLemma(capitalised(word.substring(m.length())));
    }

    private String suffixModifier(String word) {
        if (german.knows(word) || german.knows(word.toLowerCase(Locale.GERMAN))) {
            return null;
        }
        for (int from = 3; from <= word.length() - 3; from++) {
            if (nounLemma(capitalised(word.substring(from))) != null) {
                return word.substring(0, from);
            }
        }
        return null;
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.GERMAN) + w.substring(1);
    }

    /** Whether a compound's head is a place noun, also for compounds the splitter cannot split (Vasallenstaaten). */
    public boolean isPlaceCompound(String word) {
        return isPlaceHead(word) || language == Language.DE && placeHeads.contains(compoundHead(word));
    }

    /**
     * Whether a German compound's first part is a name rather than a word: no form of it is in the
     * dictionary except as a name ({@code Euphrat}, {@code Konwiktorska}; not {@code Ballungs},
     * {@code Metropol}, {@code End}).
     */
    public boolean isNameModifier(String m) {
        if (m.endsWith("-")) {
            m = m.substring(0, m.length() - 1);
        }
        if (m.length() < 3 || !Character.isUpperCase(m.charAt(0))) {
            return false;
        }
        if (m.indexOf('-') > 0) {
            for (String part : m.split("-")) {
                if (!part.isEmpty() && !isNameModifier(part)) {
                    return false;   // Kreide-Paläogen-Grenze: Kreide is a word
                }
            }
            return true;
        }
        for (String v : List.of(m, m + "e", m + "en", m + "n", m.substring(0, m.length() - 1), m.toLowerCase(Locale.GERMAN))) {
            for (Reading r : german.readings(v)) {
                if (!r.tagStarts("EIG")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The part of a German compound before its head ({@code Euphrattal} → {@code Euphrat},
     * {@code Konwiktorska-Straße} → {@code Konwiktorska}), or null for a word that is no compound.
     */
    public String modifier(String word) {
        if (language != Language.DE) {
            return null;
        }
        String m = modifierCache.computeIfAbsent(word, w -> {
            String x = computeModifier(w);
            return x == null ? "" : x;
        });
        return m.isEmpty() ? null : m;
    }

    private String computeModifier(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            return word.substring(0, hyphen);
        }
        if (nounLemma(word) != null || word.length() > MAX_COMPOUND) {
            return null;
        }
        List<String> parts = splitter.splitWord(word);
        if (parts.size() > 1) {
            return word.substring(0, word.length() - parts.get(parts.size() - 1).length());
        }
        return suffixModifier(word);
    }

    private String nounLemma(String w) {
        for (Reading r : german.readings(w)) {
            if (r.tagStarts("SUB")) {
                return r.lemma();
            }
        }
        return null;
    }

    /** Nouns for people that are not roles: Gewinnerin, Sohn, winner, wife (the compound's head counts). */
    public boolean isPersonNoun(String word) {
        if (language == Language.DE) {
            return personNouns.contains(head(word)) || personNouns.contains(word);
        }
        return personNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Nouns for what someone said or wrote: Worte, Aussage, statement, words. */
    public boolean isSpeechNoun(String word) {
        return speechNouns.contains(language == Language.DE ? word : word.toLowerCase(Locale.ROOT));
    }

    /** Nouns whose genitive or of-phrase is a person: Kommando, Tod, command, death. */
    public boolean isPersonOf(String word) {
        return personOf.contains(language == Language.DE ? word : word.toLowerCase(Locale.ROOT));
    }

    /** Words for a family or dynasty (Familie, family): the name next to one is a family's. */
    public boolean isFamilyWord(String word) {
        return families.contains(word);
    }

    public boolean isRole(String word) {
        if (language == Language.DE) {
            String h = head(word);
            // dative plural the dictionary lacks: Geschäftsleuten → Geschäftsleute
            return roles.contains(h) || roles.contains(word)
                    || word.endsWith("n") && roles.contains(word.substring(0, word.length() - 1));
        }
        return roles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the words stand in the role list exactly (two-word roles: "defensive end", "Defensive End"). */
    public boolean isListedRole(String words) {
        return roles.contains(language == Language.DE ? words : words.toLowerCase(Locale.ROOT));
    }

    /** Whether the noun names a kind of place (Grenzort, Hauptstadt, city, river). */
    public boolean isPlaceHead(String word) {
        if (language == Language.DE) {
            return placeHeads.contains(head(word)) || placeHeads.contains(word);
        }
        return placeHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isOrganisationHead(String word) {
        if (language == Language.DE) {
            return organisationHeads.contains(head(word)) || organisationHeads.contains(word);
        }
        return organisationHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the noun counts things: Jahre, Minuten, Euro, people, miles. */
    public boolean isUnit(String word, String lemma) {
        if (language == Language.DE) {
            return units.contains(lemma) || units.contains(word) || units.contains(head(word));
        }
        String w = word.toLowerCase(Locale.ROOT);
        String l = lemma.toLowerCase(Locale.ROOT);
        return units.contains(l) || units.contains(w) || units.contains(PLURAL_ENDING.matcher(w).replaceAll(""));
    }

    /** A common given name: tagged VOR by the dictionary or listed in {@code first-names.txt}. */
    public boolean isFirstName(String word) {
        return firstNames.contains(word) || nameClasses(word).contains("VOR");
    }

    /** Whether the word ends names of events, awards, works or products (Bowl, Award, Krieg, Bible). */
    public boolean isEventHead(String word) {
        if (language == Language.DE) {
            return eventHeads.contains(word) || eventHeads.contains(head(word));
        }
        return eventHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the verb lemma takes a person as its subject (die, marry, sterben, witzeln). */
    public boolean isPersonVerb(String lemma) {
        return personVerbs.contains(lemma) || personVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a number word that counts (two, zwei, hundred; not one/ein). */
    public boolean isNumberWord(String word) {
        return numberWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Place names that look like plurals (Los Angeles, United States): never a team name. */
    public boolean isPluralLikePlace(String word) {
        return pluralPlaces.contains(word);
    }

    /** The kind of a well-known place from {@code gazetteer.txt} (city, region), or null. */
    public String gazetteer(String name) {
        return gazetteer.get(name);
    }

    /** Well-known companies and brands from {@code companies.txt} (Toyota, Siemens). */
    public boolean isCompany(String name) {
        return companies.contains(name);
    }

    /** First words of place names that may stand before a first name (San Luis Obispo, Port Phillip). */
    public boolean isPlacePrefix(String word) {
        return placePrefixes.contains(word);
    }

    /** Whether the noun announces a title in quotation marks (Hymne, Artikel, hymn, article). */
    public boolean isTitleNoun(String word) {
        if (language == Language.DE) {
            return titleNouns.contains(word) || titleNouns.contains(head(word));
        }
        return titleNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** ISO currency codes from the JDK (EUR, GBP, USD): not organisations. */
    public boolean isCurrency(String word) {
        return currencies.contains(word);
    }

    /** Whether the German dictionary knows the word as a name (any EIG reading). */
    public boolean isDictionaryName(String word) {
        for (Reading r : german.readings(word)) {
            if (r.tagStarts("EIG")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word names a language (English, Latin, Englisch, Latein). */
    public boolean isLanguageName(String word) {
        return languageNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The dictionary's base form of a German name in the genitive ({@code Nordkoreas} →
     * {@code Nordkorea}, {@code Luthers} → {@code Luther}), or null when it is not one.
     */
    public String genitiveBase(String word) {
        if (language != Language.DE || !word.endsWith("s")) {
            return null;
        }
        for (Reading r : german.readings(word)) {
            if (r.tagStarts("EIG") && r.has("GEN") && !r.lemma().equals(word)) {
                return r.lemma();
            }
        }
        return null;
    }

    /** Name classes the German dictionary gives the word: VOR, NAC, PER, STD, COU, GEB, WAT, MOU, or empty. */
    public Set<String> nameClasses(String word) {
        Set<String> out = new HashSet<>();
        for (Reading r : german.readings(word)) {
            if (r.tagStarts("EIG")) {
                for (String c : List.of("VOR", "NAC", "PER", "STD", "COU", "GEB", "WAT", "MOU")) {
                    if (r.has(c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** Whether the German dictionary knows the word as a common noun. */
    public boolean isCommonNoun(String word) {
        for (Reading r : german.readings(word)) {
            if (r.tagStarts("SUB")) {
                return true;
            }
        }
        return false;
    }
}
