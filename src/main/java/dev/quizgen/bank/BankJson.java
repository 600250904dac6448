package dev.quizgen.bank;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import dev.quizgen.QuizgenException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bank JSON of SPEC.md. Writing uses a fixed field order and leaves out empty lists, so that
 * the same bank always gives the same bytes. Reading checks every field a later stage relies on
 * and names the field path and what is expected when one is wrong; unknown fields are ignored.
 */
public final class BankJson {
    private BankJson() {
    }

    public static String write(QuestionBank bank) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            w.setHtmlSafe(false);
            w.beginObject();
            w.name("schemaVersion").value(QuestionBank.SCHEMA_VERSION);
            w.name("generator").value(bank.generator());
            w.name("title").value(bank.title());
            w.name("language").value(bank.language());
            w.name("source").beginObject();
            w.name("file").value(bank.source().file());
            if (bank.source().date() != null) {
                w.name("date").value(bank.source().date());
            }
            w.name("sha256").value(bank.source().sha256());
            w.endObject();
            w.name("questions").beginArray();
            for (Question q : bank.questions()) {
                writeQuestion(w, q);
            }
            w.endArray();
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void writeQuestion(JsonWriter w, Question q) throws IOException {
        w.beginObject();
        w.name("id").value(q.id());
        w.name("type").value(q.type().jsonName());
        w.name("stem").value(q.stem());
        if (!q.options().isEmpty()) {
            w.name("options").beginArray();
            for (Option o : q.options()) {
                writeOption(w, o);
            }
            w.endArray();
        }
        w.name("answer").value(q.answer());
        if (!q.acceptedAnswers().isEmpty()) {
            stringArray(w, "acceptedAnswers", q.acceptedAnswers());
        }
        if (!q.blanks().isEmpty()) {
            w.name("blanks").beginArray();
            for (Blank b : q.blanks()) {
                w.beginObject();
                w.name("answer").value(b.answer());
                if (!b.options().isEmpty()) {
                    w.name("options").beginArray();
                    for (Option o : b.options()) {
                        writeOption(w, o);
                    }
                    w.endArray();
                }
                w.endObject();
            }
            w.endArray();
        }
        if (!q.wordBank().isEmpty()) {
            stringArray(w, "wordBank", q.wordBank());
        }
        if (!q.pairs().isEmpty()) {
            w.name("pairs").beginArray();
            for (Pair p : q.pairs()) {
                w.beginObject().name("left").value(p.left()).name("right").value(p.right()).endObject();
            }
            w.endArray();
        }
        if (!q.items().isEmpty()) {
            stringArray(w, "items", q.items());
        }
        if (q.factType() != null) {
            w.name("factType").value(q.factType());
        }
        if (q.template() != null) {
            w.name("template").value(q.template());
        }
        if (q.difficulty() != null) {
            w.name("difficulty").value(q.difficulty().jsonName());
        }
        if (q.source() != null) {
            w.name("source").beginObject();
            w.name("sentence").value(q.source().sentence());
            w.name("start").value(q.source().start());
            w.name("end").value(q.source().end());
            w.endObject();
        }
        if (!q.rejected().isEmpty()) {
            w.name("rejectedDistractors").beginArray();
            for (Rejected r : q.rejected()) {
                w.beginObject().name("text").value(r.text()).name("reason").value(r.reason()).endObject();
            }
            w.endArray();
        }
        w.endObject();
    }

    private static void writeOption(JsonWriter w, Option o) throws IOException {
        w.beginObject();
        w.name("text").value(o.text());
        w.name("correct").value(o.correct());
        if (o.source() != null) {
            w.name("source").value(o.source());
        }
        w.endObject();
    }

    private static void stringArray(JsonWriter w, String name, List<String> values) throws IOException {
        w.name(name).beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a bank. {@code where} names the file in error messages.
     *
     * @throws QuizgenException naming the field path and what is expected
     */
    public static QuestionBank read(String json, String where) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            String detail = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getMessage();
            throw new QuizgenException("Cannot read bank '" + where + "': not valid JSON (" + firstLine(detail)
                    + "). Fix the file or generate the bank again.");
        }
        return new Reader(where).bank(root);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Walks the JSON tree, keeping the path for messages. */
    private static final class Reader {
        private final String where;

        Reader(String where) {
            this.where = where;
        }

        private QuizgenException error(String path, String expected, JsonElement found) {
            String got = found == null || found.isJsonNull() ? "nothing" : abbreviate(found.toString());
            return new QuizgenException("Bank '" + where + "', field " + path + ": expected " + expected
                    + ", found " + got + ". Fix that field or generate the bank again.");
        }

        QuestionBank bank(JsonElement root) {
            JsonObject o = object(root, "$");
            JsonElement sv = o.get("schemaVersion");
            if (sv == null || !sv.isJsonPrimitive() || !sv.getAsJsonPrimitive().isNumber()) {
                throw error("$.schemaVersion", "the number " + QuestionBank.SCHEMA_VERSION, sv);
            }
            double version = sv.getAsDouble();
            if (version > QuestionBank.SCHEMA_VERSION) {
                throw new QuizgenException("Bank '" + where + "' has schemaVersion " + sv
                        + ", newer than this quizgen reads (" + QuestionBank.SCHEMA_VERSION
                        + "). Use a newer quizgen for it.");
            }
            if (version != QuestionBank.SCHEMA_VERSION) {
                throw error("$.schemaVersion", "the number " + QuestionBank.SCHEMA_VERSION, sv);
            }
            String generator = optString(o, "generator", "$.generator");
            String title = optString(o, "title", "$.title");
            String language = optString(o, "language", "$.language");
            BankSource source = new BankSource("", null, "");
            if (o.has("source") && !o.get("source").isJsonNull()) {
                JsonObject s = object(o.get("source"), "$.source");
                source = new BankSource(nz(optString(s, "file", "$.source.file")),
                        optString(s, "date", "$.source.date"), nz(optString(s, "sha256", "$.source.sha256")));
            }
            JsonArray qs = array(o.get("questions"), "$.questions");
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < qs.size(); i++) {
                questions.add(question(qs.get(i), "$.questions[" + i + "]"));
            }
            return new QuestionBank(generator == null ? "" : generator, title == null ? "" : title,
                    language == null ? "" : language, source, questions);
        }

