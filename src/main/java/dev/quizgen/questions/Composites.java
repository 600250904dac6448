package dev.quizgen.questions;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.bank.SourceRef;
import dev.quizgen.distractors.DistractorPicker;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.FactType;
import dev.quizgen.facts.Facts;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.templates.Template;
import dev.quizgen.templates.TemplateEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions made from several facts at once: matching (persons ↔ roles), ordering (dated events
 * in time order) and the cloze passage (a paragraph with gaps and a word bank).
 */
final class Composites {
    static final int MIN_ITEMS = 3;
    /** With three pairs the last one is forced once two are placed: matching needs four. */
    static final int MIN_PAIRS = 4;
    /** Three events are put in order by world knowledge or the order they are told in: ordering needs four. */
    static final int MIN_EVENTS = 4;
    static final int MAX_ITEMS = 5;
    static final int MAX_GAPS = 6;
    /** Facts typed from weak evidence are not put into composites. */
    static final double SURE = 0.7;
    private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");
    private static final String SEPARATOR = " → ";

    private Composites() {
    }

    static QuestionGenerator.Scored build(Template t, Facts facts, TemplateEngine engine, DistractorPicker picker, Random rng) {
        return switch (t.type()) {
            case MATCHING -> matching(t, facts, engine);
            case ORDERING -> ordering(t, facts, engine);
            case CLOZE_PASSAGE -> passage(t, facts, engine, picker, rng);
            default -> null;
        };
    }

