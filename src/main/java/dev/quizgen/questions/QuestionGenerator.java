package dev.quizgen.questions;

import dev.quizgen.bank.Difficulty;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.bank.BankSource;
import dev.quizgen.bank.SourceRef;
import dev.quizgen.distractors.Candidate;
import dev.quizgen.distractors.Choice;
import dev.quizgen.distractors.DistractorPicker;
import dev.quizgen.distractors.PersonList;
import dev.quizgen.facts.Facts;
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
 * selects a worksheet that covers the article (most important facts first, spread over the
 * sentences, no two questions with the same answer) and shuffles options so that the right
 * answer's position is balanced over the worksheet.
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

    public QuestionGenerator(TemplateEngine engine, List<Template> templates, Consumer<String> log) {
        this.engine = engine;
        this.templates = List.copyOf(templates);
        this.log = log;
    }

    private record Scored(Draft draft, List<Option> options, List<dev.quizgen.bank.Rejected> rejected, double score) {
    }

    public QuestionBank generate(Facts facts, List<String> weekdays, List<String> months, PersonList people,
                                 GenerationOptions options, String generator) {
        Random rng = new Random(options.seed());
        DistractorPicker picker = new DistractorPicker(facts, weekdays, months, people);
        List<Scored> candidates = new ArrayList<>();
        for (Draft d : engine.apply(templates, facts)) {
            if (!options.types().isEmpty() && !options.types().contains(d.template().type())) {
                continue;
            }
            if (!allowed(d.template().difficulty(), options.difficulty())) {
                continue;
            }
            List<Option> opts = List.of();
            List<dev.quizgen.bank.Rejected> rejected = List.of();
            if (d.template().type() == QuestionType.MULTIPLE_CHOICE) {
                Choice c = picker.pick(d, DISTRACTORS, rng);
                if (c.distractors().size() < MIN_DISTRACTORS) {
                    log.accept("dropped " + d.template().id() + " on '" + d.answer() + "': only "
                            + c.distractors().size() + " distractors of the same kind");
                    continue;
                }
                opts = new ArrayList<>();
                opts.add(Option.right(d.answer()));
                for (Candidate x : c.distractors()) {
                    opts.add(new Option(x.text(), false, x.source()));
                }
                rejected = c.rejected();
            }
            candidates.add(new Scored(d, opts, rejected, score(d)));
        }
        List<Scored> chosen = select(candidates, options.count());
        chosen.sort(Comparator.comparingInt((Scored c) -> c.draft().fact().span().start())
                .thenComparing(c -> c.draft().template().id()));
        List<Question> questions = new ArrayList<>();
        PositionBalancer balancer = new PositionBalancer(rng);
        for (Scored c : chosen) {
            Draft d = c.draft();
            List<Option> opts = c.options().isEmpty() ? List.of() : balancer.place(c.options());
            var s = d.sentence();
            questions.add(new Question("q" + (questions.size() + 1), d.template().type(), d.stem(), opts, d.answer(),
                    d.fact().type().name(), d.template().id(), d.template().difficulty(),
                    new SourceRef(s.text(), s.span().start(), s.span().end()),
                    List.of(), List.of(), List.of(), List.of(), List.of(), c.rejected()));
            log.accept("question " + d.template().id() + ": " + d.stem() + " → " + d.answer());
        }
        var article = facts.text().article();
        return new QuestionBank(generator, article.title(), article.language().code(),
                new BankSource(article.fileName(), article.date(), article.sha256()), questions);
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
            case EVENT -> 8;
            case DATE, TIME -> 7.5;
            case QUANTITY, NUMBER -> 7;
            case PLACE -> 6.5;
            case ORGANIZATION, PERSON -> 6;
            default -> 5;
        };
        if (d.template().type() == QuestionType.FILL_IN) {
            s -= 1.5;
        }
        if (d.sentence().index() == 0) {
            s += 2;
        } else if (d.sentence().paragraph() == 0) {
            s += 0.5;
        }
        return s + d.fact().confidence();
    }

    /**
     * Greedy cover: best first; one question per answer; at most {@link #PER_SENTENCE} per
     * sentence; about a third fill-in when there are enough.
     */
    private static List<Scored> select(List<Scored> all, int count) {
        int fillTarget = (int) Math.round(count * 0.35);
        List<Scored> chosen = new ArrayList<>();
        Set<String> answers = new HashSet<>();
        Map<Integer, Integer> perSentence = new HashMap<>();
        Map<String, Integer> perTemplate = new HashMap<>();
        // first the multiple-choice share, then fill-in, then whatever is left
        for (int pass = 0; pass < 3; pass++) {
            while (chosen.size() < count) {
                Scored best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Scored c : all) {
                    boolean fill = c.draft().template().type() == QuestionType.FILL_IN;
                    if (pass == 0 && (fill || chosen.size() >= count - fillTarget) || pass == 1 && !fill
                            || chosen.contains(c)
                            || answers.contains(DistractorPicker.norm(c.draft().answer()))
                            || perSentence.getOrDefault(c.draft().sentence().index(), 0) >= PER_SENTENCE) {
                        continue;
                    }
                    // each question from a template makes that template's next one less attractive: variety
                    double score = c.score() - FAMILY_PENALTY * perTemplate.getOrDefault(c.draft().template().id(), 0);
                    if (score > bestScore || score == bestScore && c.draft().fact().span().start() < best.draft().fact().span().start()) {
                        best = c;
                        bestScore = score;
                    }
                }
                if (best == null) {
                    break;
                }
                chosen.add(best);
                answers.add(DistractorPicker.norm(best.draft().answer()));
                perSentence.merge(best.draft().sentence().index(), 1, Integer::sum);
                perTemplate.merge(best.draft().template().id(), 1, Integer::sum);
            }
        }
        return chosen;
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
