package dev.quizgen.templates;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.GermanLexicon.Reading;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Errors in the article's own sentence that a question would copy: a German article or possessive
 * that agrees with the noun right after it in no case and number ("sein Angriffe"), a
 * number repeated across a comma ("1603, 1603"), English "between 1350 to 1490" and a comma
 * between a subject in brackets and its verb ("The … Theatre (1922–26), was …"). Teachers failed questions that print them; none is made from such
 * a sentence.
 */
final class SourceFlaws {
    private static final Set<String> CASES = Set.of("NOM", "AKK", "DAT", "GEN");
    /**
     * Nouns a German name is joined to with hyphens ("Wojciech-Bogusławski-Theater", "Upati-Institut");
     * after a name without them they copy a translation's slip ("Wojciech Bogusławski Theater").
     * A name ending in "-er" is an adjective ("Warschauer Theater").
     */
    private static final Set<String> NAMED_HEADS = Set.of("Theater", "Institut", "Museum", "Stadion", "Gymnasium", "Bibliothek",
            "Denkmal", "Orchester", "Akademie", "Stiftung", "Preis", "Kanal", "Flughafen", "Bahnhof");
    private static final Set<String> NUMBERS = Set.of("SIN", "PLU");

    /** "[citation needed]", „[Literaturangabe benötigt]“: a wiki's editing note copied with the text. */
    private static final java.util.regex.Pattern EDITORIAL_NOTE = java.util.regex.Pattern.compile(
            "\\[(?i:citation needed|clarification needed|when\\?|who\\?|by whom\\?|according to whom\\?|dubious[^\\]]*|"
                    + "Literaturangabe benötigt|Zitat benötigt|Quelle benötigt|Belege fehlen|Zitation benötigt)]");

    private SourceFlaws() {
    }

