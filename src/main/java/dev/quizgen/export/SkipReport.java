package dev.quizgen.export;

import dev.quizgen.bank.QuestionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the questions a format skips or changes, and reports them as one warning line per
 * question type and reason, e.g. {@code aiken: skipped 3 fill_in questions (Aiken holds only
 * multiple choice)}. Nothing is dropped without a line.
 */
public final class SkipReport {
    private final String format;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        final String verb;
        final QuestionType type;
        final String reason;
        final List<String> ids = new ArrayList<>();

        Entry(String verb, QuestionType type, String reason) {
            this.verb = verb;
            this.type = type;
            this.reason = reason;
        }
    }

    public SkipReport(String format) {
        this.format = format;
    }

    /** Records that question {@code id} of {@code type} was left out, and why. */
    public void skipped(QuestionType type, String id, String reason) {
        add("skipped", type, id, reason);
    }

    /** Records that question {@code id} was written in a changed form, and how. */
    public void changed(QuestionType type, String id, String how) {
        add("changed", type, id, how);
    }

    private void add(String verb, QuestionType type, String id, String reason) {
        entries.computeIfAbsent(verb + '\u0000' + type + '\u0000' + reason, k -> new Entry(verb, type, reason))
                .ids.add(id);
    }

    /** Sends the lines, in the order first seen, to the context. */
    public void report(ExportContext context) {
        for (Entry e : entries.values()) {
            int n = e.ids.size();
            context.warn(format + ": " + e.verb + " " + n + " " + e.type.jsonName() + " question"
                    + (n == 1 ? "" : "s") + " (" + e.reason + "): " + String.join(", ", e.ids));
        }
    }
}