    /** Pairs "left → right" from the answer pattern, one per left side; 3 to 5 pairs with distinct right sides. */
    private static QuestionGenerator.Scored matching(Template t, Facts facts, TemplateEngine engine) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Set<String> rights = new HashSet<>();
        Set<Integer> asked = new HashSet<>();
        Set<Integer> used = new HashSet<>();
        Fact first = null;
        for (Fact f : facts.facts()) {
            if (!t.matches(f.type()) || f.confidence() < SURE) {
                continue;
            }
            String item = engine.fillItem(t, t.answer(), f, facts);
            if (item == null || !item.contains(SEPARATOR)) {
                continue;
            }
            String left = item.substring(0, item.indexOf(SEPARATOR)).strip();
            String right = item.substring(item.indexOf(SEPARATOR) + SEPARATOR.length()).strip();
            if (!pairs.containsKey(left) && rights.add(DistractorPicker.norm(right)) && pairs.size() < MAX_ITEMS) {
                pairs.put(left, right);
                asked.add(f.sentence());
                used.add(f.span().start());
                first = first == null ? f : first;
            }
        }
        if (pairs.size() < MIN_PAIRS || asked.size() < 2) {
            return null;   // three roles from one sentence ("… the Scottish chemist …, the German engineer …") are one fact, not a matching task
        }
        List<Pair> list = new ArrayList<>();
        pairs.forEach((l, r) -> list.add(new Pair(l, r)));
        String answer = String.join("; ", list.stream().map(p -> p.left() + SEPARATOR + p.right()).toList());
        Sentence s = facts.text().sentences().get(first.sentence());
        Question q = new Question("q", QuestionType.MATCHING, t.stem(), List.of(), answer, first.type().name(), t.id(),
                t.difficulty(), new SourceRef(s.text(), s.span().start(), s.span().end()),
                List.of(), List.of(), list, List.of(), List.of(), List.of());
        return new QuestionGenerator.Scored(q, t, s.index(), first.span().start(), 9, Set.of(), asked, used);
    }

    /** "Kim" and "Kim Jong-un", "U.S." and "US", or "Australien" and "Australiens" in one word bank would make a gap ambiguous. */
    private static boolean aliasOfAny(String word, List<String> bank) {
        String w = " " + squeeze(word) + " ";
        for (String b : bank) {
            String x = " " + squeeze(b) + " ";
            if (x.contains(w) || w.contains(x) || x.strip().equals(w.strip() + "s") || w.strip().equals(x.strip() + "s")) {
                return true;
            }
        }
        return false;
    }

    private static String squeeze(String s) {
        return DistractorPicker.norm(s).replaceAll("(?<=\\b\\p{L}) (?=\\p{L}\\b)", "");
    }

    /** Dated statements in time order: distinct years, one per sentence, 3 to 5 of them. */
    private static QuestionGenerator.Scored ordering(Template t, Facts facts, TemplateEngine engine) {
        TreeMap<Integer, String> byYear = new TreeMap<>();
        Set<Integer> sentences = new HashSet<>();
        Set<Integer> used = new HashSet<>();
        Fact first = null;
        for (Fact f : facts.facts()) {
            if (!t.matches(f.type())) {
                continue;
            }
            Matcher m = YEAR.matcher(f.text());
            // single years only: ranges and periods ("1347–1351") overlap and cannot be put in order
            if (!m.find() || sentences.contains(f.sentence()) || !"year".equals(f.slot("kind")) && !"date".equals(f.slot("kind"))) {
                continue;
            }
            Sentence in = facts.text().sentences().get(f.sentence());
            if (!oneEvent(in)) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            String item = engine.fillItem(t, t.answer(), f, facts);
            if (item == null || byYear.containsKey(year)) {
                continue;
            }
            byYear.put(year, item);
            sentences.add(f.sentence());
            used.add(f.span().start());
            first = first == null ? f : first;
        }
        if (byYear.size() < MIN_EVENTS) {
            return null;
        }
        List<String> items = new ArrayList<>(byYear.values());
        if (items.size() > MAX_ITEMS) {
            items = items.subList(0, MAX_ITEMS);
        }
        Sentence s = facts.text().sentences().get(first.sentence());
        Question q = new Question("q", QuestionType.ORDERING, t.stem(), List.of(), String.join(SEPARATOR, items),
                first.type().name(), t.id(), t.difficulty(), new SourceRef(s.text(), s.span().start(), s.span().end()),
                List.of(), List.of(), List.of(), items, List.of(), List.of());
        return new QuestionGenerator.Scored(q, t, s.index(), first.span().start(), 8.5, sentences, sentences, used);
    }

    private static final Pattern RELATIVE_TIME = Pattern.compile("(?i)\\b(später|danach|zuvor|davor|later|earlier|afterwards|before that)\\b");

    /**
     * A sentence that reads as one event on its own: one year only, outside brackets (periods like
     * "1350–1490" and several dates overlap), no time given relative to another sentence ("Acht Jahre später"), no
     * pronoun or connector that needs the sentence before.
     */
    private static boolean oneEvent(Sentence s) {
        Matcher years = YEAR.matcher(s.text());
        int n = 0;
        while (years.find()) {
            n++;
        }
        return n == 1 && !RELATIVE_TIME.matcher(s.text()).find() && !TemplateEngine.leansOnContext(s)
                && !s.text().matches("(?s).*\\([^)]*\\b(1[0-9]{3}|20[0-9]{2})\\b[^)]*\\).*");   // "(1525 forward)": an aside, not the event's date
    }

    /**
     * Whether the passage [start, end) names the fact otherwise: a person's surname alone
     * ("Guglielmo Marconi" blanked, "in favour of Marconi" printed), a place by another of its
     * names ("U.S." blanked, "In the United States" printed).
     */
    private static boolean otherNameIn(Facts facts, int start, int end, Fact f, DistractorPicker picker) {
        String[] words = f.text().split(" ");
        if (f.type() == FactType.PERSON && words.length > 1 && words[words.length - 1].length() >= 3) {
            if (printedElsewhere(facts.text().article().text(), start, end, f, words[words.length - 1])) {
                return true;
            }
        }
        for (Fact o : facts.facts()) {
            if (o != f && o.span().start() >= start && o.span().end() <= end && picker.samePlace(o.text(), f.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a gap asks for, as a word bank shows it: the kind of date ("year", "date", "month"), the
     * unit of an amount ("%", "companies"), or the fact's type for names.
     */
    private static String form(Fact f) {
        return switch (f.type()) {
            // "19th centuries" fits no gap of one century, "June 1962" takes no "January 27, 1967" or "February 21"
            case DATE, TIME -> "DATE:" + f.slot("kind") + (f.text().matches("(?s).*(centuries|Jahrhunderte|Jahrhunderten)") ? ":plural" : "")
                    + ":" + f.text().replaceAll("\\d", "9").replaceAll("\\p{L}+", "M");
            // "zwanzig" fits no gap of digits, "118" no score "23–16"
            case QUANTITY, NUMBER -> "AMOUNT:" + (f.slot("unit") == null ? "" : f.slot("unit").toLowerCase(java.util.Locale.ROOT))
                    + (f.text().chars().anyMatch(Character::isDigit) ? "" : ":word")
                    + (f.text().matches("\\d+\\s*[-–:]\\s*\\d+") ? ":score" : "");
            case PLACE -> "PLACE:" + (f.slot("kind") == null ? "" : f.slot("kind")) + genitive(f);
            // a bare surname ("Davis") beside full names would stand out
            case PERSON -> "PERSON" + genitive(f) + (f.text().contains(" ") ? "" : ":surname");
            default -> f.type().name() + genitive(f);
        };
    }

    /** A German name in the genitive ("Luthers", "Australiens") fits only a gap that asks for one. */
    private static String genitive(Fact f) {
        return f.slot("base") != null && f.text().equals(f.slot("base") + "s") ? ":genitive" : "";
    }

    /** Most times larger an amount spare may be than an amount gap of its form (or smaller): beyond, size alone rules it out. */
    static final double MAGNITUDE = 3;
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d.,]*");
    private static final Pattern LEGAL_FORM = Pattern.compile("(?i)(inc|ltd|corp|co|gmbh|ag|llc|plc|sa)\\.?");

    /** An amount more than {@link #MAGNITUDE} times larger or smaller than every gap of its form. */
    private static boolean otherMagnitude(Fact spare, List<Fact> gaps) {
        Double v = amount(spare);
        if (v == null || !(spare.type() == FactType.QUANTITY || spare.type() == FactType.NUMBER)) {
            return false;
        }
        boolean any = false;
        for (Fact g : gaps) {
            Double w = amount(g);
            if (w != null && form(g).equals(form(spare))) {
                any = true;
                if (Math.max(v, w) <= MAGNITUDE * Math.max(Math.min(v, w), 1e-9)) {
                    return false;
                }
            }
        }
        return any;
    }

    /** The first number of the fact: "30.000" and "30,000" are thirty thousand, "3,5" and "0.62" fractions. */
    private static Double amount(Fact f) {
        Matcher m = AMOUNT.matcher(f.text());
        if (!m.find()) {
            return null;
        }
        String n = m.group().replaceAll("[.,]$", "");
        n = n.replaceAll("[.,](?=\\d{3}(\\D|$))", "").replace(',', '.');
        try {
            return Double.parseDouble(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date more than {@link DistractorPicker#ERA_YEARS} years from every date gap of the passage: a pupil rules it out at once. */
    private static boolean otherEra(Fact spare, List<Fact> gaps) {
        Matcher m = YEAR.matcher(spare.text());
        if (spare.type() != FactType.DATE || !m.find()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        boolean anyDate = false;
        for (Fact g : gaps) {
            Matcher y = YEAR.matcher(g.text());
            if (g.type() == FactType.DATE && y.find()) {
                anyDate = true;
                if (Math.abs(Integer.parseInt(y.group(1)) - year) <= DistractorPicker.ERA_YEARS) {
                    return false;
                }
            }
        }
        return anyDate;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Whether the text prints the words, alone or as the start of a word. */
    private static boolean printedIn(String text, String words) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String w = words.toLowerCase(java.util.Locale.ROOT);
        for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the paragraph [start, end) prints the fact's words again outside the fact, alone or as the start of a word. */
    private static boolean printedElsewhere(String text, int start, int end, Fact f) {
        return printedElsewhere(text, start, end, f, f.text());
    }

    /** Whether the paragraph [start, end) prints the words outside the fact, alone or as the start of a word. */
    private static boolean printedElsewhere(String text, int start, int end, Fact f, String words) {
        return printedIn(text.substring(start, f.span().start()) + " " + text.substring(f.span().end(), end), words);
    }

    /**
     * The paragraph with the most sure facts of the template's types becomes a gap text: one gap per
     * sentence, 3 to 6 gaps; the word bank holds the answers and up to two facts from elsewhere.
     */
    private static QuestionGenerator.Scored passage(Template t, Facts facts, TemplateEngine engine, DistractorPicker picker, Random rng) {
        List<Sentence> sentences = facts.text().sentences();
        Map<Integer, List<Fact>> byParagraph = new TreeMap<>();
        Set<Integer> used = new HashSet<>();
        for (Fact f : facts.facts()) {
            if (t.matches(f.type()) && f.confidence() >= SURE && !used.contains(f.sentence()) && engine.gapAllowed(f, facts)) {
                used.add(f.sentence());
                byParagraph.computeIfAbsent(sentences.get(f.sentence()).paragraph(), k -> new ArrayList<>()).add(f);
            }
        }
        int bestParagraph = -1;
        for (Map.Entry<Integer, List<Fact>> e : byParagraph.entrySet()) {
            if (e.getValue().size() >= MIN_ITEMS && (bestParagraph < 0 || e.getValue().size() > byParagraph.get(bestParagraph).size())) {
                bestParagraph = e.getKey();
            }
        }
        if (bestParagraph < 0) {
            return null;
        }
        final int paragraph = bestParagraph;
        List<Sentence> inParagraph = sentences.stream().filter(s -> s.paragraph() == paragraph).toList();
        if (inParagraph.stream().anyMatch(s -> brokenLine(s) || engine.hasSourceFlaw(s, facts))) {
            return null;   // a passage prints every sentence of its paragraph as the article has it
        }
        return passageOver(t, facts, engine, picker, rng, inParagraph, f -> true);
    }

    /**
     * A line break inside a sentence: the article's layout cut it ("compressed O⏎2." for O₂), and a
     * passage would print the fragment.
     */
    private static boolean brokenLine(Sentence s) {
        return s.text().strip().indexOf('\n') >= 0;
    }

    /** Most sentences in one passage over the sentences the other questions left. */
    static final int MAX_PASSAGE_SENTENCES = 6;

    /**
     * Gap texts over the runs of sentences that no kept question prints or asks about: two or more
     * neighbouring sentences of one paragraph, cut after {@link #MAX_PASSAGE_SENTENCES}; a run that
     * does not open its paragraph does not open with a sentence that points back ("He",
     * "However"); gaps as in {@link #passage}.
     *
     * @param taken   sentences that kept questions print or ask about
     * @param allowed whether a fact may become a gap in a passage over the given sentences (its
     *                words are not printed or answered by a question outside them)
     */
    static List<QuestionGenerator.Scored> restPassages(Template t, Facts facts, TemplateEngine engine, DistractorPicker picker, Random rng,
                                                       Set<Integer> taken,
                                                       java.util.function.BiPredicate<Fact, Set<Integer>> allowed) {
        List<Sentence> sentences = facts.text().sentences();
        List<QuestionGenerator.Scored> out = new ArrayList<>();
        List<Sentence> run = new ArrayList<>();
        for (int i = 0; i <= sentences.size(); i++) {
            Sentence s = i < sentences.size() ? sentences.get(i) : null;
            boolean skip = s != null && (taken.contains(i) || engine.hasSourceFlaw(s, facts) || brokenLine(s));
            boolean breaks = s == null || skip || !run.isEmpty() && (run.get(0).paragraph() != s.paragraph()
                    || run.size() >= MAX_PASSAGE_SENTENCES);
            if (breaks && run.size() >= 2) {
                Set<Integer> in = new HashSet<>();
                run.forEach(x -> in.add(x.index()));
                QuestionGenerator.Scored p = passageOver(t, facts, engine, picker, rng, run, f -> allowed.test(f, in));
                if (p != null) {
                    out.add(p);
                }
            }
            if (breaks) {
                run = new ArrayList<>();
            }
            boolean opensParagraph = i == 0 || s != null && sentences.get(i - 1).paragraph() != s.paragraph();
            if (s != null && !skip && (!run.isEmpty() || opensParagraph || !TemplateEngine.leansOnContext(s))) {
                run.add(s);
            }
        }
        return out;
    }

    /** Words a sentence needs for a second gap in a passage. */
    static final int LONG_SENTENCE = 16;
    /** Words between two gaps of one sentence: "in _____ and _____" asks the pupil to guess the order. */
    static final int GAP_DISTANCE = 4;

    /** One gap per sentence; a second in a long sentence, well after the first. */
    private static boolean roomForGap(Fact f, Fact before, int gapsInSentence, List<Sentence> sentences) {
        if (gapsInSentence == 0) {
            return true;
        }
        return gapsInSentence == 1 && sentences.get(f.sentence()).tokens().size() >= LONG_SENTENCE
                && f.fromToken() - before.toToken() >= GAP_DISTANCE && before.type() != f.type();
    }

    /** A gap text over consecutive sentences: one gap per sentence on a sure fact of the template's types, 3 to 6 gaps. */
    private static QuestionGenerator.Scored passageOver(Template t, Facts facts, TemplateEngine engine, DistractorPicker picker, Random rng,
                                                        List<Sentence> inParagraph, java.util.function.Predicate<Fact> allowed) {
        List<Sentence> sentences = facts.text().sentences();
        int firstIndex = inParagraph.get(0).index();
        int lastIndex = inParagraph.get(inParagraph.size() - 1).index();
        Map<Integer, Fact> lastGap = new HashMap<>();
        Map<Integer, Integer> perSentence = new HashMap<>();
        List<Fact> gaps = new ArrayList<>();
        for (Fact f : facts.facts()) {
            if (f.sentence() >= firstIndex && f.sentence() <= lastIndex && t.matches(f.type()) && f.confidence() >= SURE
                    && roomForGap(f, lastGap.get(f.sentence()), perSentence.getOrDefault(f.sentence(), 0), sentences)
                    && allowed.test(f) && engine.gapAllowed(f, facts)) {
                lastGap.put(f.sentence(), f);
                perSentence.merge(f.sentence(), 1, Integer::sum);
                gaps.add(f);
            }
        }
        if (gaps.size() < MIN_ITEMS) {
            return null;
        }
        if (gaps.size() > MAX_GAPS) {
            gaps = gaps.subList(0, MAX_GAPS);
        }
        String text = facts.text().article().text();
        int start = inParagraph.get(0).span().start();
        int end = inParagraph.get(inParagraph.size() - 1).span().end();
        List<Fact> kept = new ArrayList<>();
        Set<String> answers = new HashSet<>();
        for (Fact f : gaps.stream().sorted(Comparator.comparingInt(g -> g.span().start())).toList()) {
            List<String> gapWords = kept.stream().map(Fact::text).toList();
            if (aliasOfAny(f.text(), gapWords) || gapWords.stream().anyMatch(b -> picker.samePlace(b, f.text()))
                    || !answers.add(DistractorPicker.norm(f.text()))) {
                continue;   // "Davis" after "Thomas Davis" would fit two gaps
            }
            if (printedElsewhere(text, start, end, f) || otherNameIn(facts, start, end, f, picker)) {
                continue;   // "Krakau" blanked here and printed in the next sentence, "Marconis" beside "_____"
            }
            kept.add(f);
        }
        // spare words from outside the passage, by form: a year for a year gap, a full date for a full date, an
        // amount of the same unit, a person for a person
        Map<String, List<String>> spares = new LinkedHashMap<>();
        for (Fact f : facts.facts()) {
            if (t.matches(f.type()) && f.confidence() >= SURE && (f.sentence() < firstIndex || f.sentence() > lastIndex)
                    && !aliasOfAny(f.text(), kept.stream().map(Fact::text).toList())
                    && !otherEra(f, kept)   // "2014" as a spare for the founding of a colony in "1788"
                    && !otherMagnitude(f, kept)   // "11" or "24" as a veteran's career total of "136", "30.000" for "31" epidemics
                    && !LEGAL_FORM.matcher(f.text()).matches()   // "Inc." cut from "Merit Network, Inc." is no name
                    // "Australia" printed by the passage fits no gap, nor "Martin Luther" where it prints "Luther"
                    && !printedIn(text.substring(start, end), f.type() == FactType.PERSON ? lastWord(f.text()) : f.text())
                    && kept.stream().noneMatch(k -> picker.samePlace(k.text(), f.text())) && answers.add(DistractorPicker.norm(f.text()))) {
                spares.computeIfAbsent(form(f), k -> new ArrayList<>()).add(f.text());
            }
        }
        // gaps of a form with no spare of that form fill themselves: "On _____," takes the only full date, and of two
        // person gaps with two names the second takes the name left (eight teacher readings failed such passages)
        kept.removeIf(f -> !spares.containsKey(form(f)));
        if (kept.size() < MIN_ITEMS) {
            return null;
        }
        // the passage ends with its last gap's sentence: sentences after it ask nothing and only give the text's slips
        // more room ("Der Name leitet sich ab …", "Übliche Anwendungen …" after the last gap; a reading failed that)
        int lastGapSentence = kept.get(kept.size() - 1).sentence();
        end = sentences.get(lastGapSentence).span().end();
        StringBuilder stem = new StringBuilder();
        int at = start;
        List<Blank> blanks = new ArrayList<>();
        for (Fact f : kept) {
            stem.append(text, at, f.span().start()).append(TemplateEngine.GAP);
            at = f.span().end();
            blanks.add(new Blank(f.text(), List.of()));
        }
        stem.append(text, at, end);
        List<String> bank = new ArrayList<>(blanks.stream().map(Blank::answer).toList());
        // one spare of every form the gaps ask for, then a second where there is one, up to two more than the forms
        Set<String> forms = new java.util.LinkedHashSet<>();
        kept.forEach(f -> forms.add(form(f)));
        Map<String, Integer> next = new HashMap<>();   // per form, the next spare to try: one that is an alias is skipped, not the form
        for (int round = 0; round < 2; round++) {
            for (String form : forms) {
                List<String> of = spares.getOrDefault(form, List.of());
                for (int i = next.getOrDefault(form, 0); i < of.size() && bank.size() < blanks.size() + forms.size() + 2; i++) {
                    String spare = of.get(i);
                    next.put(form, i + 1);
                    if (!aliasOfAny(spare, bank) && bank.stream().noneMatch(b -> picker.samePlace(b, spare))) {
                        bank.add(spare);
                        break;
                    }
                }
            }
        }
        Collections.shuffle(bank, rng);
        Fact first = gaps.get(0);
        Question q = new Question("q", QuestionType.CLOZE_PASSAGE, stem.toString(), List.of(),
                String.join(" | ", blanks.stream().map(Blank::answer).toList()), first.type().name(), t.id(), t.difficulty(),
                new SourceRef(text.substring(start, end), start, end), blanks, bank, List.of(), List.of(), List.of(), List.of());
        Set<Integer> shown = new HashSet<>();
        inParagraph.stream().filter(x -> x.index() <= lastGapSentence).forEach(x -> shown.add(x.index()));
        Set<Integer> blankFacts = new HashSet<>();
        gaps.forEach(g -> blankFacts.add(g.span().start()));
        return new QuestionGenerator.Scored(q, t, inParagraph.get(0).index(), start, 8, shown, shown, blankFacts);
    }
}
