package dev.quizgen.export.h5p;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.DeterministicZip;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.Gaps;
import dev.quizgen.export.Labels;
import dev.quizgen.export.Markup;
import dev.quizgen.export.SkipReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An H5P package: an {@code H5P.QuestionSet} whose questions are H5P.MultiChoice
 * (multiple_choice), H5P.TrueFalse (true_false) and H5P.Blanks (fill_in, short_answer,
 * cloze_passage; typed answers between asterisks, other spellings after a slash; the characters
 * Blanks reserves inside a blank are written as entities, which it decodes). matching and
 * ordering are skipped: their H5P types need a drag-and-drop layout this exporter does not make.
 * All text is HTML-escaped, so no markup or script in a bank becomes active; asterisks in text
 * are written as entities so they cannot open a blank. The package holds {@code h5p.json} and
 * {@code content/content.json}, no libraries: the site installs those from the H5P Hub.
 */
public final class H5pExporter implements Exporter {
    static final String QUESTION_SET = "H5P.QuestionSet 1.20";
    static final String MULTI_CHOICE = "H5P.MultiChoice 1.16";
    static final String TRUE_FALSE = "H5P.TrueFalse 1.8";
    static final String BLANKS = "H5P.Blanks 1.14";

    @Override
    public String format() {
        return "h5p";
    }

    @Override
    public String suffix() {
        return ".h5p";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.of(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.FILL_IN,
                QuestionType.SHORT_ANSWER, QuestionType.CLOZE_PASSAGE);
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        SkipReport report = new SkipReport(format());
        Labels labels = Labels.of(bank.language());
        String title = labels.title(bank.title());
        // sub-content ids derive from the article and question id: stable across exports
        String sourceHash = bank.source() == null ? "" : String.valueOf(bank.source().sha256());
        Set<String> used = new TreeSet<>();
        used.add(QUESTION_SET);
        JsonArray questions = new JsonArray();
        for (Question q : bank.questions()) {
            JsonObject sub = question(q, labels, report);
            if (sub != null) {
                String library = sub.get("library").getAsString();
                used.add(library);
                sub.addProperty("subContentId", UUID.nameUUIDFromBytes(
                        (sourceHash + "\n" + q.id()).getBytes(StandardCharsets.UTF_8)).toString());
                JsonObject meta = new JsonObject();
                meta.addProperty("contentType", library.substring(4, library.indexOf(' ')));
                meta.addProperty("license", "U");
                meta.addProperty("title", Markup.html(q.id() + " " + Markup.excerpt(q.stem(), 60)));
                sub.add("metadata", meta);
                questions.add(sub);
            }
        }
        var gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        try (OutputStream out = context.outputs().create(context.baseName() + suffix());
             DeterministicZip zip = new DeterministicZip(out)) {
            zip.add("h5p.json", gson.toJson(h5pJson(title, Labels.languageTag(bank.language()), used)) + "\n");
            zip.addFolder("content/");
            zip.add("content/content.json", gson.toJson(questionSet(title, questions)) + "\n");
        }
        report.report(context);
    }

    private static JsonObject h5pJson(String title, String language, Set<String> libraries) {
        JsonObject h = new JsonObject();
        h.addProperty("title", title);
        h.addProperty("language", language.isBlank() ? "und" : language);
        h.addProperty("mainLibrary", "H5P.QuestionSet");
        JsonArray embed = new JsonArray();
        embed.add("iframe");
        h.add("embedTypes", embed);
        h.addProperty("license", "U");
        JsonArray deps = new JsonArray();
        for (String lib : libraries) {
            String[] nameVersion = lib.split(" ");
            String[] version = nameVersion[1].split("\\.");
            JsonObject d = new JsonObject();
            d.addProperty("machineName", nameVersion[0]);
            d.addProperty("majorVersion", Integer.parseInt(version[0]));
            d.addProperty("minorVersion", Integer.parseInt(version[1]));
            deps.add(d);
        }
        h.add("preloadedDependencies", deps);
        return h;
    }

    private static JsonObject questionSet(String title, JsonArray questions) {
        JsonObject c = new JsonObject();
        JsonObject intro = new JsonObject();
        intro.addProperty("showIntroPage", false);
        intro.addProperty("title", Markup.html(title));
        intro.addProperty("introduction", "");
        c.add("introPage", intro);
        c.addProperty("progressType", "dots");
        c.addProperty("passPercentage", 50);
        c.add("questions", questions);
        c.addProperty("disableBackwardsNavigation", false);
        c.addProperty("randomQuestions", false);
        JsonObject end = new JsonObject();
        end.addProperty("showResultPage", true);
        end.addProperty("showSolutionButton", true);
        end.addProperty("showRetryButton", true);
        end.addProperty("noResultMessage", "Finished");
        end.addProperty("message", "Your result:");
        JsonArray overall = new JsonArray();
        JsonObject range = new JsonObject();
        range.addProperty("from", 0);
        range.addProperty("to", 100);
        overall.add(range);
        end.add("overallFeedback", overall);
        c.add("endGame", end);
        return c;
    }

    /** Text for H5P's HTML fields: escaped, and asterisks as entities so no blank opens. */
    static String text(String s) {
        return Markup.html(s).replace("*", "&#42;").replace("\n", "<br>");
    }

