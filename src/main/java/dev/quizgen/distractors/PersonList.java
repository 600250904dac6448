package dev.quizgen.distractors;

import dev.quizgen.article.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped list of well-known people by field ({@code lists/persons.txt}) and which field a
 * role belongs to ({@code lists/role-fields.txt}); used only when an article names too few people.
 */
public final class PersonList {
    private final Map<String, List<String[]>> byField = new HashMap<>();
    private final Map<String, String> fieldOfRole = new HashMap<>();
    private final Map<String, List<String>> rolesByFieldAndLanguage = new HashMap<>();
    private final Map<String, List<String[]>> organisationsByField = new HashMap<>();
    private final Map<String, String> fieldOfOrganisationWord = new HashMap<>();

    public PersonList() {
        for (String line : lines("/lists/persons.txt")) {
            int colon = line.indexOf(':');
            String[] names = line.substring(colon + 1).split("\\|");
            byField.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                    .add(new String[] {names[0].strip(), names.length > 1 ? names[1].strip() : names[0].strip()});
        }
        for (String line : lines("/lists/organisations.txt")) {
            int colon = line.indexOf(':');
            String field = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1).strip();
            if (field.equals("words")) {
                String[] kv = rest.split("=", 2);
                for (String w : kv[1].strip().split("\\s+")) {
                    fieldOfOrganisationWord.put(w, kv[0].strip());
                }
                continue;
            }
            String[] names = rest.split("\\|");
            organisationsByField.computeIfAbsent(field, k -> new ArrayList<>())
                    .add(new String[] {names[0].strip(), names.length > 1 ? names[1].strip() : names[0].strip()});
        }
        for (String line : lines("/lists/role-fields.txt")) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String field = key.substring(0, key.indexOf('.'));
            for (String role : line.substring(colon + 1).strip().split("\\s+")) {
                fieldOfRole.put(role, field);
                rolesByFieldAndLanguage.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
            }
        }
    }

    /** The field of a role phrase ({@code US-Präsident} → politics), or null. */
    public String fieldOf(String role) {
        if (role == null) {
            return null;
        }
        String[] words = role.toLowerCase(Locale.ROOT).split("[\\s-]+");
        for (int i = words.length - 1; i >= 0; i--) {
            String f = fieldOfRole.get(words[i]);
            if (f != null) {
                return f;
            }
            for (Map.Entry<String, String> e : fieldOfRole.entrySet()) {
                if (words[i].endsWith(e.getKey()) && e.getKey().length() >= 5) {
                    return e.getValue();   // compounds: Staatspräsident → präsident
                }
            }
        }
        return null;
    }

    /** The field of an organisation from the words around its name ("Staatsagentur KCNA" → news), or null. */
    public String organisationField(String context) {
        for (String w : context.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            for (Map.Entry<String, String> e : fieldOfOrganisationWord.entrySet()) {
                if (w.endsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Well-known organisations of a field, spelt for the language. */
    public List<String> organisations(String field, Language language) {
        List<String> out = new ArrayList<>();
        for (String[] n : organisationsByField.getOrDefault(field, List.of())) {
            out.add(language == Language.DE ? n[0] : n[1]);
        }
        return out;
    }

    /** Role nouns of a field in a language, lower case ({@code präsident}, {@code kanzler}). */
    public List<String> roles(String field, Language language) {
        return rolesByFieldAndLanguage.getOrDefault(field + "." + language.code(), List.of());
    }

    /** The people of a field, spelt for the language. */
    public List<String> people(String field, Language language) {
        List<String> out = new ArrayList<>();
        for (String[] n : byField.getOrDefault(field, List.of())) {
            out.add(language == Language.DE ? n[0] : n[1]);
        }
        return out;
    }

    private static List<String> lines(String resource) {
        return dev.quizgen.facts.Lexicon.lines(resource);
    }
}
