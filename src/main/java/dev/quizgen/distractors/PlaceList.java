package dev.quizgen.distractors;

import dev.quizgen.article.Language;
import dev.quizgen.facts.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries with their capitals and big cities ({@code lists/countries.txt}), the country names
 * taken from the JDK's locale data: wrong options for a country or a city, where they lie (for
 * near and far options), and how a German or English phrase names them (die Schweiz, the Netherlands).
 */
public final class PlaceList {
    /**
     * A listed place.
     *
     * @param kind      {@code country} or {@code city}
     * @param country   ISO code of the country (its own for a country)
     * @param region    region of the country (europe-west, asia-east, …)
     * @param capital   a country's capital, or the city that is one
     * @param deArticle German article the name takes: {@code f}, {@code m}, {@code pl}, or empty for none
     * @param enThe     the English name takes "the"
     */
    public record Place(String de, String en, String kind, String country, String region, boolean capital,
                        String deArticle, boolean enThe) {
        public String name(Language language) {
            return language == Language.DE ? de : en;
        }
    }

    private final List<Place> countries = new ArrayList<>();
    private final List<Place> cities = new ArrayList<>();
    /** Every name and alias, lower case, in both languages → the place. */
    private final Map<String, Place> byName = new HashMap<>();

    public PlaceList() {
        for (String line : Lexicon.lines("/lists/countries.txt")) {
            String[] f = line.split("\\|");
            String code = f[0].strip();
            String region = f[1].strip();
            Locale locale = new Locale("", code);
            String de = locale.getDisplayCountry(Locale.GERMAN);
            String en = locale.getDisplayCountry(Locale.ENGLISH);
            String deArticle = "";
            boolean enThe = false;
            List<String> aliases = new ArrayList<>(List.of(de, en));
            if (f.length > 4) {
                for (String x : f[4].split(",")) {
                    x = x.strip();
                    if (x.startsWith("de=")) {
                        de = x.substring(3);
                    } else if (x.startsWith("en=")) {
                        en = x.substring(3);
                    } else if (x.startsWith("de:")) {
                        deArticle = x.substring(3);
                    } else if (x.equals("en:the")) {
                        enThe = true;
                    } else if (x.startsWith("alias=")) {
                        aliases.add(x.substring(6));
                    }
                }
            }
            Place country = new Place(de, en, "country", code, region, false, deArticle, enThe);
            countries.add(country);
            aliases.add(de);
            aliases.add(en);
            for (String a : aliases) {
                byName.put(a.toLowerCase(Locale.ROOT), country);
            }
            boolean capital = true;
            for (String part : (f[2] + (f.length > 3 && !f[3].isBlank() ? "," + f[3] : "")).split(",")) {
                String[] names = part.strip().split("/");
                Place city = new Place(names[0].strip(), names[names.length - 1].strip(), "city", code, region, capital, "", false);
                capital = false;
                cities.add(city);
                byName.putIfAbsent(city.de().toLowerCase(Locale.ROOT), city);
                byName.putIfAbsent(city.en().toLowerCase(Locale.ROOT), city);
            }
        }
    }

    /** The listed place of this name or alias, in either language, or null. */
    public Place lookup(String name) {
        return name == null ? null : byName.get(name.strip().toLowerCase(Locale.ROOT));
    }

    public List<Place> countries() {
        return countries;
    }

    public List<Place> cities() {
        return cities;
    }

    /** The country's listed capital, or null. */
    public Place capitalOf(String country) {
        for (Place c : cities) {
            if (c.capital() && c.country().equals(country)) {
                return c;
            }
        }
        return null;
    }
}
