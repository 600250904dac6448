package dev.quizgen.questions;

import dev.quizgen.bank.BankSource;
import dev.quizgen.bank.Difficulty;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.bank.Rejected;
import dev.quizgen.bank.SourceRef;
import dev.quizgen.distractors.Candidate;
import dev.quizgen.distractors.Choice;
import dev.quizgen.distractors.DistractorPicker;
import dev.quizgen.distractors.PersonList;
import dev.quizgen.facts.Facts;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.templates.Draft;
import dev.quizgen.templates.Template;
import dev.quizgen.templates.TemplateEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Facts → questions: applies the templates, gives multiple-choice drafts their distractors,
 * builds the composite questions (true/false, matching, ordering, cloze passage), selects a
 * worksheet that covers the article (most important facts first, spread over the sentences, no
 * two questions with the same answer) and shuffles options so that the right answer's position
 * is balanced over the worksheet.
 */
public final class QuestionGenerator {
    /** Wrong options per multiple-choice question (4 options in all), and the fewest acceptable. */
    static final int DISTRACTORS = 3;
    static final int MIN_DISTRACTORS = 2;
    /** Most questions from one sentence. */
    static final int PER_SENTENCE = 2;
    /** Score lost per question already taken from the same template. */
    static final double FAMILY_PENALTY = 3;

    private final TemplateEngine engine;
    private final List<Template> templates;
    private final Consumer<String> log;

    /** No log: a generator given it does not work out why a candidate was left out (a tenth of its time). */
    public static final Consumer<String> QUIET = m -> { };

    public QuestionGenerator(TemplateEngine engine, List<Template> templates, Consumer<String> log) {
        this.engine = engine;
        this.templates = List.copyOf(templates);
        this.log = log;
    }

    /** A question before selection: its content (id to be given), where it comes from, how important it is. */
    /**
     * @param shown sentences whose words the question prints (a gap sentence, a true/false
     *              statement, a passage, a wh-question built from the sentence)
     * @param asked sentences of the facts it asks about
     * @param facts start offsets of the facts it asks about
     */
    record Scored(Question question, Template template, int sentence, int start, double score,
                  Set<Integer> shown, Set<Integer> asked, Set<Integer> facts) {
        Scored {
            shown = Set.copyOf(shown);
            asked = Set.copyOf(asked);
            facts = Set.copyOf(facts);
        }

        /** Two questions are twins, or one prints the other's answer, when they share a fact or a shown sentence holds the other's fact. */
        boolean clashes(Scored o) {
            return !java.util.Collections.disjoint(facts, o.facts) || !java.util.Collections.disjoint(shown, o.asked)
                    || !java.util.Collections.disjoint(o.shown, asked);
        }

        /** The answer without a leading preposition or article: "am Sonntag" and "Sonntag" are one answer. */
        String key() {
            String a = norm(question.answer()).replaceFirst("^(am|im|an|in|um|on|at|the|der|die|das|dem|den) ", "");
            return a + "|" + (question.type() == QuestionType.TRUE_FALSE ? question.stem() : "");
        }

        boolean fillIn() {
            return question.type() == QuestionType.FILL_IN;
        }
    }

    public QuestionBank generate(Facts facts, List<String> weekdays, List<String> months, PersonList people,
                                 GenerationOptions options, String generator) {
        NORMS.get().clear();
        try {
            return generateQuestions(facts, weekdays, months, people, options, generator);
        } finally {
            NORMS.get().clear();
        }
    }

