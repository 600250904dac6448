package dev.quizgen.export;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionType;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a round trip through an LMS format must keep of a question: id, type, stem, options with
 * their keys, the typed answers, pairs, items and blanks. Generator metadata (fact type,
 * template, difficulty, source offsets) is not part of any LMS format.
 */
public record RoundTripKey(String id, QuestionType type, String stem, List<Choice> options, List<String> answers,
                           List<Pair> pairs, List<String> items, List<BlankKey> blanks) {

    /** An option without where it came from. */
    public record Choice(String text, boolean correct) {
    }

    /** A cloze gap: its answer and the options offered for it. */
    public record BlankKey(String answer, List<Choice> options) {
    }

    /** The key of a bank question, as the bank holds it. */
    public static RoundTripKey of(Question q) {
        List<Choice> options = q.options().stream().map(o -> new Choice(o.text(), o.correct())).toList();
        List<String> answers = switch (q.type()) {
            case FILL_IN, SHORT_ANSWER -> {
                LinkedHashSet<String> all = new LinkedHashSet<>();
                all.add(q.answer());
                all.addAll(q.acceptedAnswers());
                yield List.copyOf(all);
            }
            case MULTIPLE_CHOICE, TRUE_FALSE -> List.of(q.answer());
            // the bank's answer string for these is derived from pairs, items or blanks
            default -> List.of();
        };
        List<BlankKey> blanks = q.blanks().stream().map(RoundTripKey::blank).toList();
        return new RoundTripKey(q.id(), q.type(), q.stem(), options, answers, q.pairs(), q.items(), blanks);
    }

    /** A blank option is right when marked so or when it is the blank's answer (as exporters read it). */
    static BlankKey blank(Blank b) {
        return new BlankKey(b.answer(), b.options().stream()
                .map((Option o) -> new Choice(o.text(), o.correct() || o.text().equals(b.answer()))).toList());
    }

    /** The same key without the options (formats that write fill-in as a typed answer only). */
    public RoundTripKey withoutOptions() {
        return new RoundTripKey(id, type, stem, List.of(), answers, pairs, items, blanks);
    }

    /** The same key with only the right answer (formats that write fill-in options as choices). */
    public RoundTripKey withAnswersOnlyRightOption() {
        String right = options.stream().filter(Choice::correct).map(Choice::text).findFirst().orElse("");
        return new RoundTripKey(id, type, stem, options, List.of(right), pairs, items, blanks);
    }
}
