package dev.quizgen.export.worksheet;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.export.worksheet.Worksheet.Choices;
import dev.quizgen.export.worksheet.Worksheet.Item;
import dev.quizgen.export.worksheet.Worksheet.MatchTable;
import dev.quizgen.export.worksheet.Worksheet.OrderList;
import java.util.ArrayList;
import java.util.List;

/** What a printed worksheet must show, taken from the bank itself (not from the renderer). */
final class ExpectedText {
    private ExpectedText() {
    }

    /** Stem pieces between gaps, every option, pair, item and word-bank word: the student's part. */
    static List<String> questionParts(QuestionBank bank) {
        List<String> out = new ArrayList<>();
        for (Question q : bank.questions()) {
            for (String piece : q.stem().split("_{3,}")) {
                if (!piece.isBlank()) {
                    out.add(piece.strip());
                }
            }
            q.options().stream().map(Option::text).forEach(out::add);
            for (Pair p : q.pairs()) {
                out.add(p.left());
                out.add(p.right());
            }
            out.addAll(q.items());
            out.addAll(q.wordBank());
        }
        return out;
    }

    /** Every answer and every source sentence: the key's part. */
    static List<String> keyParts(QuestionBank bank) {
        List<String> out = new ArrayList<>();
        for (Question q : bank.questions()) {
            switch (q.type()) {
                case CLOZE_PASSAGE -> q.blanks().stream().map(Blank::answer).forEach(out::add);
                case TRUE_FALSE -> { } // printed as richtig/falsch, checked separately
                case MATCHING -> q.pairs().stream().map(Pair::right).forEach(out::add); // "1 → C (right)"
                case ORDERING -> out.addAll(q.items());
                default -> out.add(q.answer());
            }
            if (q.source() != null) {
                out.add(q.source().sentence());
            }
        }
        return out;
    }

    /** One item as printed: "N." and its stem, then every option, pair or item. */
    static List<String> itemWords(Item item) {
        List<String> words = new ArrayList<>();
        words.add(item.number() + ".");
        words.addAll(TextMatch.words(item.stem()));
        return words;
    }

    /** The texts printed below an item's stem. */
    static List<String> itemBlockTexts(Item item) {
        List<String> out = new ArrayList<>();
        for (Worksheet.Block b : item.blocks()) {
            if (b instanceof Choices c) {
                out.addAll(c.texts());
            } else if (b instanceof MatchTable m) {
                out.addAll(m.left());
                out.addAll(m.right());
            } else if (b instanceof OrderList o) {
                out.addAll(o.items());
            } else if (b instanceof Worksheet.WordBank w) {
                out.addAll(w.words());
            }
        }
        return out;
    }
}
