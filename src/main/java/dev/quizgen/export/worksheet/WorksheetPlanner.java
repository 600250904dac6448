package dev.quizgen.export.worksheet;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.ExportOptions;
import dev.quizgen.export.worksheet.Worksheet.Block;
import dev.quizgen.export.worksheet.Worksheet.Choices;
import dev.quizgen.export.worksheet.Worksheet.Item;
import dev.quizgen.export.worksheet.Worksheet.KeyEntry;
import dev.quizgen.export.worksheet.Worksheet.MatchTable;
import dev.quizgen.export.worksheet.Worksheet.OrderList;
import dev.quizgen.export.worksheet.Worksheet.Section;
import dev.quizgen.export.worksheet.Worksheet.Version;
import dev.quizgen.export.worksheet.Worksheet.WordBank;
import dev.quizgen.export.worksheet.Worksheet.WritingLines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans a worksheet from a bank: sections by question type (in the order of {@link QuestionType}),
 * points, versions and keys. Version A keeps the bank's order; versions B, C, … shuffle the
 * questions inside each section and the options of each question. Word banks, matching columns
 * and ordering items are shuffled in every version (in bank order they would give the answer
 * away). All shuffles are seeded from {@code options.seed()}, the version and the question id, so
 * the same bank and seed always give the same worksheet.
 */
public final class WorksheetPlanner {
    /** A gap in a stem: three or more underscores (SPEC.md writes five). */
    private static final Pattern GAP = Pattern.compile("_{3,}");
    private static final String LINE = "______________";
    private static final int SHORT_CHOICE = 24;

    private final WorksheetText text;
    private final long seed;

    private WorksheetPlanner(WorksheetText text, long seed) {
        this.text = text;
        this.seed = seed;
    }