        Question question(JsonElement e, String path) {
            JsonObject o = object(e, path);
            String id = string(o, "id", path + ".id");
            String typeName = string(o, "type", path + ".type");
            QuestionType type = QuestionType.fromJsonName(typeName);
            if (type == null) {
                throw error(path + ".type", "one of " + Arrays.stream(QuestionType.values())
                        .map(QuestionType::jsonName).toList(), o.get("type"));
            }
            String stem = string(o, "stem", path + ".stem");
            String answer = string(o, "answer", path + ".answer");
            List<Option> options = list(o, "options", path, this::option);
            if (type == QuestionType.MULTIPLE_CHOICE) {
                if (options.size() < 2) {
                    throw error(path + ".options", "at least 2 options for a multiple_choice question", o.get("options"));
                }
                long correct = options.stream().filter(Option::correct).count();
                if (correct != 1) {
                    throw error(path + ".options", "exactly one option with \"correct\": true", o.get("options"));
                }
            }
            String factType = optString(o, "factType", path + ".factType");
            String template = optString(o, "template", path + ".template");
            String diffName = optString(o, "difficulty", path + ".difficulty");
            Difficulty difficulty = null;
            if (diffName != null) {
                difficulty = Difficulty.fromJsonName(diffName);
                if (difficulty == null) {
                    throw error(path + ".difficulty", "easy, medium or hard", o.get("difficulty"));
                }
            }
            SourceRef source = null;
            if (o.has("source") && !o.get("source").isJsonNull()) {
                JsonObject s = object(o.get("source"), path + ".source");
                String sentence = string(s, "sentence", path + ".source.sentence");
                source = new SourceRef(sentence, optInt(s, "start", path + ".source.start"),
                        optInt(s, "end", path + ".source.end"));
            }
            List<Blank> blanks = list(o, "blanks", path, (b, p) -> {
                JsonObject bo = object(b, p);
                return new Blank(string(bo, "answer", p + ".answer"), list(bo, "options", p, this::option));
            });
            List<String> wordBank = list(o, "wordBank", path, this::plainString);
            List<Pair> pairs = list(o, "pairs", path, (pe, p) -> {
                JsonObject po = object(pe, p);
                return new Pair(string(po, "left", p + ".left"), string(po, "right", p + ".right"));
            });
            List<String> items = list(o, "items", path, this::plainString);
            List<String> accepted = list(o, "acceptedAnswers", path, this::plainString);
            List<Rejected> rejected = list(o, "rejectedDistractors", path, (re, p) -> {
                JsonObject ro = object(re, p);
                return new Rejected(string(ro, "text", p + ".text"), nz(optString(ro, "reason", p + ".reason")));
            });
            return new Question(id, type, stem, options, answer, factType, template, difficulty, source,
                    blanks, wordBank, pairs, items, accepted, rejected);
        }

        Option option(JsonElement e, String path) {
            JsonObject o = object(e, path);
            String text = string(o, "text", path + ".text");
            boolean correct = false;
            JsonElement c = o.get("correct");
            if (c != null && !c.isJsonNull()) {
                if (!c.isJsonPrimitive() || !c.getAsJsonPrimitive().isBoolean()) {
                    throw error(path + ".correct", "true or false", c);
                }
                correct = c.getAsBoolean();
            }
            return new Option(text, correct, optString(o, "source", path + ".source"));
        }

        String plainString(JsonElement e, String path) {
            if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw error(path, "a string", e);
            }
            return e.getAsString();
        }

        <T> List<T> list(JsonObject o, String name, String path, ElementReader<T> reader) {
            JsonElement e = o.get(name);
            if (e == null || e.isJsonNull()) {
                return List.of();
            }
            JsonArray a = array(e, path + "." + name);
            List<T> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.add(reader.read(a.get(i), path + "." + name + "[" + i + "]"));
            }
            return out;
        }

        JsonObject object(JsonElement e, String path) {
            if (e == null || !e.isJsonObject()) {
                throw error(path, "an object", e);
            }
            return e.getAsJsonObject();
        }

        JsonArray array(JsonElement e, String path) {
            if (e == null || !e.isJsonArray()) {
                throw error(path, "a list", e);
            }
            return e.getAsJsonArray();
        }

        String string(JsonObject o, String name, String path) {
            JsonElement e = o.get(name);
            if (e == null || !e.isJsonPrimitive() || !((JsonPrimitive) e).isString()) {
                throw error(path, "a string", e);
            }
            return e.getAsString();
        }

        String optString(JsonObject o, String name, String path) {
            JsonElement e = o.get(name);
            if (e == null || e.isJsonNull()) {
                return null;
            }
            return string(o, name, path);
        }

        int optInt(JsonObject o, String name, String path) {
            JsonElement e = o.get(name);
            if (e == null || e.isJsonNull()) {
                return 0;
            }
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw error(path, "a whole number", e);
            }
            return e.getAsInt();
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        private static String abbreviate(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(JsonElement e, String path);
    }
}
