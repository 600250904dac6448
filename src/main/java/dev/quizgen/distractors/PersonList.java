package dev.quizgen.distractors;

import dev.quizgen.article.Language;
import dev.quizgen.facts.Lexicon;
import dev.quizgen.nlp.GermanInflection;
import dev.quizgen.nlp.GermanLexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The lists shipped as data that wrong options are taken from when an article has too few of its
 * own: well-known people by role class ({@code lists/persons.txt}), role classes and
 * near-synonyms ({@code lists/role-fields.txt}), first names and surnames for made-up people
 * ({@code lists/names.txt}), organisations ({@code lists/organisations.txt}) and countries with
 * their cities ({@link PlaceList}). It also gives the German inflection that fits options to
 * their slot. Named for its first list; loaded once and passed along.
 */
public final class PersonList {
    /** A well-known person: role class, century, sex, and the role in each language ({@code französischer Präsident}). */
    public record Person(String de, String en, String roleClass, int century, boolean female, String roleDe, String roleEn) {
        public String name(Language language) {
            return language == Language.DE ? de : en;
        }

        public String role(Language language) {
            return language == Language.DE ? roleDe : roleEn;
        }
    }

    private final List<Person> persons = new ArrayList<>();
    private final Map<String, String> classOfRole = new HashMap<>();
    private final Map<String, List<String>> rolesByClassAndLanguage = new HashMap<>();
    private final Map<String, Integer> synonymGroup = new HashMap<>();
    private final Map<String, List<String[]>> organisationsByField = new HashMap<>();
    private final Map<String, String> fieldOfOrganisationWord = new HashMap<>();
    private final Map<String, List<String>> names = new HashMap<>();
    private final java.util.Set<String> institutionWords = new java.util.HashSet<>();
    private final PlaceList places = new PlaceList();
    private final Supplier<GermanLexicon> german;
    private GermanInflection inflection;

