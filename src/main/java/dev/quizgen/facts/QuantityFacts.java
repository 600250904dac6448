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
 * {@code 50 Minuten}, {@code 3,5 Millionen Euro}, {@code 1.500 Soldaten}, {@code 70 percent});
 * a bare number without a counted noun is a NUMBER. Years and dates are left to {@link DateFacts}.
 */
final class QuantityFacts implements FactExtractor {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}([.,']\\d{3})*([.,]\\d+)?|\\d+([.,]\\d+)?");
    private static final Pattern YEARLIKE = Pattern.compile("1[0-9]{3}|20[0-9]{2}|(1[0-9]{3}|20[0-9]{2})[-–]\\d{2,4}");
    private static final Set<String> SCALES = Set.copyOf(java.util.List.of("Millionen", "Million", "Milliarden", "Milliarde", "Tausend",
            "million", "billion", "thousand", "Mio.", "Mrd.", "hundred"));
    private static final Set<String> PERCENT = Set.copyOf(java.util.List.of("%", "Prozent", "percent", "per cent"));

    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (!NUMBER.matcher(tok.text()).matches() || !tok.is("NUM") && !tok.is("ADJ") && !tok.is("NOUN")) {
                    continue;
                }
                if (YEARLIKE.matcher(tok.text()).matches() && !unitFollows(doc, t, i + 1)) {
                    continue;
                }
                if (i + 1 < t.size() && (doc.lexicon().isMonth(t.get(i + 1).text()) || t.get(i + 1).text().equals("Uhr")
                        || t.get(i + 1).text().equals(".") && i + 2 < t.size() && doc.lexicon().isMonth(t.get(i + 2).text()))) {
                    continue;   // a date or a time
                }
                int end = i + 1;
                if (end < t.size() && SCALES.contains(t.get(end).text())) {
                    end++;
                }
                String unit = null;
                if (end < t.size() && PERCENT.contains(t.get(end).text())) {
                    unit = t.get(end).text();
                    end++;
                } else if (end < t.size() && (t.get(end).is("NOUN") || t.get(end).is("SYM"))
                        && (doc.lexicon().isUnit(t.get(end).text(), t.get(end).lemma()) || t.get(end).is("SYM"))) {
                    unit = t.get(end).text();
                    end++;
                }
                Map<String, String> slots = new LinkedHashMap<>();
                slots.put("number", s.textOf(i, end - (unit != null ? 1 : 0)));
                if (unit != null) {
                    slots.put("unit", unit);
                }
                FactType type = unit != null || end > i + 1 ? FactType.QUANTITY : FactType.NUMBER;
                out.add(new Fact(type, s.textOf(i, end), s.spanOf(i, end), s.index(), i, end, i, end, slots,
                        unit != null ? 0.9 : 0.7));
                i = end - 1;
            }
        }
        return out;
    }

    private static boolean unitFollows(Document doc, List<Token> t, int i) {
        return i < t.size() && t.get(i).is("NOUN") && doc.lexicon().isUnit(t.get(i).text(), t.get(i).lemma());
    }
}
