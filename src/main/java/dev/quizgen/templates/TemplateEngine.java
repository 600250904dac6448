package dev.quizgen.templates;

import dev.quizgen.article.Language;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.Facts;
import dev.quizgen.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies templates to facts: checks the template's conditions, fills its slots from the fact and
 * from the slots the engine computes ({@code {gap}}: the sentence with the answer blanked,
 * {@code {clause}}: the sentence turned into a question after the question word,
 * {@code {text}}: the fact's words, {@code {sentence}}), and drops any question whose stem would
 * give the answer away or still holds an unfilled slot.
 */
public final class TemplateEngine {
    public static final String GAP = "_____";
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{[A-Za-z]+}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final QuestionClause clauses;

    public TemplateEngine(QuestionClause clauses) {
        this.clauses = clauses;
    }

    /** Every draft the templates make from the facts, in template order, then fact order. */
    public List<Draft> apply(List<Template> templates, Facts facts) {
        List<Draft> out = new ArrayList<>();
        String lang = facts.text().article().language().code();
        for (Template t : templates) {
            if (!t.language().equals(lang)) {
                continue;
            }
            for (Fact f : facts.facts()) {
                if (f.type() == t.fact()) {
                    Draft d = apply(t, f, facts);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    /** The draft the template makes from the fact, or null when it does not apply. */
    public Draft apply(Template t, Fact f, Facts facts) {
        Sentence s = facts.text().sentences().get(f.sentence());
        Language language = facts.text().article().language();
        Map<String, String> slots = new HashMap<>(f.slots());
        slots.put("text", f.text());
        slots.put("sentence", s.text());
        for (Map.Entry<String, String> w : t.when().entrySet()) {
            // "when: slot=value", or "when: slot={other}" to compare two slots
            String want = SLOT_REFERENCE.matcher(w.getValue()).matches() ? slots.get(w.getValue().substring(1, w.getValue().length() - 1))
                    : w.getValue();
            if (want == null || !want.equals(slots.get(w.getKey()))) {
                return null;
            }
        }
        for (Map.Entry<String, Integer> m : t.maxWords().entrySet()) {
            String v = slots.get(m.getKey());
            if (v != null && SPACES.split(v).length > m.getValue()) {
                return null;
            }
        }
        String stemPattern = t.stem();
        if (stemPattern.contains("{gap}")) {
            slots.put("gap", gapped(s, f));
        }
        if (stemPattern.contains("{clause}")) {
            String clause = clauses.without(s, language, f.phraseFrom(), f.phraseTo());
            if (clause == null) {
                return null;
            }
            slots.put("clause", clause);
        }
        String stem = fill(stemPattern, slots);
        String answer = fill(t.answer(), slots);
        if (stem == null || answer == null || answer.isBlank()) {
            return null;
        }
        stem = capitalise(QuestionClause.tidy(stem));
        if (!stem.contains(GAP) && leaks(stem, answer)) {
            return null;
        }
        return new Draft(t, f, s, stem, answer);
    }

    private static String gapped(Sentence s, Fact f) {
        int start = f.span().start() - s.span().start();
        int end = f.span().end() - s.span().start();
        return s.text().substring(0, start) + GAP + s.text().substring(end);
    }

    private static String fill(String pattern, Map<String, String> slots) {
        Matcher m = SLOT.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = slots.get(m.group(1));
            if (v == null) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether the stem contains the answer as whole words (the bench's rule). */
    static boolean leaks(String stem, String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        if (a.length() < 3) {
            return false;
        }
        // the same as find() of (?<!\w)QUOTE(a)(?!\w), without compiling a pattern per question
        String s = stem.toLowerCase(Locale.ROOT);
        for (int i = s.indexOf(a); i >= 0; i = s.indexOf(a, i + 1)) {
            int end = i + a.length();
            if ((i == 0 || !isWordChar(s.charAt(i - 1))) && (end == s.length() || !isWordChar(s.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Java regex {@code \w} without UNICODE_CHARACTER_CLASS: ASCII letters, digits and underscore. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