    public static Worksheet plan(QuestionBank bank, ExportOptions options) {
        WorksheetText text = WorksheetText.forLanguage(bank.language());
        WorksheetPlanner planner = new WorksheetPlanner(text, options.seed());
        String title = options.title() != null && !options.title().isBlank() ? options.title().strip()
                : bank.title() != null && !bank.title().isBlank() ? bank.title().strip() : text.defaultTitle();
        int count = Math.max(1, options.versions());
        List<Version> versions = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            versions.add(planner.version(bank.questions(), v));
        }
        List<List<String>> article = new ArrayList<>();
        List<String> paragraphs = paragraphs(options.printedArticle());
        if (!paragraphs.isEmpty()) {
            ArticleLines lines = ArticleLines.forPaper(options.paper());
            paragraphs.forEach(p -> article.add(lines.wrap(p)));
        }
        return new Worksheet(title, text, options.paper(), creationDate(bank.source().date()), article, versions);
    }

    /** The bank's article date ({@code YYYY-MM} or {@code YYYY-MM-DD}) as an instant, or null. */
    static Instant creationDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        String d = date.strip();
        try {
            if (d.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(d + "-01").atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        } catch (DateTimeParseException e) {
            return null; // a hand-edited bank with an impossible date: leave the metadata out
        }
        return null;
    }

    /** Article paragraphs: separated by blank lines; single line breaks inside join with a space. */
    static List<String> paragraphs(String article) {
        if (article == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : article.replace("\r\n", "\n").split("\n\\s*\n")) {
            String joined = p.strip().replaceAll("\\s*\n\\s*", " ");
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }

    private Version version(List<Question> questions, int v) {
        Map<QuestionType, List<Question>> byType = new EnumMap<>(QuestionType.class);
        for (Question q : questions) {
            byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(q);
        }
        List<Section> sections = new ArrayList<>();
        int number = 1;
        for (Map.Entry<QuestionType, List<Question>> e : byType.entrySet()) {
            List<Question> qs = new ArrayList<>(e.getValue());
            if (v > 0) {
                Collections.shuffle(qs, random(v, "section:" + e.getKey().jsonName()));
            }
            List<Item> items = new ArrayList<>();
            for (Question q : qs) {
                items.add(item(q, number++, v));
            }
            List<String> wordBank = e.getKey() == QuestionType.FILL_IN ? fillInWordBank(qs, v) : List.of();
            sections.add(new Section(e.getKey(), text.heading(e.getKey()), text.instruction(e.getKey(), items.size()),
                    wordBank, items));
        }
        return new Version(letter(v), sections);
    }

    /** A, B, … Z; beyond that (the CLI allows 26) the version's number. */
    static String letter(int version) {
        return version < 26 ? String.valueOf((char) ('A' + version)) : String.valueOf(version + 1);
    }

    private Random random(int version, String salt) {
        long h = seed;
        h = h * 1_000_003L + version;
        h = h * 1_000_003L + salt.hashCode();
        return new Random(h);
    }

    private Item item(Question q, int number, int v) {
        String source = q.source() == null || q.source().sentence() == null || q.source().sentence().isBlank()
                ? null : q.source().sentence().strip();
        List<Block> blocks = new ArrayList<>();
        // a gap in any stem ("Welche Angabe gehört in die Lücke? _____ nach …") is drawn long enough to write in
        String stem = q.type() == QuestionType.CLOZE_PASSAGE ? q.stem().strip()
                : GAP.matcher(q.stem().strip()).replaceAll(LINE);
        String answer;
        int points;
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                List<Option> options = new ArrayList<>(q.options());
                if (v > 0) {
                    Collections.shuffle(options, random(v, "options:" + q.id()));
                }
                List<String> labels = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                String right = q.answer();
                for (int i = 0; i < options.size(); i++) {
                    String label = (char) ('a' + i) + ")";
                    labels.add(label);
                    texts.add(options.get(i).text());
                    if (options.get(i).correct()) {
                        right = label + " " + options.get(i).text();
                    }
                }
                blocks.add(new Choices(labels, texts, columns(texts)));
                answer = right;
                points = 1;
            }
            case TRUE_FALSE -> {
                blocks.add(new Choices(List.of("", ""), List.of(text.trueWord(), text.falseWord()), 2));
                String a = q.answer().strip();
                answer = "true".equalsIgnoreCase(a) ? text.trueWord()
                        : "false".equalsIgnoreCase(a) ? text.falseWord() : a;
                points = 1;
            }
            case FILL_IN -> {
                answer = q.answer();
                points = Math.max(1, countGaps(q.stem()));
            }
            case SHORT_ANSWER -> {
                blocks.add(new WritingLines(2));
                answer = q.acceptedAnswers().isEmpty() ? q.answer()
                        : q.answer() + " (" + text.alsoAccepted() + ": " + String.join(", ", q.acceptedAnswers()) + ")";
                points = 2;
            }
            case MATCHING -> {
                List<String> left = q.pairs().stream().map(Pair::left).toList();
                List<String> right = shuffledApart(q.pairs().stream().map(Pair::right).toList(), v, "match:" + q.id());
                blocks.add(new MatchTable(left, right));
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < q.pairs().size(); i++) {
                    String r = q.pairs().get(i).right();
                    char letter = (char) ('A' + right.indexOf(r));
                    parts.add((i + 1) + " → " + letter + " (" + r + ")");
                }
                answer = String.join("; ", parts);
                points = Math.max(1, q.pairs().size());
            }
            case ORDERING -> {
                blocks.add(new OrderList(shuffledApart(q.items(), v, "order:" + q.id())));
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < q.items().size(); i++) {
                    parts.add((i + 1) + ". " + q.items().get(i));
                }
                answer = String.join(" → ", parts);
                points = Math.max(1, q.items().size());
            }
            case CLOZE_PASSAGE -> {
                stem = numberGaps(stem);
                blocks.add(new WordBank(clozeWordBank(q, v)));
                List<String> parts = new ArrayList<>();
                List<String> answers = q.blanks().isEmpty() ? List.of(q.answer().split("\\s*\\|\\s*"))
                        : q.blanks().stream().map(Blank::answer).toList();
                for (int i = 0; i < answers.size(); i++) {
                    parts.add("(" + (i + 1) + ") " + answers.get(i));
                }
                answer = String.join("   ", parts);
                points = Math.max(1, answers.size());
            }
            default -> throw new IllegalStateException("unknown question type " + q.type());
        }
        return new Item(q.id(), number, stem, points, blocks, new KeyEntry(number, answer, source, points));
    }

    /** Two choices to a row when all are short, else one: long options must not be squeezed. */
    private static int columns(List<String> texts) {
        int longest = texts.stream().mapToInt(String::length).max().orElse(0);
        return longest <= SHORT_CHOICE && texts.size() % 2 == 0 ? 2 : 1;
    }

    private static int countGaps(String stem) {
        int n = 0;
        Matcher m = GAP.matcher(stem);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String numberGaps(String stem) {
        Matcher m = GAP.matcher(stem);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (m.find()) {
            // a no-break space keeps the gap's number on the line with its gap
            m.appendReplacement(sb, Matcher.quoteReplacement("(" + (++n) + ")\u00A0" + LINE));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Shuffled so that, with two or more different items, the printed order is never the answer. */
    private List<String> shuffledApart(List<String> items, int v, String salt) {
        List<String> out = new ArrayList<>(items);
        if (new LinkedHashSet<>(items).size() < 2) {
            return out;
        }
        Collections.shuffle(out, random(v, salt));
        if (out.equals(items)) {
            Collections.rotate(out, 1);
        }
        return out;
    }

    /** The question's own word bank when it has one, else every blank's answer and options. */
    private List<String> clozeWordBank(Question q, int v) {
        if (!q.wordBank().isEmpty()) {
            List<String> words = new ArrayList<>(new LinkedHashSet<>(q.wordBank()));
            if (v > 0) {
                Collections.shuffle(words, random(v, "words:" + q.id()));
            }
            return words;
        }
        Set<String> words = new LinkedHashSet<>();
        for (Blank b : q.blanks()) {
            words.add(b.answer());
            b.options().forEach(o -> words.add(o.text()));
        }
        if (q.blanks().isEmpty()) {
            words.addAll(List.of(q.answer().split("\\s*\\|\\s*")));
        }
        return shuffledApart(new ArrayList<>(words), v, "words:" + q.id());
    }

    /**
     * One word bank for all fill-in questions of a section: their word banks, options or answers;
     * none when that would be a single word.
     */
    private List<String> fillInWordBank(List<Question> qs, int v) {
        Set<String> words = new LinkedHashSet<>();
        for (Question q : qs) {
            if (!q.wordBank().isEmpty()) {
                words.addAll(q.wordBank());
            } else if (!q.options().isEmpty()) {
                q.options().forEach(o -> words.add(o.text()));
            } else {
                words.add(q.answer());
            }
        }
        // a word bank of one word is the answer itself
        return words.size() < 2 ? List.of() : shuffledApart(new ArrayList<>(words), v, "words:fill_in");
    }
}
