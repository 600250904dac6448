package dev.quizgen.export.worksheet;

import dev.quizgen.bank.BankSource;
import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Difficulty;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.bank.SourceRef;
import java.util.ArrayList;
import java.util.List;

/** Banks for worksheet tests: German with umlauts and „quotes“, English, every type, and a long one. */
public final class WorksheetFixtures {
    private WorksheetFixtures() {
    }

    public static final String GERMAN_ARTICLE = """
            Der nordkoreanische Machthaber Kim Jong-un will Staatsmedien zufolge mit US-Präsident Donald Trump \
            nach dem kurzen Treffen an der innerkoreanischen Grenze in engem Kontakt bleiben. Zudem hätten sie \
            sich bei ihren Gesprächen am Sonntag im Grenzort Panmunjom darauf geeinigt, einen produktiven Dialog \
            voranzutreiben.

            So wollten sie einen „neuen Durchbruch bei der Denuklearisierung der koreanischen Halbinsel“ erzielen, \
            hieß es am Montag. Kim und Trump seien mit den Gesprächen sehr zufrieden gewesen.

            Die nordkoreanische Staatsagentur KCNA beschrieb das Treffen als Erfolg. 66 Jahre nach der \
            Unterzeichnung des Waffenstillstandsabkommens habe ein „großartiges Ereignis“ stattgefunden. \
            Beobachter sprachen von einem Wendepunkt; die Größe des Augenblicks sei kaum zu überschätzen.

            Trump hatte am Sonntag beim Besuch der entmilitarisierten Zone als erster Präsident der USA im Amt \
            nordkoreanischen Boden betreten. Später zog er sich mit Kim zu einem mehr als 50 Minuten dauernden \
            Gespräch zurück. Die Straße nach Panmunjom war für den Verkehr gesperrt.
            """;

    static SourceRef src(String sentence) {
        return new SourceRef(sentence, 0, sentence.length());
    }

    private static List<Option> mc(String right, String... wrong) {
        List<Option> out = new ArrayList<>();
        out.add(new Option(right, true, "article"));
        for (String w : wrong) {
            out.add(new Option(w, false, "list:people"));
        }
        return out;
    }

    static Question multipleChoice(String id, String stem, String right, String source, String... wrong) {
        return Question.of(id, QuestionType.MULTIPLE_CHOICE, stem, mc(right, wrong), right, "PERSON_ROLE",
                "de/person-role-who", Difficulty.EASY, src(source));
    }