    /** @param german the German dictionary, asked for only when a German option is inflected */
    public PersonList(Supplier<GermanLexicon> german) {
        this.german = german;
        for (String line : lines("/lists/persons.txt")) {
            int colon = line.indexOf(':');
            String[] key = line.substring(0, colon).strip().split("/");
            String[] nameAndRole = line.substring(colon + 1).split("=");
            String[] n = nameAndRole[0].split("\\|");
            String[] r = nameAndRole[1].split("\\|");
            persons.add(new Person(n[0].strip(), n[n.length - 1].strip(), key[0], Integer.parseInt(key[1]),
                    key.length > 2 && key[2].equals("f"), r[0].strip(), r[r.length - 1].strip()));
        }
        int group = 0;
        for (String line : lines("/lists/role-fields.txt")) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String cls = key.substring(0, key.indexOf('.'));
            String language = key.substring(key.indexOf('.') + 1);
            group++;
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                String role = word.replace("~", "");
                if (cls.equals("synonyms")) {
                    synonymGroup.put(language + ":" + role, group);
                } else {
                    classOfRole.put(language + ":" + role, cls);
                    if (!word.startsWith("~")) {
                        rolesByClassAndLanguage.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
                    }
                }
            }
        }
        for (String line : lines("/lists/names.txt")) {
            int colon = line.indexOf(':');
            names.put(line.substring(0, colon).strip(), List.of(line.substring(colon + 1).strip().split("\\s+")));
        }
        for (String line : lines("/lists/not-names.txt")) {
            institutionWords.addAll(List.of(line.split("\\s+")));
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
            String[] n = rest.split("\\|");
            organisationsByField.computeIfAbsent(field, k -> new ArrayList<>())
                    .add(new String[] {n[0].strip(), n.length > 1 ? n[1].strip() : n[0].strip()});
        }
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** The role noun a phrase is about: its listed head ({@code der nordkoreanische Machthaber} → machthaber), or null. */
    public String roleHead(String role, Language language) {
        if (role == null) {
            return null;
        }
        String[] words = WHITESPACE.split(role.toLowerCase(Locale.ROOT));
        String code = language.code();
        for (int i = words.length - 1; i >= 0; i--) {
            if (i > 0 && classOfRole.containsKey(code + ":" + words[i - 1] + "_" + words[i])) {
                return words[i - 1] + "_" + words[i];   // defensive end
            }
            String w = uninflected(words[i], code);
            if (i > 0 && classOfRole.containsKey(code + ":" + w) && words[i - 1].equals("vice")) {
                return "vice-" + w;
            }
            if (classOfRole.containsKey(code + ":" + w)) {
                return w;
            }
            String[] parts = w.split("-");
            String last = parts[parts.length - 1];
            if (classOfRole.containsKey(code + ":" + last)) {
                return last;
            }
            // compounds: Staatspräsident → präsident, the longest listed role noun (5 letters or more) the word ends in;
            // looked up suffix by suffix, as this runs for every word of every stem
            for (int from = 1; from <= last.length() - 5; from++) {
                String tail = last.substring(from);
                if (classOfRole.containsKey(code + ":" + tail)) {
                    return tail;
                }
            }
        }
        return null;
    }

    /** A German role noun as it stands in a phrase, without a case ending (Kaisers → kaiser, Präsidenten → präsident). */
    private String uninflected(String w, String code) {
        if (classOfRole.containsKey(code + ":" + w) || !code.equals("de")) {
            return w;
        }
        for (String ending : List.of("s", "es", "n", "en")) {
            String stem = w.endsWith(ending) ? w.substring(0, w.length() - ending.length()) : null;
            if (stem != null && classOfRole.containsKey(code + ":" + stem)) {
                return stem;
            }
        }
        return w;
    }

    /** The class of a role phrase ({@code US-Präsident} → heads), or null. */
    public String classOf(String role, Language language) {
        String head = roleHead(role, language);
        return head == null ? null : classOfRole.get(language.code() + ":" + head.replace("vice-", ""));
    }

    /** Whether two role nouns name the same office in other words (präsident, staatschef). */
    public boolean synonyms(String headA, String headB, Language language) {
        if (headA == null || headB == null) {
            return false;
        }
        if (headA.equals(headB)) {
            return true;
        }
        Integer a = synonymGroup.get(language.code() + ":" + headA);
        return a != null && a.equals(synonymGroup.get(language.code() + ":" + headB));
    }

    /** Role nouns of a class in a language, lower case ({@code defensive end} in two words). */
    public List<String> roles(String roleClass, Language language) {
        return rolesByClassAndLanguage.getOrDefault(roleClass + "." + language.code(), List.of()).stream().map(r -> r.replace('_', ' ')).toList();
    }

    /** Well-known people of a role class. */
    public List<Person> people(String roleClass) {
        return persons.stream().filter(p -> p.roleClass().equals(roleClass)).toList();
    }

    /** First names ({@code male}, {@code female}) or surnames ({@code surname}) of a style ({@code en}, {@code de}). */
    public List<String> names(String style, String kind) {
        return names.getOrDefault(style + "." + kind, List.of());
    }

    /** The style ({@code en} or {@code de}) and sex ({@code male}, {@code female}) of a listed first name, as "en.male", or null. */
    public String firstNameKind(String firstName) {
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            if (!e.getKey().endsWith("surname") && e.getValue().contains(firstName)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Whether a word ends no person's name (Republic, Reformation, Versammlung) — or, written with
     * a full stop ("Sir."), is a title that needs more than a first name after it.
     */
    public boolean isInstitutionWord(String word) {
        return institutionWords.contains(word);
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

    public PlaceList places() {
        return places;
    }

    /** The German inflection, made on first use (English articles never need the dictionary here). */
    public synchronized GermanInflection inflection() {
        if (inflection == null) {
            inflection = new GermanInflection(german.get());
        }
        return inflection;
    }

    public GermanLexicon german() {
        return german.get();
    }

    private static List<String> lines(String resource) {
        return Lexicon.lines(resource);
    }
}
