package dev.quizgen.export;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The banks every exporter's golden and validator tests run over, the same for every format:
 * empty, one question of each type, 50 questions, special characters.
 */
public final class ScenarioBanks {
    private ScenarioBanks() {
    }

    /** Scenario name (the golden folder) → bank, in a fixed order. */
    public static Map<String, QuestionBank> all() {
        Map<String, QuestionBank> m = new LinkedHashMap<>();
        m.put("empty", empty());
        m.put("one-of-each", oneOfEach());
        m.put("fifty", fifty());
        m.put("special-chars", specialChars());
        return m;
    }

    static BankSource source(String file) {
        return new BankSource(file, "2019-07", "0f".repeat(32));
    }

    public static QuestionBank empty() {
        return new QuestionBank("quizgen 0.1.0", "Leere Bank", "de", source("leer.txt"), List.of());
    }

    static Option right(String t) {
        return new Option(t, true, "article");
    }

    static Option wrong(String t) {
        return new Option(t, false, "list:persons");
    }

    static SourceRef sentence(String s) {
        return new SourceRef(s, 0, s.length());
    }

    static Question q(String id, QuestionType type, String stem, List<Option> options, String answer, String sentence) {
        return Question.of(id, type, stem, options, answer, "PERSON_ROLE", "de/test", Difficulty.EASY, sentence(sentence));
    }

    static Question full(String id, QuestionType type, String stem, String answer, String sentence,
                         List<Option> options, List<Blank> blanks, List<Pair> pairs, List<String> items,
                         List<String> accepted) {
        return new Question(id, type, stem, options, answer, "EVENT", "de/test", Difficulty.MEDIUM, sentence(sentence),
                blanks, List.of(), pairs, items, accepted, List.of());
    }

    public static QuestionBank oneOfEach() {
        String s1 = "Der nordkoreanische Machthaber Kim Jong-un traf Donald Trump in Panmunjom.";
        String s2 = "Durch Wien fließt die Donau.";
        String s3 = "Wien liegt an der Donau.";
        String s4 = "Die Hauptstadt von Österreich ist Wien.";
        String s5 = "Kim Jong-un führt Nordkorea, Moon Jae-in Südkorea.";
        String s6 = "Erst kam das Treffen in Singapur, dann Hanoi, dann Panmunjom.";
        String s7 = "Trump traf Kim in Panmunjom. Danach sprachen beide eine Stunde lang.";
        List<Question> qs = List.of(
                q("q1", QuestionType.MULTIPLE_CHOICE, "Wer ist der nordkoreanische Machthaber?",
                        List.of(right("Kim Jong-un"), wrong("Donald Trump"), wrong("Moon Jae-in")), "Kim Jong-un", s1),
                full("q2", QuestionType.FILL_IN, "Durch Wien fließt die _____.", "Donau", s2,
                        List.of(), List.of(), List.of(), List.of(), List.of("donau")),
                q("q3", QuestionType.TRUE_FALSE, "Wien liegt an der Donau.", List.of(), "true", s3),
                full("q4", QuestionType.SHORT_ANSWER, "Wie heißt die Hauptstadt von Österreich?", "Wien", s4,
                        List.of(), List.of(), List.of(), List.of(), List.of("Vienna")),
                full("q5", QuestionType.MATCHING, "Ordne jedem Land seinen Machthaber zu.",
                        "Nordkorea → Kim Jong-un; Südkorea → Moon Jae-in", s5, List.of(), List.of(),
                        List.of(new Pair("Nordkorea", "Kim Jong-un"), new Pair("Südkorea", "Moon Jae-in")),
                        List.of(), List.of()),
                full("q6", QuestionType.ORDERING, "Bringe die Treffen in die richtige Reihenfolge.",
                        "Singapur → Hanoi → Panmunjom", s6, List.of(), List.of(), List.of(),
                        List.of("Singapur", "Hanoi", "Panmunjom"), List.of()),
                full("q7", QuestionType.CLOZE_PASSAGE, "_____ traf Kim in _____. Danach sprachen beide eine Stunde lang.",
                        "Trump | Panmunjom", s7, List.of(),
                        List.of(new Blank("Trump", List.of()),
                                new Blank("Panmunjom", List.of(new Option("Panmunjom", true, null),
                                        new Option("Hanoi", false, null), new Option("Singapur", false, null)))),
                        List.of(), List.of(), List.of()));
        return new QuestionBank("quizgen 0.1.0", "Gipfel in Panmunjom", "de", source("gipfel.txt"), qs);
    }

