package dev.quizgen.export.kahoot;

import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.DeterministicZip;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.Labels;
import dev.quizgen.export.Markup;
import dev.quizgen.export.SkipReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Kahoot's quiz spreadsheet (the layout of its template: instructions and headers above, one
 * question per row from row 9; B question, C–F answers, G time limit, H right answer number).
 * multiple_choice → up to 4 answers; true_false → a 2-answer question; fill_in with answer
 * options → a question showing the gap. Limits are counted in code points: question 120,
 * answer 75. A question is shortened only where its meaning survives — whitespace runs are
 * collapsed, and wrong answers beyond four or over the limit are left out while at least one
 * remains; otherwise it is skipped. Every change and skip is reported.
 */
public final class KahootExporter implements Exporter {
    static final int FIRST_ROW = 9;
    static final int MAX_QUESTION = 120;
    static final int MAX_ANSWER = 75;
    static final int MAX_ANSWERS = 4;
    static final List<Integer> TIME_LIMITS = List.of(5, 10, 20, 30, 60, 90, 120, 240);
    /** Document dates are fixed so that the same bank gives the same bytes. */
    private static final Date FIXED_DATE = new Date(315532800000L); // 1980-01-01T00:00:00Z

    @Override
    public String format() {
        return "kahoot";
    }

    @Override
    public String suffix() {
        return ".kahoot.xlsx";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.of(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.FILL_IN);
    }

    /** A question as Kahoot takes it. */
    record Row(String question, List<String> answers, int correct, int seconds) {
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        SkipReport report = new SkipReport(format());
        Labels labels = Labels.of(bank.language());
        List<Row> rows = new ArrayList<>();
        for (Question q : bank.questions()) {
            Row r = row(q, labels, report);
            if (r != null) {
                rows.add(r);
            }
        }
        byte[] xlsx = workbook(labels.title(bank.title()), rows);
        try (OutputStream out = context.outputs().create(context.baseName() + suffix())) {
            out.write(xlsx);
        }
        report.report(context);
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Whitespace runs (line breaks too) as one space: the only shortening that keeps every word. */
    static String clean(String s) {
        return Markup.xmlLegal(s).replaceAll("\\s+", " ").strip();
    }

    private static Row row(Question q, Labels labels, SkipReport report) {
        List<Option> options;
        switch (q.type()) {
            case MULTIPLE_CHOICE -> options = q.options();
            case TRUE_FALSE -> {
                if (!"true".equals(q.answer()) && !"false".equals(q.answer())) {
                    report.skipped(q.type(), q.id(), "answer is neither \"true\" nor \"false\"");
                    return null;
                }
                options = List.of(new Option(labels.trueWord(), "true".equals(q.answer()), null),
                        new Option(labels.falseWord(), "false".equals(q.answer()), null));
            }
            case FILL_IN -> {
                if (q.options().size() < 2) {
                    report.skipped(q.type(), q.id(), "a Kahoot quiz needs answer choices; this fill-in has none");
                    return null;
                }
                options = q.options();
            }
            default -> {
                report.skipped(q.type(), q.id(), "a Kahoot quiz holds only choice questions");
                return null;
            }
        }
        if (options.stream().filter(Option::correct).count() != 1) {
            report.skipped(q.type(), q.id(), "needs exactly one right answer");
            return null;
        }
        String question = clean(q.stem());
        if (question.isEmpty() || length(question) > MAX_QUESTION) {
            report.skipped(q.type(), q.id(), "question text empty or longer than " + MAX_QUESTION
                    + " characters; cutting it would change its meaning");
            return null;
        }
        Option right = options.stream().filter(Option::correct).findFirst().orElseThrow();
        if (clean(right.text()).isEmpty() || length(clean(right.text())) > MAX_ANSWER) {
            report.skipped(q.type(), q.id(), "right answer empty or longer than " + MAX_ANSWER + " characters");
            return null;
        }
        // keep the right answer and the first wrong answers that fit, in the bank's order
        int wrongSlots = MAX_ANSWERS - 1;
        List<String> answers = new ArrayList<>();
        int correct = -1;
        boolean dropped = false;
        for (Option o : options) {
            String text = clean(o.text());
            if (o.correct()) {
                answers.add(text);
                correct = answers.size();
            } else if (wrongSlots > 0 && !text.isEmpty() && length(text) <= MAX_ANSWER) {
                answers.add(text);
                wrongSlots--;
            } else {
                dropped = true;
            }
        }
        if (answers.size() < 2) {
            report.skipped(q.type(), q.id(), "no wrong answer fits Kahoot's " + MAX_ANSWER + "-character limit");
            return null;
        }
        if (dropped) {
            report.changed(q.type(), q.id(), "left out wrong answers beyond " + MAX_ANSWERS
                    + " answers or over " + MAX_ANSWER + " characters");
        }
        int reading = length(question) + answers.stream().mapToInt(KahootExporter::length).sum();
        int seconds = reading > 150 ? 30 : 20;
        return new Row(question, answers, correct, seconds);
    }

    private static byte[] workbook(String title, List<Row> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(Optional.of(FIXED_DATE));
            wb.getProperties().getCoreProperties().setModified(Optional.of(FIXED_DATE));
            wb.getProperties().getCoreProperties().setTitle(title);
            XSSFSheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(1).setCellValue("Quiz template");
            sheet.createRow(1).createCell(1).setCellValue(clean(title));
            sheet.createRow(2).createCell(1).setCellValue("Add questions, at least two answer alternatives,"
                    + " time limit and choose correct answers (at least one).");
            sheet.createRow(3).createCell(1).setCellValue("Remember: questions have a limit of 120 characters"
                    + " and answers can have 75 characters max. If several answers are correct, separate them with a comma.");
            sheet.createRow(4).createCell(1).setCellValue("Made by quizgen from the question bank.");
            XSSFRow header = sheet.createRow(FIRST_ROW - 2);
            String[] headers = {"", "Question - max 120 characters", "Answer 1 - max 75 characters",
                "Answer 2 - max 75 characters", "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
                "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                XSSFRow row = sheet.createRow(FIRST_ROW - 1 + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(r.question());
                for (int a = 0; a < r.answers().size(); a++) {
                    row.createCell(2 + a).setCellValue(r.answers().get(a));
                }
                row.createCell(6).setCellValue(r.seconds());
                row.createCell(7).setCellValue(r.correct());
            }
            wb.write(bytes);
        }
        return DeterministicZip.normalize(bytes.toByteArray());
    }
}
