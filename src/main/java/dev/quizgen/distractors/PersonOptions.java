package dev.quizgen.distractors;

import dev.quizgen.article.Language;
import dev.quizgen.facts.EntityType;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.FactType;
import dev.quizgen.facts.Facts;
import dev.quizgen.facts.Mention;
import dev.quizgen.nlp.GermanInflection;
import dev.quizgen.nlp.GermanInflection.Case;
import dev.quizgen.nlp.GermanInflection.NounPhrase;
import dev.quizgen.nlp.GermanLexicon.Reading;
import dev.quizgen.templates.Draft;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wrong people, organisations, speakers and roles. People of the answer's role class come first
 * (another player for a player, another ruler for a ruler), the article's before well-known ones
 * of the answer's time, made-up names last; a person of the other sex than the role is never
 * offered (the stem's gender would give the answer away). Roles are put into the answer's form
 * ({@code der nordkoreanische Machthaber} → {@code der südkoreanische Präsident}; a woman's role
 * in its feminine form), and never a near-synonym of the answer.
 */
final class PersonOptions {
    private static final double SURE = 0.6;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+\\.?");
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "la", "le", "of", "the", "da", "di", "du", "del", "den", "zu");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "the", "a", "an");
    private static final Set<String> FEMALE_ROLES = Set.of("queen", "empress", "duchess", "princess", "actress", "chairwoman",
            "businesswoman", "congresswoman", "spokeswoman", "countess", "lady");
    private static final Set<String> MALE_ROLES = Set.of("king", "emperor", "duke", "prince", "actor", "chairman", "businessman",
            "congressman", "spokesman", "count", "lord", "earl");
    /** Modifiers that name the same country: "US-Präsident" and "amerikanischer Präsident" are one office. */
    private static final Map<String, String> SAME_MODIFIER = Map.of("amerikanisch", "us", "american", "us", "usa", "us", "u.s", "us",
            "britisch", "british", "englisch", "english");

    private enum Sex { FEMALE, MALE }

    private final Facts facts;
    private final PersonList lists;
    private final Language language;
    /** Every mention's fullest name, worked out once: the picker asks for it for every candidate of every question. */
    private final Map<Mention, String> fullest = new java.util.IdentityHashMap<>();
    private final Map<String, Integer> centuries = new java.util.HashMap<>();
    private Set<String> wellKnownHolders;

    PersonOptions(Facts facts, PersonList lists) {
        this.facts = facts;
        this.lists = lists;
        this.language = facts.text().article().language();
    }

    private String fullest(Mention m) {
        return fullest.computeIfAbsent(m, x -> Mention.fullest(x.text(), x.type(), facts.mentions()));
    }

    // ------------------------------------------------------------------ people

    /** Who: people of the answer's role class first, the article's, then well-known ones of the answer's time, then made-up ones. */
    List<Ranked> persons(Draft draft, Random rng) {
        String answer = draft.answer();
        Fact f = draft.fact();
        String role = f.type() == FactType.PERSON_ROLE ? roleNom(f) : roleOf(answer);
        // "Who became the first quarterback to …?": a person the article gives another role is visibly wrong
        String stemHead = f.type() == FactType.PERSON_ROLE ? null : lists.roleHead(draft.stem().replaceAll("[?.,!]", ""), language);
        String cls = lists.classOf(role != null ? role : stemHead, language);
        Sex sex = sexOfRole(role, f);
        if (sex == null) {
            sex = sexOfName(answer);
        }
        int words = answer.split(" ").length;
        int era = century(draft.sentence().index(), 1);
        int articleEra = era > 0 ? era : articleCentury();
        if (articleEra < 0 && "sports".equals(lists.classOf(role != null ? role : stemHead, language))) {
            articleEra = 21;   // an article that names no year: the listed players are all of today's game
        }
        List<Ranked> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(DistractorPicker.norm(answer));
        for (String p : names(EntityType.PERSON)) {
            if (!seen.add(DistractorPicker.norm(p))) {
                continue;
            }
            String notAName = notAName(p);
            if (notAName != null) {
                out.add(Ranked.rejected(p, "article", 9, notAName));
                continue;
            }
            Set<String> classes = classesOf(p);
            int theirs = personCentury(p);
            boolean sameTime = era > 0 && theirs > 0 && Math.abs(era - theirs) <= 1;
            boolean otherTime = era > 0 && theirs > 0 && Math.abs(era - theirs) > 2;
            // the answer's kind of person first; one of unknown kind from the answer's time before the list, from another time last
            double tier = cls == null ? (otherTime ? 3 : 0) : classes.contains(cls) ? 0 : !classes.isEmpty() || otherTime ? 3
                    : sameTime ? 0.5 : 1.5;
            if (stemHead != null && otherRole(p, stemHead)) {
                tier = Math.max(tier, 3);
            } else if (stemHead != null && classes.isEmpty()) {
                tier = Math.max(tier, 1.5);   // the stem asks for a quarterback: known ones before people the article gives no role
            }
            Sex other = sexOf(p);
            if (sex != null && other != null && sex != other) {
                out.add(Ranked.rejected(p, "article", tier, sex == Sex.FEMALE ? "a man, the question asks for a woman" : "a woman, the question asks for a man"));
                continue;
            }
            out.add(Ranked.of(p, "article", tier + formPenalty(words, p), classes.contains(cls) ? 0 : 1));
        }
        if (cls != null && articleEra > 0) {
            for (PersonList.Person lp : lists.people(cls)) {
                String name = lp.name(language);
                if (!timely(cls, lp.century(), articleEra) || !seen.add(DistractorPicker.norm(name))
                        || sex != null && lp.female() != (sex == Sex.FEMALE)) {
                    continue;   // another time, or the other sex: not offered at all
                }
                String source = "list:persons-" + cls;
                // the role is the question only in "Wer ist …?": for a deed, another quarterback is a fine wrong option
                if (f.type() == FactType.PERSON_ROLE && java.util.Arrays.stream(lp.role(language).split(";")).anyMatch(r -> sameRole(role, r.strip()))) {
                    out.add(Ranked.rejected(name, source, 1, "has this role outside the article (" + lp.role(language) + ")"));
                } else {
                    // people of the question's own century before those of others
                    out.add(Ranked.of(name, source, 1 + formPenalty(words, name) + 0.01 * Math.abs(lp.century() - articleEra), 0));
                }
            }
        }
        // no made-up people ("Michael Johnson"): both teacher reviews found them implausible, a choice between the
        // article's names and two strangers is a two-way choice; a question without enough real people is left out
        return out;
    }

    /**
     * The names (full and surname) of the people the article gives an office that the list of well-known people gives them
     * too: Donald Trump as US-Präsident. A question whose answer is one of them tests world knowledge ("Wer ist
     * US-Präsident?", "Wer hatte das Treffen … via Twitter initiiert?", "mit US-Präsident _____"); readings failed them.
     */
    Set<String> wellKnownHolders() {
        if (wellKnownHolders == null) {
            Set<String> out = new HashSet<>();
            for (Fact r : facts.ofType(FactType.PERSON_ROLE)) {
                String role = roleNom(r);
                String person = r.slot("person");
                if (role != null && person != null && knownHolder(person, role, lists.classOf(role, language))) {
                    out.add(DistractorPicker.norm(person));
                    out.add(DistractorPicker.norm(person.substring(person.lastIndexOf(' ') + 1)));
                }
            }
            wellKnownHolders = out;
        }
        return wellKnownHolders;
    }

    /** Whether the well-known people of the role's class list this person with this role (Donald Trump, US-Präsident). */
    private boolean knownHolder(String person, String role, String cls) {
        return person != null && role != null && cls != null && lists.people(cls).stream().anyMatch(lp -> DistractorPicker.norm(lp.name(language))
                .equals(DistractorPicker.norm(person)) && java.util.Arrays.stream(lp.role(language).split(";")).anyMatch(r -> sameRole(role, r.strip())));
    }

    /** Who did it: people for a person, organisations for an organisation. */
    List<Ranked> actors(Draft draft, Random rng) {
        if (EntityType.ORGANIZATION.name().equals(draft.fact().slot("entityType"))) {
            return organisations(draft);
        }
        return persons(draft, rng);
    }

    /** The article's organisations, then well-known ones of the same field (news agencies for an agency). */
    List<Ranked> organisations(Draft draft) {
        List<Ranked> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean acronym = isAcronym(draft.answer());
        Set<String> mentioned = new HashSet<>();
        facts.mentions().forEach(m -> mentioned.add(m.text()));
        for (String o : names(EntityType.ORGANIZATION)) {
            // the same form as the answer: no "ASL" beside "Carolina", no genitive "Denvers" or "New Englands"
            // (a name the article also has without its -s), no description such as "XLIX-Champion"
            if (isAcronym(o) != acronym || genitiveOfAName(o, mentioned) || description(o)) {
                continue;
            }
            if (seen.add(DistractorPicker.norm(o))) {
                out.add(Ranked.of(o, "article", 0, 0));
            }
        }
        var s = draft.sentence();
        int from = draft.fact().fromToken();
        String context = (from > 0 ? s.tokens().get(from - 1).text() : "") + " " + draft.fact().text();
        String field = lists.organisationField(context);
        if (field != null) {
            for (String o : lists.organisations(field, language)) {
                if (seen.add(DistractorPicker.norm(o))) {
                    out.add(Ranked.of(o, "list:organisations-" + field, 1, 0));
                }
            }
        }
        return out;
    }

    /** Who said it: the article's other speakers and people; organisations only when the article quotes one. */
    List<Ranked> speakers(Draft draft) {
        Set<String> out = new LinkedHashSet<>();
        for (Fact f : facts.ofType(FactType.QUOTE)) {
            if (f.slot("speaker") != null) {
                out.add(f.slot("speaker"));
            }
        }
        for (String p : names(EntityType.PERSON)) {
            if (notAName(p) == null) {
                out.add(p);
            }
        }
        return out.stream().map(s -> Ranked.of(s, "article", 0, 0)).toList();
    }

    // ------------------------------------------------------------------ roles

    /**
     * Other roles in the answer's form: the article's first (of the answer's class before others),
     * then roles of the answer's class from the list. Never one that names the same office.
     */
    List<Ranked> roles(Draft draft) {
        String answer = draft.answer();
        Fact f = draft.fact();
        String cls = lists.classOf(answer, language);
        List<Ranked> raw = new ArrayList<>();
        for (Fact o : facts.ofType(FactType.PERSON_ROLE)) {
            String r = o.slot("roleNom");
            if (r == null || DistractorPicker.norm(o.slot("person")).equals(DistractorPicker.norm(f.slot("person")))) {
                continue;
            }
            String c = lists.classOf(r, language);
            raw.add(Ranked.of(r, "article", cls != null && cls.equals(c) ? 0 : 1, 0));
        }
        if (cls != null) {
            for (String r : lists.roles(cls, language)) {
                String base = base(r);
                if (!base.equals(r) || r.contains("-") && language == Language.DE) {
                    continue;   // feminine forms come from the masculine ones when the answer needs them
                }
                raw.add(Ranked.of(language == Language.DE ? capitalise(r) : r, "list:roles-" + cls, 2, 0));
            }
        }
        List<Ranked> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Ranked r : raw) {
            String fitted = language == Language.DE ? germanRole(answer, r.text()) : englishRole(answer, r.text());
            if (fitted == null) {
                out.add(Ranked.rejected(r.text(), r.candidate().source(), r.tier(), "cannot be put in the answer's form"));
            } else if (sameRole(answer, fitted)) {
                out.add(Ranked.rejected(fitted, r.candidate().source(), r.tier(), "names the same office as the answer"));
            } else if (seen.add(DistractorPicker.norm(fitted))) {
                // only an article takes the answer's capital ("Der … " at a sentence start); German nouns and adjectives keep theirs
                boolean article = ARTICLES.contains(answer.split(" ")[0].toLowerCase(Locale.ROOT)) && ARTICLES.contains(fitted.split(" ")[0]);
                out.add(r.withText(article ? DistractorPicker.matchCase(fitted, answer) : fitted));
            }
        }
        return out;
    }

    /** A German role in the answer's form: the same article type, the answer's gender, nominative singular. */
    private String germanRole(String answer, String candidate) {
        GermanInflection inflection = lists.inflection();
        NounPhrase a = inflection.parse(answer);
        NounPhrase c = inflection.parse(candidate);
        if (a == null || c == null) {
            return null;
        }
        GermanInflection.NounInfo noun = c.noun();
        if (!noun.gender().equals(a.noun().gender())) {
            noun = Set.of("MAS", "FEM").contains(a.noun().gender()) ? inflection.otherSex(noun) : null;
            if (noun == null) {
                return null;   // a feminine role for a man, and no masculine form
            }
        }
        // the candidate keeps its adjectives: without them "der nordkoreanische Machthaber" would be a "Machthaber", as a president is
        GermanInflection.Article article = a.article() == GermanInflection.Article.DEF ? GermanInflection.Article.DEF : GermanInflection.Article.NONE;
        String phrase = inflection.phrase(article, c.adjectives(), noun, Case.NOM);
        return phrase == null ? null : c.tail().isEmpty() ? phrase : phrase + " " + c.tail();
    }

    /** An English role in the answer's form: "the" when the answer has it, its head capitalised as the answer's. */
    private String englishRole(String answer, String candidate) {
        boolean the = answer.toLowerCase(Locale.ROOT).startsWith("the ");
        String c = candidate.replaceFirst("(?i)^the ", "");
        String answerHead = lists.roleHead(answer, language);
        String head = lists.roleHead(c, language);
        if (answerHead != null && head != null) {
            boolean upper = false;
            for (String w : answer.split(" ")) {
                if (w.equalsIgnoreCase(answerHead) || w.toLowerCase(Locale.ROOT).endsWith(answerHead)) {
                    upper = Character.isUpperCase(w.charAt(0));
                }
            }
            StringBuilder sb = new StringBuilder();
            for (String w : c.split(" ")) {
                if (w.equalsIgnoreCase(head) && !w.isEmpty() && !upper) {
                    w = w.substring(0, 1).toLowerCase(Locale.ROOT) + w.substring(1);   // "the General" among "the captain"s
                }
                sb.append(sb.length() > 0 ? " " : "").append(w);
            }
            c = sb.toString();
        }
        return the ? "the " + c : c;
    }

    /**
     * Whether two role phrases name the same office: the same role noun (or a near-synonym) and
     * modifiers that do not tell them apart ("Präsident" and "US-Präsident" do not; "US-Präsident"
     * and "französischer Präsident" do).
     */
    boolean sameRole(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String ha = lists.roleHead(a, language);
        String hb = lists.roleHead(b, language);
        if (ha == null || hb == null) {
            return DistractorPicker.norm(a).equals(DistractorPicker.norm(b));
        }
        if (!lists.synonyms(base(ha), base(hb), language)) {
            return false;
        }
        Set<String> ma = modifiers(a, ha);
        Set<String> mb = modifiers(b, hb);
        return ma.containsAll(mb) || mb.containsAll(ma);
    }

    /**
     * Whether a sentence that names the person also has the role's noun (or a near-synonym) outside
     * every role the facts tied to someone: "indem sie Prinz Guaimar IV. zum Herzog erklärte" makes
     * Guaimar a Herzog too, though no fact says so.
     */
    boolean namedWithRole(String person, String role) {
        String head = lists.roleHead(role, language);
        if (head == null || person == null) {
            return false;
        }
        Set<String> modifiers = modifiers(role, head);
        Set<Integer> sentences = new HashSet<>();
        for (Mention m : facts.mentions()) {
            if (m.type() == EntityType.PERSON && DistractorPicker.norm(fullest(m)).equals(DistractorPicker.norm(person))) {
                sentences.add(m.sentence());
            }
        }
        for (int s : sentences) {
            List<dev.quizgen.nlp.Token> tokens = facts.text().sentences().get(s).tokens();
            for (int k = 0; k < tokens.size(); k++) {
                String h = inRoleFact(s, k) ? null : lists.roleHead(tokens.get(k).text(), language);
                // the same role noun, and the asked role's adjectives before it: "Präsident der USA" is no "nordkoreanischer Machthaber"
                int at = k;
                if (h != null && base(h).equals(base(head)) && modifiers.stream().allMatch(x -> before(tokens, at, x))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the three words before a token is the modifier (endings aside). */
    private static boolean before(List<dev.quizgen.nlp.Token> tokens, int k, String modifier) {
        for (int i = Math.max(0, k - 3); i < k; i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            String stem = w.length() > 5 ? w.replaceFirst("(e|en|er|es|em)$", "") : w;
            if (stem.equals(modifier) || SAME_MODIFIER.getOrDefault(stem, stem).equals(modifier)) {
                return true;
            }
        }
        return false;
    }

    private boolean inRoleFact(int sentence, int token) {
        for (Fact f : facts.ofType(FactType.PERSON_ROLE)) {
            if (f.sentence() == sentence && token >= f.phraseFrom() && token < f.phraseTo()) {
                return true;
            }
        }
        return false;
    }

    /** The masculine role noun for a feminine one (präsidentin → präsident), else the noun. */
    private String base(String head) {
        if (head != null && head.endsWith("in") && lists.classOf(head.substring(0, head.length() - 2), language) != null) {
            return head.substring(0, head.length() - 2);
        }
        return head;
    }

    /** Words that narrow a role: adjectives and a compound's first part, endings dropped (US-Präsident → us). */
    private static Set<String> modifiers(String role, String head) {
        Set<String> out = new HashSet<>();
        String cut = role.toLowerCase(Locale.ROOT);
        int genitive = indexOfGenitive(cut);
        if (genitive > 0) {
            cut = cut.substring(0, genitive);   // "der Präsident der USA": the genitive counts as a modifier too
            out.add(role.toLowerCase(Locale.ROOT).substring(genitive).strip());
        }
        for (String w : cut.split("\\s+")) {
            if (w.isEmpty() || ARTICLES.contains(w)) {
                continue;
            }
            if (w.endsWith(head) || w.endsWith(head + "in")) {
                String prefix = w.substring(0, w.lastIndexOf(head)).replaceAll("-$", "");
                if (!prefix.isEmpty()) {
                    out.add(SAME_MODIFIER.getOrDefault(prefix, prefix));
                }
                continue;
            }
            String stem = w.length() > 5 ? w.replaceFirst("(e|en|er|es|em)$", "") : w;
            out.add(SAME_MODIFIER.getOrDefault(stem, stem));
        }
        return out;
    }

    private static int indexOfGenitive(String role) {
        for (String g : List.of(" der ", " des ", " of ", " at ")) {
            int i = role.indexOf(g);
            if (i > 0) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ helpers

    /** The article's names of one type, in their fullest form, each once. */
    private List<String> names(EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : facts.mentions()) {
            if (m.type() == type && m.confidence() >= SURE) {
                out.add(fullest(m));
            }
        }
        return List.copyOf(out);
    }

    /** "Denvers", "New Englands": a German genitive of a name the article has without its -s (alone or in a longer name). */
    private boolean genitiveOfAName(String name, Set<String> mentioned) {
        if (!name.endsWith("s") || name.length() < 4) {
            return false;
        }
        String base = name.substring(0, name.length() - 1);
        if (lists.places().lookup(base) != null) {
            return true;
        }
        for (String m : mentioned) {
            if (m.equals(base) || m.startsWith(base + " ")) {
                return true;
            }
        }
        return false;
    }

    /** "XLIX-Champion": a compound whose last part is a German common noun describes, it does not name. */
    private boolean description(String name) {
        int hyphen = name.lastIndexOf('-');
        if (language != Language.DE || hyphen < 0 || hyphen == name.length() - 1) {
            return false;
        }
        for (Reading r : lists.german().readings(name.substring(hyphen + 1))) {
            if (r.tagStarts("SUB")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String name) {
        return name.length() > 1 && !name.contains(" ") && name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    }

    /** Why a name the article typed as a person's does not look like one, or null. */
    private String notAName(String name) {
        String[] w = name.split(" ");
        if (w.length > 1 && Set.of("a", "an", "the", "ein", "eine", "der", "die", "das").contains(w[0].toLowerCase(Locale.ROOT))) {
            return "a description, not a name";
        }
        if (lists.places().lookup(w[w.length - 1]) != null || lists.places().lookup(name) != null) {
            return "a place name, not a person's";
        }
        for (Mention m : facts.mentions()) {
            if (m.text().equals(name) && (m.type() == EntityType.PLACE || m.type() == EntityType.ORGANIZATION) && m.confidence() >= 0.8) {
                return "named as a place or organisation elsewhere in the article";
            }
        }
        if (w.length == 1 && name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 1) {
            return "an acronym, not a person's name";
        }
        if (lists.isInstitutionWord(w[w.length - 1])) {
            return "an institution or event, not a person";   // German Democratic Republic, Protestant Reformation
        }
        if (w.length == 2 && lists.isInstitutionWord(w[0] + ".")) {
            return "a title and a first name, not a full name";   // Sir Edwin
        }
        return null;
    }

    /** The role the article gives a person, or null. */
    private String roleOf(String person) {
        for (Fact f : facts.ofType(FactType.PERSON_ROLE)) {
            if (DistractorPicker.norm(f.slot("person")).equals(DistractorPicker.norm(person))) {
                return roleNom(f);
            }
        }
        return null;
    }

    /** A role in the nominative when the facts give it (der römische Kaiser for "des römischen Kaisers"), else as it stands. */
    private static String roleNom(Fact f) {
        return f.slot("roleNom") != null ? f.slot("roleNom") : f.slot("role");
    }

    /** Whether the article gives the person roles, none of them the stem's role noun. */
    private boolean otherRole(String person, String head) {
        boolean any = false;
        for (Fact f : facts.ofType(FactType.PERSON_ROLE)) {
            if (DistractorPicker.norm(f.slot("person")).equals(DistractorPicker.norm(person))) {
                String h = lists.roleHead(roleNom(f), language);
                if (h != null && lists.synonyms(base(h), base(head), language)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private Set<String> classesOf(String person) {
        Set<String> out = new HashSet<>();
        for (Fact f : facts.ofType(FactType.PERSON_ROLE)) {
            if (DistractorPicker.norm(f.slot("person")).equals(DistractorPicker.norm(person))) {
                String c = lists.classOf(roleNom(f), language);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** A one-word name among full names, or a full name among single ones, stands out. */
    private static double formPenalty(int answerWords, String candidate) {
        int words = candidate.split(" ").length;
        return (answerWords == 1) == (words == 1) ? 0 : 0.5;
    }

    /** A woman's or a man's role, when the role noun says so (Kanzlerin, queen). */
    private Sex sexOfRole(String role, Fact f) {
        if (role == null) {
            return null;
        }
        String head = lists.roleHead(role, language);
        if (head == null) {
            return null;
        }
        if (language == Language.EN) {
            return FEMALE_ROLES.contains(head) ? Sex.FEMALE : MALE_ROLES.contains(head) ? Sex.MALE : null;
        }
        if (!base(head).equals(head)) {
            return Sex.FEMALE;
        }
        // a masculine noun that has a feminine form ("der römische Kaiser", not "Kaiserin") asks for a man:
        // a woman among the options would be ruled out by the stem's grammar alone
        return lists.classOf(head + "in", language) != null ? Sex.MALE : null;
    }

    /** A person's sex from the roles the article gives them, else from the first name. */
    private Sex sexOf(String person) {
        for (Fact f : facts.ofType(FactType.PERSON_ROLE)) {
            if (DistractorPicker.norm(f.slot("person")).equals(DistractorPicker.norm(person))) {
                Sex s = sexOfRole(roleNom(f), f);
                if (s != null) {
                    return s;
                }
            }
        }
        return sexOfName(person);
    }

    /** The sex of a first name: the shipped names, else the dictionary's first-name tag. */
    private Sex sexOfName(String name) {
        String[] w = name.split(" ");
        if (w.length < 2) {
            return null;
        }
        String kind = lists.firstNameKind(w[0]);
        if (kind != null) {
            return kind.endsWith("female") ? Sex.FEMALE : Sex.MALE;
        }
        Sex found = null;
        for (Reading r : lists.german().readings(w[0])) {
            if (r.tagStarts("EIG") && r.has("VOR")) {
                Sex s = r.has("FEM") ? Sex.FEMALE : r.has("MAS") ? Sex.MALE : null;
                if (found != null && s != found) {
                    return null;   // used for both
                }
                found = s;
            }
        }
        return found;
    }

    /**
     * Whether a well-known person fits a question about this century: politicians and players of
     * the same time (no Churchill for a 2019 summit); rulers of any time before today; scientists,
     * artists and reformers not after it (no Picasso for an article on 1803).
     */
    private static boolean timely(String roleClass, int century, int era) {
        return switch (roleClass) {
            case "heads", "office", "sports", "business" -> Math.abs(century - era) <= 1;
            case "nobility", "military" -> century <= 19 || Math.abs(century - era) <= 1;
            default -> century <= era + 1;
        };
    }

    /** The century of the year (or century) named nearest to a sentence, at most {@code within} sentences away, else -1. */
    private int century(int sentence, int within) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Fact f : facts.ofType(FactType.DATE)) {
            int c = centuryOf(f);
            int d = Math.abs(f.sentence() - sentence);
            if (c > 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= within ? best : -1;
    }

    private static int centuryOf(Fact date) {
        if ("century".equals(date.slot("kind"))) {
            Matcher m = Pattern.compile("^(\\d{1,2})").matcher(date.text());
            return m.find() && !date.text().matches(".*(v\\. ?Chr|BC|B\\.C).*") ? Integer.parseInt(m.group(1)) : -1;
        }
        Matcher m = YEAR.matcher(date.text());
        return m.find() ? Integer.parseInt(m.group(1)) / 100 + 1 : -1;
    }

    /** The century of the article as a whole: its date header, else the middle of the years it names, else -1. */
    private int articleCentury() {
        String date = facts.text().article().date();
        if (date != null && date.length() >= 4) {
            return Integer.parseInt(date.substring(0, 4)) / 100 + 1;
        }
        List<Integer> all = new ArrayList<>();
        for (Fact f : facts.ofType(FactType.DATE)) {
            int c = centuryOf(f);
            if (c > 0) {
                all.add(c);
            }
        }
        if (all.isEmpty()) {
            return -1;
        }
        Collections.sort(all);
        return all.get(all.size() / 2);
    }

    /** The century named in a sentence where the person is mentioned, or -1. */
    private int personCentury(String person) {
        return centuries.computeIfAbsent(DistractorPicker.norm(person), key -> {
            for (Mention m : facts.mentions()) {
                if (m.type() == EntityType.PERSON && DistractorPicker.norm(fullest(m)).equals(key)) {
                    int c = century(m.sentence(), 0);
                    if (c > 0) {
                        return c;
                    }
                }
            }
            return -1;
        });
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.GERMAN) + s.substring(1);
    }
}