    /** 50 questions of every type, mostly the two core types, with 3 to 5 options. */
    public static QuestionBank fifty() {
        String[] names = {"Anna Berger", "Bernd Christ", "Clara Dorn", "David Ernst", "Eva Fuchs", "Felix Graf",
            "Greta Hahn", "Hannes Iser"};
        String[] cities = {"Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Bremen", "Kiel"};
        List<Question> qs = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String id = "q" + i;
            String name = names[i % names.length];
            String city = cities[i % cities.length];
            String sentence = name + " eröffnete im Jahr " + (1990 + i) + " in " + city + " das " + i + ". Museum.";
            switch (i % 10) {
                case 1, 2, 3, 4 -> {
                    int n = 3 + (i % 3);
                    List<Option> opts = new ArrayList<>();
                    int rightAt = i % n;
                    for (int k = 0; k < n; k++) {
                        opts.add(k == rightAt ? right(city) : wrong(cities[(i + k + 1) % cities.length] + " " + k));
                    }
                    qs.add(q(id, QuestionType.MULTIPLE_CHOICE, "In welcher Stadt eröffnete " + name + " im Jahr "
                            + (1990 + i) + " ein Museum?", opts, city, sentence));
                }
                case 5, 6 -> qs.add(full(id, QuestionType.FILL_IN, name + " eröffnete im Jahr _____ in " + city
                        + " ein Museum.", Integer.toString(1990 + i), sentence, List.of(), List.of(), List.of(),
                        List.of(), List.of()));
                case 7 -> qs.add(q(id, QuestionType.TRUE_FALSE, name + " eröffnete das Museum in " + city + ".",
                        List.of(), i % 4 == 3 ? "true" : "false", sentence));
                case 8 -> qs.add(full(id, QuestionType.MATCHING, "Ordne Person und Stadt zu.",
                        name + " → " + city + "; " + names[(i + 1) % 8] + " → " + cities[(i + 1) % 8], sentence,
                        List.of(), List.of(), List.of(new Pair(name, city),
                                new Pair(names[(i + 1) % 8], cities[(i + 1) % 8])), List.of(), List.of()));
                case 9 -> qs.add(full(id, QuestionType.ORDERING, "Ordne die Jahre aufsteigend.",
                        (1990 + i) + " → " + (2000 + i) + " → " + (2010 + i), sentence, List.of(), List.of(),
                        List.of(), List.of(Integer.toString(1990 + i), Integer.toString(2000 + i),
                                Integer.toString(2010 + i)), List.of()));
                default -> qs.add(full(id, QuestionType.CLOZE_PASSAGE, "_____ eröffnete im Jahr _____ in "
                        + city + " ein Museum.", name + " | " + (1990 + i), sentence, List.of(),
                        List.of(new Blank(name, List.of()), new Blank(Integer.toString(1990 + i), List.of())),
                        List.of(), List.of(), List.of()));
            }
        }
        return new QuestionBank("quizgen 0.1.0", "Museen in Deutschland", "de", source("museen.txt"), qs);
    }

    /**
     * Text that breaks naive writers: typographic quotes, markup, every GIFT control character,
     * CDATA's end, emoji, right-to-left script, formula starts, a line break, long text.
     */
    public static QuestionBank specialChars() {
        String tricky = "Der „Wendepunkt“ & <b>Fett</b> {x} ~ = # : \\ ]]> 😀 שלום";
        String s = "Er sagte: „Wendepunkt“ & <script>alert(1)</script> {1:SHORTANSWER:=x} ~a =b #c ]]> 😀 مرحبا.";
        List<Question> qs = List.of(
                q("q1", QuestionType.MULTIPLE_CHOICE, tricky + "?",
                        List.of(wrong("=SUMME(A1:A2)"), right("A & B <c> {d} ~e =f #g :h ]]> 😀"),
                                wrong("-1 + 2"), wrong("@home \\ back\\slash")), "A & B <c> {d} ~e =f #g :h ]]> 😀", s),
                full("q2", QuestionType.FILL_IN, "Das Wort _____ steht in „Anführungszeichen“ & <i>kursiv</i>.",
                        "Wende{punkt}=#~:", s, List.of(), List.of(), List.of(), List.of(), List.of("Stern*chen")),
                full("q3", QuestionType.FILL_IN, "_____ ist das erste Wort: שלום & {}.", "Sagte", s,
                        List.of(right("Sagte"), wrong("Fragte"), wrong("=Rief")), List.of(), List.of(), List.of(),
                        List.of()),
                q("q4", QuestionType.TRUE_FALSE, "Zeile eins\nZeile zwei mit <br> & ]]>.", List.of(), "false", s),
                full("q5", QuestionType.SHORT_ANSWER, "Was steht in {Klammern} = # ~ :?", "a/b:c*d", s,
                        List.of(), List.of(), List.of(), List.of(), List.of("a&b")),
                full("q6", QuestionType.MATCHING, "Ordne zu: -> & <=>", "x", s, List.of(), List.of(),
                        List.of(new Pair("a -> b & <c>", "=1 {2} ~3"), new Pair("„Wende“ 😀", "#4 :5 \\6")),
                        List.of(), List.of()),
                full("q7", QuestionType.ORDERING, "Reihenfolge: {1} ~ = # :", "x", s, List.of(), List.of(),
                        List.of(), List.of("erst & <zuerst>", "dann {danach}", "zuletzt ]]> 😀"), List.of()),
                full("q8", QuestionType.CLOZE_PASSAGE, "Er sagte _____ & dann {nichts} _____ [sic] *Stern*.",
                        "x", s, List.of(),
                        List.of(new Blank("„Wende}punkt“ ~#", List.of()),
                                new Blank("a&b", List.of(new Option("a&b", true, null), new Option("a<b", false, null),
                                        new Option("a}b~c", false, null)))),
                        List.of(), List.of(), List.of()),
                q("q9", QuestionType.MULTIPLE_CHOICE, "Was war der Gipfel für beide Seiten?",
                        List.of(right("Er war ein Wendepunkt"), wrong("Nichts änderte sich"),
                                wrong("Die Verhandlungen brachen ab"), wrong("Es gab keinen Gipfel"),
                                wrong("Ein sehr langer Distraktor, der die fünfundsiebzig Zeichen von Kahoot ganz sicher überschreitet")),
                        "Er war ein Wendepunkt", s),
                q("q10", QuestionType.MULTIPLE_CHOICE, "Eine Frage, die für Kahoot viel zu lang ist, weil sie sehr "
                        + "viele Wörter enthält, die man nicht weglassen kann, ohne den Sinn der Frage zu verändern, nicht wahr?",
                        List.of(right("Ja"), wrong("Nein"), wrong("Vielleicht")), "Ja", s),
                q("q11", QuestionType.MULTIPLE_CHOICE, "A. Merkel war Kanzlerin – in welchem Land?",
                        List.of(right("Deutschland"), wrong("Österreich"), wrong("Schweiz")), "Deutschland", s));
        return new QuestionBank("quizgen 0.1.0", "Sonderzeichen & <Tags> {x} ]]> / Pfad", "de", source("sonder.txt"), qs);
    }

    /** Every question type appears in {@link #oneOfEach()}. */
    static List<QuestionType> types() {
        return List.of(QuestionType.values());
    }
}
