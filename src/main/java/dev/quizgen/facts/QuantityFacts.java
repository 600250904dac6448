package dev.quizgen.facts;

import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * QUANTITY and NUMBER facts: a number with the noun it counts ({@code 66 Jahre},
 * {@code 50 Minuten}, {@code 3,5 Millionen Euro}, {@code 1.500 Soldaten}, {@code 70 percent},
 * {@code vier Interceptions}); a bare number without a counted noun is a NUMBER. Digits with
 * separators ({@code 1.500}, {@code 3,5}, {@code 17,786,419}, {@code 162 584}), fractions
 * ({@code 6½}), scores ({@code 23–16}) and number words ({@code lexicon/numbers.*.txt}) count.
 * Not numbers here: years and dates (left to {@link DateFacts}), ordinals ({@code 5. Rang}),
 * numbers that belong to a name ({@code Datsun 810}, {@code Eurobird 1}) and numbers inside
 * compounds ({@code 24-Yard}).
 */
final class QuantityFacts implements FactExtractor {
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}([.,']\\d{3})+|\\d+)([.,]\\d+)?[½¼¾⅓⅔]?|[½¼¾]|\\d{1,3}[-–]\\d{1,3}");
    /** A currency sign before or a degree sign after the digits, in one token: £30, $5.5, 19.2°E. */
    private static final Pattern GLUED = Pattern.compile("([£$€¥]?)(\\d+(?:[.,]\\d+)?)((?:°[A-Z]?)?)");
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-–]\\d{1,3}");
    private static final Pattern YEARLIKE = Pattern.compile("1[0-9]{3}|20[0-9]{2}|(1[0-9]{3}|20[0-9]{2})[-–]\\d{2,4}");
    private static final Set<String> SCALES = Set.of("Millionen", "Million", "Milliarden", "Milliarde", "Tausend",
            "million", "millions", "billion", "billions", "thousand", "Mio", "Mrd", "Mio.", "Mrd.", "hundred");
    private static final Set<String> PERCENT = Set.of("%", "Prozent", "percent", "per cent");

    /** A digit or a fraction sign: what every pattern of a number (and of a date written with one) needs. */
    static boolean hasDigit(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9' || c == '½' || c == '¼' || c == '¾' || c == '⅓' || c == '⅔') {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                // the tagger sometimes takes a sentence-initial "Drei" for something else
                boolean word = doc.lexicon().isNumberWord(tok.text())
                        && (tok.is("NUM") || i == 0 && tok.isCapitalized() && !tok.isPunct());
                // most tokens hold no digit: no pattern runs on them (this loop sees every token of the article)
                boolean numeric = hasDigit(tok.text());
                boolean digits = numeric && NUMBER.matcher(tok.text()).matches()
                        && (tok.is("NUM") || tok.is("ADJ") || tok.is("NOUN") || tok.is("X") || tok.is("SYM"));
                java.util.regex.Matcher glued = numeric ? GLUED.matcher(tok.text()) : null;
                if (!word && !digits && glued != null && glued.matches() && !(glued.group(1).isEmpty() && glued.group(3).isEmpty())
                        && !YEARLIKE.matcher(glued.group(2)).matches()) {
                    out.add(glued(s, t, i, glued));   // £30m, 19.2°E: the tokenizer left a sign on the number
                    continue;
                }
                if (!word && !digits) {
                    continue;
                }
                if (YEARLIKE.matcher(tok.text()).matches() && !unitFollows(doc, t, i + 1)) {
                    continue;
                }
                if (isDateOrTime(doc, t, i) || isOrdinal(t, i) || belongsToName(doc, t, i)) {
                    continue;
                }
                if (digits && i > 0 && t.get(i - 1).text().matches("\\p{Lu}\\p{Ll}?|\\p{Lu}{2}")) {
                    continue;   // "O 2", "CO 2": a formula's subscript (written on its own line in some texts), no amount
                }
                int end = i + 1;
                // 162 584 Mio.: thousands written with a space
                while (digits && end < t.size() && t.get(end).text().matches("\\d{3}") && t.get(end).is("NUM")
                        && t.get(end - 1).text().matches("\\d{1,3}")) {
                    end++;
                }
                if (end < t.size() && SCALES.contains(t.get(end).text())) {
                    end++;
                    if (end < t.size() && t.get(end).text().equals(".") && t.get(end - 1).text().matches("Mio|Mrd")
                            && end + 1 < t.size()) {
                        end++;   // Mio. as two tokens
                    }
                }
                int numberEnd = end;
                String unit = null;
                if (end < t.size() && PERCENT.contains(t.get(end).text())) {
                    unit = t.get(end).text();
                    end++;
                } else if (end < t.size() && (t.get(end).is("NOUN") || t.get(end).is("SYM"))
                        && (doc.lexicon().isUnit(t.get(end).text(), t.get(end).lemma()) || t.get(end).is("SYM"))) {
                    unit = t.get(end).text();
                    end++;
                } else if (countedNoun(doc, t, end) && !winnerFirst(tok.text())) {
                    // (a score counts nothing: "a 24–10 lead" is the score 24–10, and "lead" no unit; "100-150 Arten" is a range)
                    // "24 Interceptions", "11 sacks", "two playoff games": the nouns counted are the unit
                    int from = end;
                    end++;
                    while (end < t.size() && end - from < 3 && countedNoun(doc, t, end)) {
                        end++;
                    }
                    unit = s.textOf(from, end);
                }
                Map<String, String> slots = new LinkedHashMap<>();
                slots.put("number", s.textOf(i, numberEnd));
                if (unit != null) {
                    slots.put("unit", unit);
                }
                if (SCORE.matcher(tok.text()).matches()) {
                    slots.put("kind", "score");
                } else if (word) {
                    slots.put("kind", "word");
                }
                FactType type = unit != null || numberEnd > i + 1 ? FactType.QUANTITY : FactType.NUMBER;
                double confidence = unit != null ? 0.9 : word ? 0.75 : 0.7;
                out.add(new Fact(type, s.textOf(i, end), s.spanOf(i, end), s.index(), i, end, i, end, slots, confidence));
                i = end - 1;
            }
        }
        return out;
    }

    /** "24–10", "20–18": a score, written with the winner's points first; a range ("100-150") rises. */
    private static boolean winnerFirst(String text) {
        if (!SCORE.matcher(text).matches()) {
            return false;
        }
        String[] parts = text.split("[^0-9]+");
        return parts.length == 2 && Integer.parseInt(parts[0]) >= Integer.parseInt(parts[1]);
    }

    /** A plain noun after the number that names what is counted: not a month, a name or a piece of a date. */
    private static boolean countedNoun(Document doc, List<Token> t, int i) {
        if (i >= t.size() || !t.get(i).is("NOUN") || doc.lexicon().isMonth(t.get(i).text())) {
            return false;
        }
        String w = t.get(i).text();
        if (!w.chars().allMatch(Character::isLetter) || doc.lexicon().isDictionaryName(w) || doc.lexicon().isCountry(w)
                || w.endsWith("ing")) {
            return false;
        }
        // German capitalises every noun; English names are capitalised, counted things are not
        return doc.language() == dev.quizgen.article.Language.DE ? Character.isUpperCase(w.charAt(0)) : Character.isLowerCase(w.charAt(0));
    }

    /**
     * A number the tokenizer left glued to a currency sign before it or a degree sign after it
     * ({@code £30} then {@code m}, {@code 19.2°E}): the number without the signs, and a scale
     * letter right after it ({@code m}, {@code bn}) as part of the number ({@code 30m}).
     */
    private static Fact glued(Sentence s, List<Token> t, int i, java.util.regex.Matcher m) {
        String number = m.group(2);
        int end = i + 1;
        if (end < t.size() && t.get(end).text().matches("m|bn|k") && t.get(end).span().start() == t.get(i).span().end()) {
            number += t.get(end).text();
            end++;
        }
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("number", number);
        slots.put("unit", m.group(1).isEmpty() ? m.group(3) : m.group(1));
        return new Fact(FactType.QUANTITY, s.textOf(i, end), s.spanOf(i, end), s.index(), i, end, i, end, slots, 0.8);
    }

    private static boolean unitFollows(Document doc, List<Token> t, int i) {
        return i < t.size() && t.get(i).is("NOUN") && doc.lexicon().isUnit(t.get(i).text(), t.get(i).lemma());
    }

    /** 27. Juni, October 6, 15 Uhr, 4:51. */
    private static boolean isDateOrTime(Document doc, List<Token> t, int i) {
        Lexicon lex = doc.lexicon();
        if (i + 1 < t.size() && (lex.isMonth(t.get(i + 1).text()) || t.get(i + 1).text().equals("Uhr")
                || t.get(i + 1).text().equals(".") && i + 2 < t.size() && lex.isMonth(t.get(i + 2).text()))) {
            return true;
        }
        return i > 0 && lex.isMonth(t.get(i - 1).text()) || t.get(i).text().contains(":");
    }

    /** "5. Rang", "21. Jahrhundert": a full stop right after the digits, not at the sentence end. */
    private static boolean isOrdinal(List<Token> t, int i) {
        return t.get(i).text().matches("\\d+") && i + 2 < t.size() && t.get(i + 1).text().equals(".")
                && t.get(i + 1).span().start() == t.get(i).span().end();
    }

    /** Datsun 810, Eurobird 1, Super Bowl 50, Apollo 11: a number right after a capitalised name. */
    private static boolean belongsToName(Document doc, List<Token> t, int i) {
        if (i < 2 || !t.get(i).text().matches("\\d+")) {
            return false;
        }
        Token prev = t.get(i - 1);
        if (!prev.isCapitalized() || prev.isPunct()) {
            return false;
        }
        // German capitalises every noun: "Kapitel 5" counts, "Datsun 810" is a name
        return doc.language() == dev.quizgen.article.Language.DE ? !doc.lexicon().isCommonNoun(prev.text()) : prev.is("PROPN");
    }
}
