package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.AnalyzedText;
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
 * name, surname, city, country…), country names, role nouns before a name, organisation head
 * nouns, acronyms, context words ({@code in X}, {@code sagte X}) and, last, propagation through
 * the document (once {@code Donald Trump} is a person, {@code Trump} is too). Names that fit no
 * rule get a typed guess with a low confidence.
 */
public final class EntityRecognizer {
    private static final Set<String> PLACE_PREPOSITIONS = Set.copyOf(java.util.List.of("in", "im", "aus", "nach", "bei", "nahe",
            "from", "near", "at", "to"));
    private static final Set<String> NAME_JOINERS = Set.copyOf(java.util.List.of("of", "von", "van", "de", "del", "da", "bin", "al"));
    private static final Set<String> NOT_NAMES = Set.copyOf(java.util.List.of("ich", "du", "er", "sie", "es", "wir", "ihr", "i"));

    private static final java.util.regex.Pattern CAPITAL = java.util.regex.Pattern.compile("\\p{Lu}");
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.?");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}0-9&]*\\p{Lu}");

    private final Lexicon lexicon;

    public EntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> recognize(AnalyzedText text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            findNames(s, mentions);
        }
        return propagate(mentions);
    }

    private void findNames(Sentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!isNameToken(t, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size()) {
                if (isNameToken(t, j) && !lexicon.isRole(t.get(j).text())) {
                    j++;
                } else if (j + 1 < t.size() && NAME_JOINERS.contains(t.get(j).text()) && isNameToken(t, j + 1)
                        && lexicon.language() == Language.EN) {
                    j += 2;
                } else {
                    break;
                }
            }
            out.add(type(s, i, j));
            i = j;
        }
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
        if (lexicon.language() == Language.DE && w.indexOf('-') > 0 && !isAcronym(w)) {
            // Korea-Krieg, US-Präsident: a compound with a common-noun head is not a name
            String head = w.substring(w.lastIndexOf('-') + 1);
            if (!head.isEmpty() && Character.isUpperCase(head.charAt(0)) && lexicon.isCommonNoun(head)) {
                return false;
            }
        }
        if (tok.is("PROPN")) {
            if (lexicon.language() == Language.EN && lexicon.isRole(w) && i + 1 < t.size() && t.get(i + 1).is("PROPN")) {
                return false;   // "President Trump": the title is not part of the name
            }
            return !(lexicon.language() == Language.DE && lexicon.isRole(w) && lexicon.isCommonNoun(w));
        }
        if (isAcronym(w)) {
            return true;
        }
        if (lexicon.language() == Language.EN && tok.is("ADJ") && i > 0 && i + 1 < t.size() && t.get(i + 1).is("PROPN")) {
            return true;   // "National Football League"
        }
        if (lexicon.language() == Language.DE) {
            // nouns are capitalised in German: only dictionary names count (Trump tagged NOUN)
            return (tok.is("NOUN") || tok.is("X")) && !lexicon.nameClasses(w).isEmpty() && !lexicon.isCommonNoun(w);
        }
        return (tok.is("NOUN") || tok.is("X")) && i > 0 && !t.get(i - 1).is("PUNCT") && !lexicon.isRole(w);
    }

    static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 6 && ACRONYM.matcher(w).matches();
    }

    private Mention type(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
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
        Token last = t.get(to - 1);
        int words = to - from;
        // organisation words inside the name (English) or a head noun just before it (German)
        for (int k = from; k < to; k++) {
            if (lexicon.isOrganisationHead(t.get(k).text()) && (lexicon.language() == Language.EN || k == to - 1)) {
                return new Type(EntityType.ORGANIZATION, 0.85, "organisation word '" + t.get(k).text() + "'", null);
            }
        }
        int before = from - 1;
        if (before >= 0 && t.get(before).is("NOUN") && lexicon.isOrganisationHead(t.get(before).text())) {
            return new Type(EntityType.ORGANIZATION, 0.85, "after '" + t.get(before).text() + "'", null);
        }
        if (before >= 0 && t.get(before).is("NOUN") && lexicon.isPlaceHead(t.get(before).text())) {
            return new Type(EntityType.PLACE, 0.85, "after '" + t.get(before).text() + "'", null);
        }
        // an acronym in brackets names the noun phrase before it: die entmilitarisierte Zone (DMZ)
        if (before >= 1 && t.get(before).text().equals("(") && to < t.size() && t.get(to).text().equals(")")
                && t.get(before - 1).is("NOUN")) {
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
        Set<String> lastClasses = lexicon.nameClasses(last.text());
        Set<String> firstClasses = lexicon.nameClasses(first.text());
        if (words == 1 || !firstClasses.contains("VOR")) {
            String place = placeClass(lastClasses);
            if (place != null && !lastClasses.contains("VOR") && !lastClasses.contains("NAC")) {
                return new Type(EntityType.PLACE, 0.9, "dictionary: " + place, place);
            }
        }
        if (words >= 2 && firstClasses.contains("VOR")) {
            return new Type(EntityType.PERSON, 0.9, "first name '" + first.text() + "'", null);
        }
        if (before >= 0 && isRoleBefore(t, before)) {
            return new Type(EntityType.PERSON, 0.9, "after role '" + t.get(before).text() + "'", null);
        }
        if (lexicon.language() == Language.EN && words == 1 && lexicon.isOrganisationHead(text)) {
            return new Type(EntityType.ORGANIZATION, 0.6, "organisation word", null);
        }
        if (isAcronym(text)) {
            return new Type(EntityType.ORGANIZATION, 0.6, "acronym", null);
        }
        if (lastClasses.contains("NAC") || words >= 2 && firstClasses.contains("VOR")) {
            return new Type(EntityType.PERSON, 0.75, "surname '" + last.text() + "'", null);
        }
        String place = placeClass(lastClasses);
        if (place != null) {
            return new Type(EntityType.PLACE, 0.75, "dictionary: " + place, place);
        }
        if (before >= 0 && PLACE_PREPOSITIONS.contains(t.get(before).text().toLowerCase(Locale.ROOT))) {
            return new Type(EntityType.PLACE, 0.6, "after '" + t.get(before).text() + "'", null);
        }
        if (firstClasses.contains("VOR")) {
            return new Type(EntityType.PERSON, 0.6, "first name '" + first.text() + "'", null);
        }
        if (words >= 2 && words <= 3) {
            return new Type(EntityType.PERSON, 0.4, "capitalised words (guess)", null);
        }
        return new Type(EntityType.OTHER, 0.3, "capitalised word", null);
    }

    private boolean isRoleBefore(List<Token> t, int i) {
        Token tok = t.get(i);
        return (tok.is("NOUN") || tok.is("PROPN")) && lexicon.isRole(tok.text());
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

    /** Gives weakly typed mentions the type of a surer mention that shares their words. */
    private static List<Mention> propagate(List<Mention> mentions) {
        Map<String, Mention> surest = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.OTHER) {
                continue;
            }
            for (String w : m.text().split(" ")) {
                if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
                    continue;
                }
                Mention prev = surest.get(w);
                if (prev == null || prev.confidence() < m.confidence()) {
                    surest.put(w, m);
                }
            }
            Mention prev = surest.get(m.text());
            if (prev == null || prev.confidence() < m.confidence()) {
                surest.put(m.text(), m);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention source = surest.get(m.text());
            if (source != null && source != m && source.confidence() > m.confidence() && source.confidence() >= 0.6) {
                out.add(m.withType(source.type(), source.confidence() - 0.05,
                        "same name as '" + source.text() + "'", source.subtype()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
