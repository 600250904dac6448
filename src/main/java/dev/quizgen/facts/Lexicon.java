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
    private final Map<String, String> countries;
    private final GermanLexicon german;
    private final GermanWordSplitter splitter;
    private final Map<String, String> headCache = new java.util.concurrent.ConcurrentHashMap<>();

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
        countries = countries();
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

    static List<String> lines(String resource) {
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
        return weekdays.stream().anyMatch(w -> w.equalsIgnoreCase(word));
    }

    public boolean isMonth(String word) {
        return months.stream().anyMatch(w -> w.equalsIgnoreCase(word));
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

    private String nounLemma(String w) {
        for (Reading r : german.readings(w)) {
            if (r.tagStarts("SUB")) {
                return r.lemma();
            }
        }
        return null;
    }

    public boolean isRole(String word) {
        if (language == Language.DE) {
            String h = head(word);
            return roles.contains(h) || roles.contains(word);
        }
        return roles.contains(word.toLowerCase(Locale.ROOT));
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

    /** Name classes the German dictionary gives the word: VOR, NAC, STD, COU, GEB, WAT, MOU, or empty. */
    public Set<String> nameClasses(String word) {
        Set<String> out = new HashSet<>();
        for (Reading r : german.readings(word)) {
            if (r.tagStarts("EIG")) {
                for (String c : List.of("VOR", "NAC", "STD", "COU", "GEB", "WAT", "MOU")) {
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
