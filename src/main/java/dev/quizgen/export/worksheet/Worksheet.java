package dev.quizgen.export.worksheet;

import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.Paper;
import java.time.Instant;
import java.util.List;

/**
 * A worksheet as the teacher gets it, independent of the file format: the DOCX and the PDF are
 * two renderings of this one value, so both hold the same text.
 *
 * @param title    printed title
 * @param text     the fixed words in the bank's language
 * @param paper    paper size
 * @param date     creation date written into the file's metadata (from the bank), or null
 * @param article  the article to print before the questions of every version, as paragraphs of
 *                 printed lines (broken once, so DOCX and PDF number the same lines); or empty
 * @param versions version A (bank order), B, … (shuffled); one element when no versions were asked
 */
public record Worksheet(String title, WorksheetText text, Paper paper, Instant date, List<List<String>> article,
                        List<Version> versions) {
    public Worksheet {
        article = article.stream().map(List::copyOf).toList();
        versions = List.copyOf(versions);
    }

    /** True when versions A, B, … are printed and must be labelled. */
    public boolean labelledVersions() {
        return versions.size() > 1;
    }

    /**
     * One printed version: the questions grouped into sections, numbered from 1.
     *
     * @param letter {@code A}, {@code B}, …
     */
    public record Version(String letter, List<Section> sections) {
        public Version {
            sections = List.copyOf(sections);
        }

        public int totalPoints() {
            return sections.stream().mapToInt(Section::points).sum();
        }

        public List<Item> items() {
            return sections.stream().flatMap(s -> s.items().stream()).toList();
        }
    }

    /**
     * The questions of one type, under one heading and instruction.
     *
     * @param wordBank the section's word bank (fill-in), shuffled; empty when it has none
     */
    public record Section(QuestionType type, String heading, String instruction, List<String> wordBank,
                          List<Item> items) {
        public Section {
            wordBank = List.copyOf(wordBank);
            items = List.copyOf(items);
        }

        public int points() {
            return items.stream().mapToInt(Item::points).sum();
        }
    }

    /**
     * One numbered question: the stem line (number, stem, points) and what follows it. An item
     * is never split across pages.
     *
     * @param id     the bank's question id
     * @param stem   the stem with gaps drawn as lines ({@code (1) ________} in cloze passages)
     * @param blocks what is printed below the stem, in order
     * @param key    the answer-key entry
     */
    public record Item(String id, int number, String stem, int points, List<Block> blocks, KeyEntry key) {
        public Item {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * One line of the answer key.
     *
     * @param answer the answer as the version prints it ({@code b) Kim Jong-un})
     * @param source the article sentence the question was made from, or null
     */
    public record KeyEntry(int number, String answer, String source, int points) {
    }

    /** What is printed below a stem. */
    public sealed interface Block permits Choices, WritingLines, WordBank, MatchTable, OrderList {
    }

    /**
     * Boxes to tick: {@code ☐ a) text}. Labels are {@code a)}, {@code b)}, … or empty (true/false).
     *
     * @param columns how many choices share a row
     */
    public record Choices(List<String> labels, List<String> texts, int columns) implements Block {
        public Choices {
            labels = List.copyOf(labels);
            texts = List.copyOf(texts);
        }
    }

    /** Empty ruled lines to write an answer on. */
    public record WritingLines(int count) implements Block {
    }

    /** A framed box of words to fill the gaps with, shuffled. */
    public record WordBank(List<String> words) implements Block {
        public WordBank {
            words = List.copyOf(words);
        }
    }

    /** Left items numbered 1, 2, … with a blank for a letter; right items lettered A, B, …, shuffled. */
    public record MatchTable(List<String> left, List<String> right) implements Block {
        public MatchTable {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /** Items in shuffled order, each with a blank for its position. */
    public record OrderList(List<String> items) implements Block {
        public OrderList {
            items = List.copyOf(items);
        }
    }
}