    public static QuestionBank german() {
        List<Question> qs = new ArrayList<>();
        qs.add(multipleChoice("q1", "Wer ist der nordkoreanische Machthaber?", "Kim Jong-un",
                "Der nordkoreanische Machthaber Kim Jong-un will Staatsmedien zufolge mit US-Präsident Donald Trump in engem Kontakt bleiben.",
                "Donald Trump", "Moon Jae-in", "Xi Jinping"));
        qs.add(Question.of("q2", QuestionType.FILL_IN, "Die Gespräche fanden im Grenzort _____ statt.", null,
                "Panmunjom", "PLACE", "de/place-fill", Difficulty.MEDIUM,
                src("Zudem hätten sie sich bei ihren Gesprächen am Sonntag im Grenzort Panmunjom darauf geeinigt, einen produktiven Dialog voranzutreiben.")));
        qs.add(new Question("q3", QuestionType.TRUE_FALSE,
                "Beobachter sprachen von einem „Wendepunkt“.", List.of(), "true", "QUOTE", "de/tf-quote",
                Difficulty.EASY, src("Beobachter sprachen von einem Wendepunkt; die Größe des Augenblicks sei kaum zu überschätzen."),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        qs.add(new Question("q4", QuestionType.SHORT_ANSWER, "Wie lange dauerte das Gespräch auf südkoreanischer Seite?",
                List.of(), "mehr als 50 Minuten", "QUANTITY", "de/how-long", Difficulty.MEDIUM,
                src("Später zog er sich mit Kim zu einem mehr als 50 Minuten dauernden Gespräch zurück."),
                List.of(), List.of(), List.of(), List.of(), List.of("über 50 Minuten"), List.of()));
        qs.add(multipleChoice("q5", "Welche Agentur beschrieb das Treffen als Erfolg?", "die Staatsagentur KCNA",
                "Die nordkoreanische Staatsagentur KCNA beschrieb das Treffen als Erfolg.",
                "die Nachrichtenagentur Yonhap", "die Agentur Reuters", "die Presseagentur dpa"));
        qs.add(new Question("q6", QuestionType.MATCHING, "Ordne die Personen ihren Rollen zu.", List.of(),
                "Kim Jong-un → Machthaber Nordkoreas; Donald Trump → US-Präsident; KCNA → Staatsagentur",
                "PERSON_ROLE", "de/match-roles", Difficulty.MEDIUM,
                src("Der nordkoreanische Machthaber Kim Jong-un will mit US-Präsident Donald Trump in Kontakt bleiben."),
                List.of(), List.of(),
                List.of(new Pair("Kim Jong-un", "Machthaber Nordkoreas"), new Pair("Donald Trump", "US-Präsident"),
                        new Pair("KCNA", "Staatsagentur")),
                List.of(), List.of(), List.of()));
        qs.add(new Question("q7", QuestionType.ORDERING, "In welcher Reihenfolge geschah es?", List.of(),
                "Trump betritt nordkoreanischen Boden → Gespräch auf südkoreanischer Seite → KCNA meldet einen Erfolg",
                "EVENT", "de/order-events", Difficulty.HARD,
                src("Trump hatte am Sonntag beim Besuch der entmilitarisierten Zone nordkoreanischen Boden betreten."),
                List.of(), List.of(), List.of(),
                List.of("Trump betritt nordkoreanischen Boden", "Gespräch auf südkoreanischer Seite",
                        "KCNA meldet einen Erfolg"),
                List.of(), List.of()));
        String passage = "Die nordkoreanische Staatsagentur KCNA beschrieb das Treffen als Erfolg. 66 Jahre nach der "
                + "Unterzeichnung des Waffenstillstandsabkommens habe ein „großartiges Ereignis“ stattgefunden.";
        qs.add(new Question("q8", QuestionType.CLOZE_PASSAGE,
                "Die nordkoreanische _____ KCNA beschrieb das Treffen als Erfolg. 66 Jahre nach der Unterzeichnung "
                        + "des _____ habe ein „großartiges Ereignis“ stattgefunden.",
                List.of(), "Staatsagentur | Waffenstillstandsabkommens", "EVENT", "de/cloze", Difficulty.MEDIUM,
                src(passage),
                List.of(new Blank("Staatsagentur", List.of()), new Blank("Waffenstillstandsabkommens", List.of())),
                List.of("Waffenstillstandsabkommens", "Grenzübergang", "Staatsagentur", "Größe"),
                List.of(), List.of(), List.of(), List.of()));
        qs.add(Question.of("q9", QuestionType.FILL_IN, "Die _____ nach Panmunjom war für den Verkehr gesperrt.", null,
                "Straße", "PLACE", "de/place-fill", Difficulty.EASY,
                src("Die Straße nach Panmunjom war für den Verkehr gesperrt.")));
        qs.add(new Question("q10", QuestionType.TRUE_FALSE, "Das Gespräch dauerte weniger als zehn Minuten.",
                List.of(), "false", "QUANTITY", "de/tf-number", Difficulty.EASY,
                src("Später zog er sich mit Kim zu einem mehr als 50 Minuten dauernden Gespräch zurück."),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        return new QuestionBank("quizgen 0.1.0", "Kim und Trump in Panmunjom", "de",
                new BankSource("kim.txt", "2019-07", "0".repeat(64)), qs);
    }

    public static QuestionBank english() {
        List<Question> qs = new ArrayList<>();
        qs.add(multipleChoice("q1", "Who hosted the summit in Geneva?", "the Swiss government",
                "The Swiss government hosted the summit in Geneva on Tuesday.",
                "the French government", "the United Nations", "the Red Cross"));
        qs.add(Question.of("q2", QuestionType.FILL_IN, "The talks lasted _____ hours.", null, "three", "NUMBER",
                "en/number-fill", Difficulty.EASY, src("The talks lasted three hours, officials said.")));
        qs.add(new Question("q3", QuestionType.TRUE_FALSE, "The summit took place in Zürich.", List.of(), "false",
                "PLACE", "en/tf-place", Difficulty.EASY, src("The Swiss government hosted the summit in Geneva on Tuesday."),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        qs.add(new Question("q4", QuestionType.SHORT_ANSWER, "What did the minister call the meeting?", List.of(),
                "a turning point", "QUOTE", "en/quote-what", Difficulty.MEDIUM,
                src("The minister called the meeting “a turning point” for the region."),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        qs.add(new Question("q5", QuestionType.CLOZE_PASSAGE, "The talks lasted _____ hours. The minister called the meeting “a _____ point”.",
                List.of(), "three | turning", "EVENT", "en/cloze", Difficulty.MEDIUM,
                src("The talks lasted three hours. The minister called the meeting “a turning point”."),
                List.of(new Blank("three", List.of(new Option("four", false, "generated"))), new Blank("turning", List.of())),
                List.of(), List.of(), List.of(), List.of(), List.of()));
        return new QuestionBank("quizgen 0.1.0", "Summit in Geneva", "en",
                new BankSource("geneva.txt", null, "1".repeat(64)), qs);
    }

    /** Forty questions of mixed types and lengths, to test page breaks. */
    public static QuestionBank forty() {
        List<Question> qs = new ArrayList<>();
        QuestionBank de = german();
        for (int i = 1; i <= 40; i++) {
            String id = "q" + i;
            switch (i % 5) {
                case 0 -> qs.add(new Question(id, QuestionType.SHORT_ANSWER,
                        "Frage " + i + ": Was sagte der Sprecher über die Größe des Treffens und warum war es ein Wendepunkt?",
                        List.of(), "ein großartiges Ereignis " + i, "QUOTE", "de/quote", Difficulty.MEDIUM,
                        src("Ein „großartiges Ereignis“ habe stattgefunden, sagte der Sprecher (" + i + ")."),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
                case 1 -> qs.add(multipleChoice(id, "Frage " + i + ": Wer übernahm die Rolle Nummer " + i
                                + " bei dem Treffen an der Grenze, über das die Staatsmedien ausführlich berichteten?",
                        "Person Ä" + i, "Person Ä" + i + " spielte eine Rolle.", "Person Ö" + i, "Person Ü" + i,
                        "Person ß" + i));
                case 2 -> qs.add(de.questions().get(7).withId(id));
                default -> qs.add(multipleChoice(id, "Frage " + i + ": Wo fand Ereignis " + i + " statt?",
                        "in Panmunjom " + i, "In Panmunjom " + i + " fand es statt.",
                        "in Seoul " + i, "in Pjöngjang " + i, "in Genf " + i));
            }
        }
        // the cloze passages are copies; give them distinct stems so every item can be found
        List<Question> out = new ArrayList<>();
        for (Question q : qs) {
            if (q.type() == QuestionType.CLOZE_PASSAGE) {
                out.add(new Question(q.id(), q.type(), "Lückentext " + q.id() + ": " + q.stem(), q.options(), q.answer(),
                        q.factType(), q.template(), q.difficulty(), q.source(), q.blanks(), q.wordBank(), q.pairs(),
                        q.items(), q.acceptedAnswers(), q.rejected()));
            } else {
                out.add(q);
            }
        }
        return new QuestionBank("quizgen 0.1.0", "Vierzig Fragen zu Panmunjom", "de",
                new BankSource("forty.txt", "2019-07", "2".repeat(64)), out);
    }
}