    private QuestionBank generateQuestions(Facts facts, List<String> weekdays, List<String> months, PersonList people,
                                           GenerationOptions options, String generator) {
        Random rng = new Random(options.seed());
        // gap texts, orderings and matchings shuffle from their own stream: a composite found or lost would otherwise
        // reshuffle every single question's options after it
        Random compositeRng = new Random(~options.seed());
        DistractorPicker picker = new DistractorPicker(facts, weekdays, months, people, options.difficulty());
        engine.samePlaceBy(picker::samePlace);
        List<Scored> candidates = new ArrayList<>();
        List<Template> wanted = templates.stream().filter(t -> t.language().equals(facts.text().article().language().code())
                && (options.types().isEmpty() || options.types().contains(t.type())) && allowed(t.difficulty(), options.difficulty()))
                .toList();
        // all templates' drafts in one pass over the facts: the engine folds the article text once, not once per template
        Map<Template, List<Draft>> drafts = new java.util.IdentityHashMap<>();
        for (Draft d : engine.apply(wanted, facts)) {
            drafts.computeIfAbsent(d.template(), k -> new ArrayList<>()).add(d);
        }
        for (Template t : wanted) {
            candidates.addAll(make(t, drafts.getOrDefault(t, List.of()), facts, picker, t.composite() ? compositeRng : rng));
        }
        java.util.Map<String, Long> perTemplate = new java.util.TreeMap<>();
        candidates.forEach(c -> perTemplate.merge(c.template().id(), 1L, Long::sum));
        log.accept(candidates.size() + " candidate questions " + perTemplate);
        List<Scored> chosen = new ArrayList<>(selectWithComposites(candidates, options.count()));
        if (chosen.size() < options.count() && composites(options.count(), (int) chosen.stream().filter(c -> !c.template().composite()).count())) {
            addRestPassages(chosen, wanted, facts, picker, compositeRng, options.count());
        }
        for (Scored c : log == QUIET ? List.<Scored>of() : candidates) {
            if (!chosen.contains(c)) {
                log.accept("not chosen " + c.template().id() + " on '" + c.question().answer() + "' (sentence " + (c.sentence() + 1)
                        + "): " + whyNot(c, chosen));
            }
        }
        chosen.sort(Comparator.comparingInt(Scored::start).thenComparing(c -> c.template().id()));
        List<Question> questions = new ArrayList<>();
        PositionBalancer balancer = new PositionBalancer(rng);
        for (Scored c : chosen) {
            Question q = c.question();
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                q = q.withOptions(balancer.place(q.options()));
            }
            if (q.type() == QuestionType.CLOZE_PASSAGE) {
                q = q.withWordBank(withoutOtherKeys(q, chosen));
            }
            questions.add(q.withId("q" + (questions.size() + 1)));
            log.accept("question " + c.template().id() + ": " + q.stem() + " → " + q.answer());
        }
        var article = facts.text().article();
        return new QuestionBank(generator, article.title(), article.language().code(),
                new BankSource(article.fileName(), article.date(), article.sha256()), questions);
    }

    /** What one template makes from the facts, as "stem = answer" lines: for template examples. */
    public List<String> preview(Template t, Facts facts, List<String> weekdays, List<String> months, PersonList people) {
        DistractorPicker picker = new DistractorPicker(facts, weekdays, months, people, "mixed");
        engine.samePlaceBy(picker::samePlace);
        List<String> out = new ArrayList<>();
        Random rng = new Random(1);
        if (t.composite()) {
            for (Scored s : make(t, List.of(), facts, picker, rng)) {
                out.add(s.question().stem() + " = " + s.question().answer());
            }
            return out;
        }
        // an example shows the question's form: distractors are not required, and a true/false
        // template shows its true statement as well as the false one
        for (Draft d : engine.apply(List.of(t), facts)) {
            if (t.type() == QuestionType.TRUE_FALSE) {
                out.add(d.stem() + " = true");
            }
            Scored s = single(d, picker, rng, true);
            if (s != null) {
                out.add(s.question().stem() + " = " + s.question().answer());
            }
        }
        return out;
    }

    private List<Scored> make(Template t, List<Draft> drafts, Facts facts, DistractorPicker picker, Random rng) {
        if (t.composite()) {
            Scored s = Composites.build(t, facts, engine, picker, rng);
            return s == null ? List.of() : List.of(s);
        }
        List<Scored> out = new ArrayList<>();
        for (Draft d : drafts) {
            Scored s = single(d, picker, rng, false);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private Scored single(Draft d, DistractorPicker picker, Random rng, boolean preview) {
        Template t = d.template();
        List<Option> opts = List.of();
        List<Rejected> rejected = List.of();
        String stem = d.stem();
        String answer = d.answer();
        if (!preview && picker.knownWithoutArticle(d)) {
            log.accept("dropped " + t.id() + " on '" + answer + "': a pupil knows the answer without the article");
            return null;   // "Wer ist US-Präsident?", "mit US-Präsident _____" → Donald Trump; "Welches Amt hat Donald Trump?"
        }
        if (t.type() == QuestionType.MULTIPLE_CHOICE || t.type() == QuestionType.TRUE_FALSE) {
            Choice c = picker.pick(d, t.type() == QuestionType.TRUE_FALSE ? 1 : DISTRACTORS, rng);
            rejected = c.rejected();
            if (!preview && t.type() == QuestionType.MULTIPLE_CHOICE && rejected.stream().anyMatch(r -> r.reason().startsWith("also ")
                    || r.reason().startsWith("did the same"))) {
                log.accept("dropped " + t.id() + " on '" + d.answer() + "': the article makes another answer true as well");
                return null;   // "Who is the defensive end?" with two of them in the article
            }
            if (t.type() == QuestionType.TRUE_FALSE) {
                // half the statements are made false by swapping the fact for one of its kind
                if (c.distractors().isEmpty() && !preview) {
                    // a statement that can only be true is no true/false question, and would tilt the sheet towards "true"
                    log.accept("dropped " + t.id() + " on '" + d.answer() + "': nothing of its kind to make the statement false with");
                    return null;
                }
                boolean makeFalse = rng.nextBoolean() && !c.distractors().isEmpty();
                if (makeFalse) {
                    Sentence s = d.sentence();
                    int from = d.fact().span().start() - s.span().start();
                    int to = d.fact().span().end() - s.span().start();
                    String swapped = s.text().substring(0, from) + c.distractors().get(0).text() + s.text().substring(to);
                    // the stem prints the sentence with its line breaks as spaces ("O\n2" → "O 2")
                    String falseStem = stem.replace(s.text().replace('\n', ' '), swapped.replace('\n', ' '));
                    if (falseStem.equals(stem)) {
                        log.accept("dropped " + t.id() + " on '" + d.answer() + "': the statement could not be changed");
                        return null;   // a statement keyed "false" must say something else than the article
                    }
                    stem = falseStem;
                }
                answer = makeFalse ? "false" : "true";
            } else {
                if (c.distractors().size() < MIN_DISTRACTORS && !preview) {
                    log.accept("dropped " + t.id() + " on '" + d.answer() + "': only " + c.distractors().size()
                            + " distractors of the same kind" + (c.rejected().isEmpty() ? "" : "; rejected " + c.rejected().stream()
                            .map(r -> "'" + r.text() + "' (" + r.reason() + ")").toList()));
                    return null;
                }
                opts = new ArrayList<>();
                opts.add(Option.right(d.answer()));
                for (Candidate x : c.distractors()) {
                    opts.add(new Option(x.text(), false, x.source()));
                }
            }
        }
        Sentence s = d.sentence();
        Question q = new Question("q", t.type(), stem, opts, answer, d.fact().type().name(), t.id(), t.difficulty(),
                new SourceRef(s.text(), s.span().start(), s.span().end()),
                List.of(), List.of(), List.of(), List.of(), List.of(), rejected);
        boolean shows = !t.stem().contains("{clause}") && !t.stem().contains("{gap}") && !t.stem().contains("{sentence}")
                ? false : true;
        return new Scored(q, t, s.index(), d.fact().span().start(), score(d), shows ? Set.of(s.index()) : Set.of(),
                Set.of(s.index()), Set.of(d.fact().span().start()));
    }

    private static boolean allowed(Difficulty d, String wanted) {
        return switch (wanted) {
            case "easy" -> d != Difficulty.HARD;
            case "hard" -> d != Difficulty.EASY;
            default -> true;
        };
    }

    /** Importance: the family, the lead, how sure the fact is. */
    private static double score(Draft d) {
        double s = switch (d.fact().type()) {
            case PERSON_ROLE -> 10;
            case QUOTE -> 8.5;
            case EVENT, CAUSE -> 8;
            case DATE, TIME -> 7.5;
            case QUANTITY, NUMBER -> 7;
            case PLACE, TERM -> 6.5;
            case ORGANIZATION, PERSON -> 6;
            default -> 5;
        };
        if (d.template().type() == QuestionType.FILL_IN) {
            s -= 1.5;
        } else if (d.template().type() == QuestionType.TRUE_FALSE) {
            s -= 2.5;
        }
        if (d.sentence().index() == 0) {
            s += 2;
        } else if (d.sentence().paragraph() == 0) {
            s += 0.5;
        }
        return s + d.fact().confidence();
    }

    /**
     * {@link #select}, then, when the worksheet is not full: a composite question (an ordering or a
     * passage prints several sentences) that keeps out more single questions than it has items is
     * left out.
     */
    private static List<Scored> selectWithComposites(List<Scored> all, int count) {
        List<Scored> pool = new ArrayList<>(all);
        List<Scored> chosen = select(pool, count);
        if (chosen.size() >= count || chosen.stream().noneMatch(c -> c.template().composite())) {
            return chosen;
        }
        List<Scored> singles = chosen.stream().filter(c -> !c.template().composite()).toList();
        if (!composites(count, singles.size())) {
            return new ArrayList<>(singles);
        }
        // two composites can keep out the same sentences ("order-events" and a passage): without either alone
        // nothing is won, without both the sheet may ask more
        List<Scored> noComposites = all.stream().filter(c -> !c.template().composite()).toList();
        List<Scored> plain = select(noComposites, count);
        if (items(plain) > items(chosen)) {
            pool = new ArrayList<>(noComposites);
            chosen = plain;
        }
        for (Scored c : List.copyOf(chosen)) {
            if (chosen.size() >= count || !c.template().composite()) {
                continue;
            }
            List<Scored> without = new ArrayList<>(pool);
            without.remove(c);
            List<Scored> alternative = select(without, count);
            if (items(alternative) > items(chosen)) {
                pool = without;
                chosen = alternative;
            }
        }
        return chosen;
    }

    /**
     * A worksheet the single questions could not fill gets gap texts (Lückentexte) over the
     * sentences they left ({@link Composites#restPassages}); a passage gives those sentences the
     * context a single gap lacks ("They also won … in _____"). No gap is put on a word another
     * question prints or answers.
     * A passage takes no sentence a kept question prints or asks about: trading single gap
     * questions for a passage over their sentences that asked more was tried, and the readings
     * failed such passages more often than the single questions (copied slips, gaps solved by
     * logic).
     */
    private void addRestPassages(List<Scored> chosen, List<Template> wanted, Facts facts, DistractorPicker picker, Random rng, int count) {
        for (Template t : wanted) {
            if (!t.composite() || t.type() != QuestionType.CLOZE_PASSAGE) {
                continue;
            }
            Set<Integer> taken = new HashSet<>();
            chosen.forEach(c -> {
                taken.addAll(c.shown());
                taken.addAll(c.asked());
            });
            java.util.function.BiPredicate<dev.quizgen.facts.Fact, Set<Integer>> allowed = (f, run) -> chosen.stream()
                    .noneMatch(c -> DistractorPicker.containsWords(norm(c.question().stem()), norm(f.text()))
                            || DistractorPicker.containsWords(norm(c.question().answer()), norm(f.text()))
                            || DistractorPicker.containsWords(norm(f.text()), norm(c.question().answer())));
            for (Scored p : Composites.restPassages(t, facts, engine, picker, rng, taken, allowed)) {
                if (chosen.size() < count && chosen.stream().noneMatch(x -> p.clashes(x) || givesAway(x, p) || givesAway(p, x))) {
                    chosen.add(p);
                }
            }
        }
    }

    /**
     * Whether a sheet gets gap texts, orderings or matchings: only when it asked for twice the
     * questions its single ones give or more (30 of an article that gives 12, or any when the
     * types asked leave no single question). Six teacher readings failed most of them and passed
     * most single questions; a teacher who asks for far more than the single questions give
     * wants the items.
     */
    private static boolean composites(int count, int singles) {
        return count >= 2 * singles;
    }

    /** What a worksheet asks: a gap, pair or event of a composite counts like a single question. */
    private static int items(List<Scored> chosen) {
        int n = 0;
        for (Scored c : chosen) {
            Question q = c.question();
            n += Math.max(1, Math.max(q.blanks().size(), Math.max(q.pairs().size(), q.items().size())));
        }
        return n;
    }

    /**
     * Greedy cover: best first (a template's score drops with every question it already has);
     * one question per answer; at most {@link #PER_SENTENCE} per sentence and one question per
     * template (and one gap) per sentence; about a third fill-in when there are enough; true/false
     * statements last.
     */
    private static List<Scored> select(List<Scored> all, int count) {
        int fillTarget = (int) Math.round(count * 0.35);
        List<Scored> chosen = new ArrayList<>();
        Set<String> answers = new HashSet<>();
        Map<Integer, Integer> perSentence = new HashMap<>();
        Map<String, Integer> perTemplate = new HashMap<>();
        Set<String> typeSentences = new HashSet<>();
        Set<Integer> askedOtherwise = new HashSet<>();
        all.stream().filter(c -> c.question().type() != QuestionType.TRUE_FALSE).forEach(c -> askedOtherwise.add(c.sentence()));
        // first the other types' share, then fill-in, then whatever single question is left, then composites
        for (int pass = 0; pass < 5; pass++) {
            while (chosen.size() < count) {
                Scored best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Scored c : all) {
                    boolean fill = c.fillIn();
                    // a gap text, ordering or matching only fills what single questions leave: teachers failed most of
                    // them (six readings) and passed most single questions on the same sentences
                    if (c.template().composite() != (pass == 3)) {
                        continue;
                    }
                    // a true/false statement first only where nothing else asks about its sentence: it would take the
                    // sentence from a gap or wh-question, and tests reading less well
                    boolean trueFalse = c.question().type() == QuestionType.TRUE_FALSE && askedOtherwise.contains(c.sentence());
                    // the last pass fills a sheet that is still short with questions whose stem names another question's
                    // answer from another sentence ("Peyton Manning is also the oldest …" beside "_____ became the first
                    // quarterback …"): a pupil who has the article gains nothing from it, a teacher who asked for ten gets more
                    boolean acrossSentences = pass == 4;
                    if (pass == 0 && (fill || trueFalse || chosen.size() >= count - fillTarget) || pass == 1 && !fill
                            || chosen.contains(c) || answers.contains(c.key())
                            || perSentence.getOrDefault(c.sentence(), 0) >= PER_SENTENCE
                            || typeSentences.contains(sentenceKey(c)) || chosen.stream().anyMatch(c::clashes)
                            || chosen.stream().anyMatch(x -> (!acrossSentences || x.sentence() == c.sentence())
                                    && (givesAway(x, c) || givesAway(c, x)) || sameAnswer(x, c))
                            || c.question().type() == QuestionType.TRUE_FALSE && trueFalse(chosen) >= Math.max(1, count / 5)) {
                        continue;
                    }
                    double score = c.score() - FAMILY_PENALTY * perTemplate.getOrDefault(c.template().id(), 0);
                    if (score > bestScore || score == bestScore && c.start() < best.start()) {
                        best = c;
                        bestScore = score;
                    }
                }
                if (best == null) {
                    break;
                }
                chosen.add(best);
                answers.add(best.key());
                perSentence.merge(best.sentence(), 1, Integer::sum);
                perTemplate.merge(best.template().id(), 1, Integer::sum);
                typeSentences.add(sentenceKey(best));
            }
        }
        return chosen;
    }

    /** A passage's extra words that are the answers of other questions on the sheet would hand those answers out. */
    private static List<String> withoutOtherKeys(Question passage, List<Scored> chosen) {
        Set<String> keys = new HashSet<>();
        for (Scored c : chosen) {
            if (c.question() != passage) {
                keys.add(norm(c.question().answer()));
            }
        }
        Set<String> blanks = new HashSet<>();
        passage.blanks().forEach(b -> blanks.add(b.answer()));
        // "1891" beside a question whose answer is "im Jahr 1891" hands that answer out as well
        return passage.wordBank().stream().filter(w -> blanks.contains(w) || keys.stream().noneMatch(k -> k.equals(norm(w))
                || norm(w).length() >= 3 && DistractorPicker.containsWords(k, norm(w)))).toList();
    }

    /**
     * {@link DistractorPicker#norm}, remembered for the article being generated: selection compares
     * every candidate with every chosen question in every round, and normalised the same stems anew
     * each time (45 % of the pipeline's time).
     */
    private static final ThreadLocal<Map<String, String>> NORMS = ThreadLocal.withInitial(HashMap::new);

    private static String norm(String s) {
        return NORMS.get().computeIfAbsent(s, DistractorPicker::norm);
    }

    /** For -v: the first rule of {@link #select} that kept a candidate out. */
    private static String whyNot(Scored c, List<Scored> chosen) {
        for (Scored x : chosen) {
            String other = x.template().id() + " (sentence " + (x.sentence() + 1) + ")";
            if (x.key().equals(c.key()) || sameAnswer(x, c)) {
                return "the same answer as " + other;
            }
            if (sentenceKey(x).equals(sentenceKey(c)) || c.clashes(x)) {
                return "a twin of, or given away by, " + other;
            }
            if (givesAway(x, c) || givesAway(c, x)) {
                return "the answer of one is printed in the other: " + other;
            }
        }
        return "the worksheet is full, or its sentence or the true/false share is used up";
    }

    /** Whether {@code a}'s stem prints {@code b}'s answer ("am Sonntag" in one question, "Sonntag" asked in another). */
    private static boolean givesAway(Scored a, Scored b) {
        if (b.question().type() == QuestionType.TRUE_FALSE || b.question().type() == QuestionType.MATCHING
                || b.question().type() == QuestionType.ORDERING) {
            return false;
        }
        List<String> answers = b.question().type() == QuestionType.CLOZE_PASSAGE
                ? b.question().blanks().stream().map(dev.quizgen.bank.Blank::answer).toList() : List.of(b.question().answer());
        for (String ans : answers) {
            if (norm(ans).length() >= 3 && DistractorPicker.containsWords(norm(a.question().stem()), norm(ans))) {
                return true;
            }
        }
        return false;
    }

    /** "KCNA" and "Die nordkoreanische Staatsagentur KCNA" answer two questions about one actor: twins to a pupil. */
    private static boolean sameAnswer(Scored a, Scored b) {
        Set<QuestionType> single = Set.of(QuestionType.MULTIPLE_CHOICE, QuestionType.FILL_IN);
        if (!single.contains(a.question().type()) || !single.contains(b.question().type())) {
            return false;
        }
        String x = norm(a.question().answer());
        String y = norm(b.question().answer());
        return x.length() >= 3 && y.length() >= 3 && (DistractorPicker.containsWords(x, y) || DistractorPicker.containsWords(y, x));
    }

    /** True/false statements are quick to make and weak at testing reading: a fifth of a worksheet at most. */
    private static long trueFalse(List<Scored> chosen) {
        return chosen.stream().filter(x -> x.question().type() == QuestionType.TRUE_FALSE).count();
    }

    /**
     * Two gaps or two true/false statements from one sentence are twins; two wh-questions on
     * different facts of one sentence ("Wer ist der Machthaber?", "Wer ist US-Präsident?") are not.
     */
    private static String sentenceKey(Scored c) {
        if (c.fillIn() || c.question().stem().contains(TemplateEngine.GAP)) {
            return "gap@" + c.sentence();
        }
        if (c.question().type() == QuestionType.TRUE_FALSE) {
            return "statement@" + c.sentence();
        }
        return c.template().id() + "@" + c.sentence() + "@" + c.question().answer();
    }

    /** Puts the right option at positions that cycle through a shuffled order: balanced, not always A. */
    static final class PositionBalancer {
        private final Random rng;
        private final Map<Integer, List<Integer>> queues = new HashMap<>();

        PositionBalancer(Random rng) {
            this.rng = rng;
        }

        List<Option> place(List<Option> options) {
            int n = options.size();
            List<Integer> queue = queues.computeIfAbsent(n, k -> new ArrayList<>());
            if (queue.isEmpty()) {
                for (int i = 0; i < n; i++) {
                    queue.add(i);
                }
                Collections.shuffle(queue, rng);
            }
            int position = queue.remove(0);
            List<Option> wrong = new ArrayList<>();
            Option right = null;
            for (Option o : options) {
                if (o.correct()) {
                    right = o;
                } else {
                    wrong.add(o);
                }
            }
            Collections.shuffle(wrong, rng);
            wrong.add(position, right);
            return wrong;
        }
    }
}