    private static JsonObject sub(String library, JsonObject params) {
        JsonObject o = new JsonObject();
        o.addProperty("library", library);
        o.add("params", params);
        return o;
    }

    private static JsonObject behaviour(boolean retry) {
        JsonObject b = new JsonObject();
        b.addProperty("enableRetry", retry);
        b.addProperty("enableSolutionsButton", true);
        return b;
    }

    private static JsonObject question(Question q, Labels labels, SkipReport report) {
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                if (q.options().size() < 2 || q.options().stream().filter(Option::correct).count() != 1) {
                    report.skipped(q.type(), q.id(), "needs 2 or more options, exactly one right");
                    return null;
                }
                JsonObject p = new JsonObject();
                p.addProperty("question", "<p>" + text(q.stem()) + "</p>");
                JsonArray answers = new JsonArray();
                for (Option o : q.options()) {
                    JsonObject a = new JsonObject();
                    a.addProperty("text", "<div>" + text(o.text()) + "</div>");
                    a.addProperty("correct", o.correct());
                    JsonObject tips = new JsonObject();
                    tips.addProperty("tip", "");
                    tips.addProperty("chosenFeedback", "");
                    tips.addProperty("notChosenFeedback", "");
                    a.add("tipsAndFeedback", tips);
                    answers.add(a);
                }
                p.add("answers", answers);
                JsonObject b = behaviour(true);
                b.addProperty("singlePoint", true);
                b.addProperty("randomAnswers", true);
                b.addProperty("type", "single");
                p.add("behaviour", b);
                return sub(MULTI_CHOICE, p);
            }
            case TRUE_FALSE -> {
                if (!"true".equals(q.answer()) && !"false".equals(q.answer())) {
                    report.skipped(q.type(), q.id(), "answer is neither \"true\" nor \"false\"");
                    return null;
                }
                JsonObject p = new JsonObject();
                p.addProperty("question", "<p>" + text(q.stem()) + "</p>");
                p.addProperty("correct", q.answer());
                p.add("behaviour", behaviour(true));
                return sub(TRUE_FALSE, p);
            }
            case FILL_IN, CLOZE_PASSAGE -> {
                List<String> parts = Gaps.split(q.stem());
                List<List<String>> answers = new ArrayList<>();
                if (q.type() == QuestionType.FILL_IN) {
                    answers.add(typedAnswers(q));
                    if (!q.options().isEmpty()) {
                        report.changed(q.type(), q.id(), "written as a typed blank; its answer options are not carried");
                    }
                } else {
                    for (Blank b : q.blanks()) {
                        answers.add(List.of(b.answer()));
                    }
                }
                if (parts.size() - 1 != answers.size()) {
                    report.skipped(q.type(), q.id(), "the number of gaps in the stem differs from the number of answers");
                    return null;
                }
                StringBuilder html = new StringBuilder("<p>");
                for (int i = 0; i < answers.size(); i++) {
                    String blank = blank(answers.get(i));
                    if (blank == null) {
                        report.skipped(q.type(), q.id(), "a blank without an answer");
                        return null;
                    }
                    html.append(text(parts.get(i))).append(blank);
                }
                html.append(text(parts.get(parts.size() - 1))).append("</p>");
                return blanks("<p>" + Markup.html(labels.fillTheGaps()) + "</p>", html.toString());
            }
            case SHORT_ANSWER -> {
                String blank = blank(typedAnswers(q));
                if (blank == null) {
                    report.skipped(q.type(), q.id(), "a blank without an answer");
                    return null;
                }
                return blanks("<p>" + text(q.stem()) + "</p>", "<p>" + blank + "</p>");
            }
            default -> {
                report.skipped(q.type(), q.id(), "H5P's types for it need a drag-and-drop layout quizgen does not make");
                return null;
            }
        }
    }

    private static List<String> typedAnswers(Question q) {
        Set<String> all = new LinkedHashSet<>();
        all.add(q.answer());
        all.addAll(q.acceptedAnswers());
        return new ArrayList<>(all);
    }

    /**
     * {@code *answer/other*}; null when an answer is empty. H5P.Blanks splits a blank at ":" (tip)
     * and "/" (alternatives) and only then decodes HTML entities (Blanks.prototype.parseSolution),
     * so those two and the asterisk that delimits blanks are written as numeric entities.
     */
    static String blank(List<String> answers) {
        StringBuilder b = new StringBuilder("*");
        String sep = "";
        for (String a : answers) {
            if (a.isBlank()) {
                return null;
            }
            b.append(sep).append(Markup.html(a.strip()).replace("*", "&#42;").replace("/", "&#47;").replace(":", "&#58;"));
            sep = "/";
        }
        return b.append('*').toString();
    }

    private static JsonObject blanks(String taskHtml, String html) {
        JsonObject p = new JsonObject();
        p.addProperty("text", taskHtml);
        JsonArray qs = new JsonArray();
        qs.add(html);
        p.add("questions", qs);
        JsonObject b = behaviour(true);
        b.addProperty("caseSensitive", false);
        b.addProperty("showSolutionsRequiresInput", true);
        b.addProperty("autoCheck", false);
        b.addProperty("separateLines", false);
        p.add("behaviour", b);
        return sub(BLANKS, p);
    }
}