    /** What is wrong with the sentence as the article prints it, or null. */
    static String of(Sentence s, Language language, GermanLexicon german, Set<Integer> inNames) {
        List<Token> t = s.tokens();
        for (int i = 2; i < t.size(); i++) {
            if (t.get(i - 1).text().equals(",") && t.get(i).text().equals(t.get(i - 2).text()) && t.get(i).text().matches("\\d+")) {
                return "'" + t.get(i).text() + ", " + t.get(i).text() + "': a word repeated by mistake";
            }
        }
        java.util.regex.Matcher note = EDITORIAL_NOTE.matcher(s.text());
        if (note.find()) {
            return "'" + note.group() + "': an editor's note of the source, not the text";
        }
        if (language == Language.EN) {
            return english(s);
        }
        if (german == null) {
            return null;
        }
        String hyphen = halfHyphenated(t, german);
        if (hyphen != null) {
            return hyphen;
        }
        String typo = misspeltHead(t, german);
        if (typo != null) {
            return typo;
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).text();
            if (t.get(i).is("PROPN") && Character.isUpperCase(w.charAt(0)) && !w.endsWith("er") && !w.endsWith("isch")
                    && NAMED_HEADS.contains(t.get(i + 1).text()) && !adjective(w, german) && !englishName(t, i)) {
                return "'" + w + " " + t.get(i + 1).text() + "': a name and its noun written apart (" + w + "-" + t.get(i + 1).text() + ")";
            }
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).is("DET")) {
                continue;
            }
            // only an article or possessive right before its noun: with words between, "das" may be a relative
            // pronoun; names ("der Panthers"), letters ("O 2") and cut compounds ("einer Start- und …") are no nouns here
            int k = i + 1;
            String noun = t.get(k).text();
            if (!t.get(k).is("NOUN") || inNames.contains(k) || i > 0 && t.get(i - 1).text().equals(",")   // ", der Hunderte …": a relative pronoun
                    || k + 1 < t.size() && t.get(k + 1).text().equals("&") || noun.length() < 3 || noun.endsWith("-")
                    || k + 1 < t.size() && (t.get(k + 1).text().startsWith("-") || t.get(k + 1).isCapitalized() && t.get(k + 1).is("NOUN"))) {
                continue;
            }
            Set<String> det = forms(german.readings(t.get(i).text().toLowerCase(java.util.Locale.GERMAN)), "ART", "PRO:POS");
            Set<String> nounForms = forms(german.readings(noun), "SUB", null);
            if (det.isEmpty() || nounForms.isEmpty()) {
                continue;   // a word the dictionary does not know: nothing to say
            }
            det.retainAll(nounForms);
            if (det.isEmpty()) {
                return "'" + s.textOf(i, k + 1) + "': the article and its noun do not agree";
            }
        }
        return null;
    }

    /** "24-10 Führung": a score before its noun without the hyphen that joins them ("24:10-Führung"). */
    private static final java.util.regex.Pattern SCORE_NOUN = java.util.regex.Pattern.compile("^\\d{1,2}[-–:]\\d{1,2}$");

    /**
     * A German compound of a foreign name and a noun hyphenated only in part: "Pro Bowl-Selektionen"
     * (for "Pro-Bowl-Selektionen"), or a score and its noun not hyphenated: "24-10 Führung".
     */
    private static String halfHyphenated(List<Token> t, GermanLexicon german) {
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i).text();
            String before = t.get(i - 1).text();
            int dash = w.indexOf('-');
            if (dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(dash + 1))
                    && i - 1 > 0 && Character.isUpperCase(before.charAt(0)) && before.chars().allMatch(Character::isLetter)
                    && (!german.knows(before) || !t.get(i - 1).is("NOUN"))) {
                return "'" + before + " " + w + "': a compound hyphenated only in part";
            }
            if (dash > 0 && NUMBER_WORDS.contains(w.substring(0, dash).toLowerCase(java.util.Locale.ROOT))
                    && w.substring(dash + 1).startsWith("mal")) {
                return "'" + w + "': written apart by mistake";   // "sechs-malige" for "sechsmalige"
            }
            if (SCORE_NOUN.matcher(before).matches() && Character.isUpperCase(w.charAt(0)) && german.knows(w)
                    && german.readings(w).stream().anyMatch(r -> r.tagStarts("SUB"))) {
                return "'" + before + " " + w + "': a score and its noun without a hyphen";
            }
        }
        return null;
    }

    private static final Set<String> NUMBER_WORDS = Set.of("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
            "neun", "zehn", "elf", "zwölf", "viel", "mehr");

    /** "between 1350 to 1490". */
    private static final java.util.regex.Pattern BETWEEN_TO = java.util.regex.Pattern.compile(
            "\\bbetween (the )?\\d[\\d,.]* to \\d", java.util.regex.Pattern.CASE_INSENSITIVE);
    /**
     * "led the team in tackles (118) forced two fumbles": a count in brackets after a common noun,
     * then a verb in the past with no comma, where a list of deeds lost its comma ("Cantor (2001)
     * thought" after a name is a citation, and sound).
     */
    private static final java.util.regex.Pattern COMMA_LOST_AFTER_COUNT = java.util.regex.Pattern.compile(
            "\\b[a-z]+s \\(\\d[\\d,.]*\\) [a-z]+ed\\b");
    /** "The Wojciech Bogusławski Theatre (1922–26), was the best example …": a comma between subject and verb. */
    private static final java.util.regex.Pattern COMMA_BEFORE_VERB = java.util.regex.Pattern.compile(
            "^[^,]*\\([^)]*\\), (was|were|is|are|has|had|became)\\b");

    /** "162 584 mln EUR": thousands set off by a space and "mln", written the continental way in an English text. */
    private static final java.util.regex.Pattern CONTINENTAL_AMOUNT = java.util.regex.Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?: \\d{3})+(?![\\d.,])|\\b\\d[\\d,.]* mln\\b");

    /** "Der Internationale Flughafen": a capitalised adjective of a name, not a name. */
    private static boolean adjective(String w, GermanLexicon german) {
        return german.readings(w.toLowerCase(java.util.Locale.GERMAN)).stream().anyMatch(r -> r.tagStarts("ADJ"));
    }

    /** "Victoria and Albert Museum", "Museum of London": an English name kept as it is, written as in English. */
    private static boolean englishName(List<Token> t, int i) {
        for (int k = i - 1; k > 0; k--) {
            String w = t.get(k).text();
            if (w.equals("and") || w.equals("of") || w.equals("the")) {
                return true;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß";

    /**
     * "Bodhisattva-Gelübte": the last part of a hyphenated German compound that the dictionary
     * does not know, while it knows a noun one letter away ("Gelübde"): a typing slip of the source.
     */
    private static String misspeltHead(List<Token> t, GermanLexicon german) {
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text();
            int dash = w.lastIndexOf('-');
            if (dash <= 0 || dash + 6 > w.length() || !Character.isLetter(w.charAt(dash - 1))
                    || java.util.Arrays.stream(w.split("-")).anyMatch(part -> part.isEmpty() || !Character.isUpperCase(part.charAt(0)))) {
                continue;   // "2-Point": a number joined to an English word; "Île-de-France": a name with a particle
            }
            String head = w.substring(dash + 1);
            if (!Character.isUpperCase(head.charAt(0)) || !head.chars().allMatch(Character::isLetter) || german.knows(head)) {
                continue;
            }
            for (int k = 1; k < head.length(); k++) {
                for (char c : LETTERS.toCharArray()) {
                    if (c == Character.toLowerCase(head.charAt(k))) {
                        continue;
                    }
                    String variant = head.substring(0, k) + c + head.substring(k + 1);
                    if (german.readings(variant).stream().anyMatch(r -> r.tagStarts("SUB"))) {
                        return "'" + w + "': unknown to the dictionary, one letter away from a German noun (a slip of the source)";
                    }
                }
            }
        }
        return null;
    }

    private static String english(Sentence s) {
        if (CONTINENTAL_AMOUNT.matcher(s.text()).find()) {
            return "an amount written the continental way ('162 584 mln EUR')";
        }
        if (BETWEEN_TO.matcher(s.text()).find()) {
            return "'between … to': the article's slip for 'between … and'";
        }
        if (COMMA_BEFORE_VERB.matcher(s.text()).find()) {
            return "a comma between the subject and its verb";
        }
        if (COMMA_LOST_AFTER_COUNT.matcher(s.text()).find()) {
            return "a comma missing between two deeds after a count in brackets";
        }
        return null;
    }

    /** case:number of the readings with one of the tag prefixes. */
    private static Set<String> forms(List<Reading> readings, String prefix, String otherPrefix) {
        Set<String> out = new HashSet<>();
        for (Reading r : readings) {
            if (!r.tagStarts(prefix) && (otherPrefix == null || !r.tagStarts(otherPrefix))) {
                continue;
            }
            String c = null;
            String n = null;
            for (String part : r.tag().split(":")) {
                c = CASES.contains(part) ? part : c;
                n = NUMBERS.contains(part) ? part : n;
            }
            if (c == null || n == null) {
                continue;
            }
            out.add(c + ":" + n);   // case and number: gender is left out, as the tagger reads English names ("der Panthers") as nouns
        }
        return out;
    }
}
