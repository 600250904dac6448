package dev.quizgen.templates;

import dev.quizgen.QuizgenException;
import dev.quizgen.bank.Difficulty;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.facts.FactType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the template format of {@code question-templates/README.md}: a {@code [name]} line
 * opens a template, {@code field: value} lines fill it, {@code #} starts a comment. Errors
 * name the file, the line and the field.
 */
public final class TemplateParser {
    private static final Set<String> FIELDS = Set.of("fact", "type", "stem", "answer", "distractors", "difficulty",
            "when", "except", "max-words", "example", "expect");
    private static final Set<String> DISTRACTOR_KINDS = Set.of("person", "place", "organization", "actor", "date",
            "quantity", "speaker", "role", "cause", "thing");

    private TemplateParser() {
    }

    /** Parses one file's text; {@code language} is {@code de} or {@code en}, {@code file} names it in messages. */
    public static List<Template> parse(String text, String language, String file) {
        List<Template> out = new ArrayList<>();
        Builder b = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (b != null) {
                    out.add(b.build());
                }
                String name = line.substring(1, line.length() - 1).strip();
                if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                    throw error(file, lineNo, "name", "'" + name + "' is not a template name: use lower-case letters, digits and '-'");
                }
                b = new Builder(language + "/" + name, language, file, lineNo);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw error(file, lineNo, null, "expected 'field: value' or '[name]', found '" + line + "'");
            }
            String field = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (b == null) {
                throw error(file, lineNo, field, "a field before the first '[name]' line: start each template with [its-name]");
            }
            if (!FIELDS.contains(field)) {
                throw error(file, lineNo, field, "unknown field; known fields are " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
            b.set(field, value, lineNo);
        }
        if (b != null) {
            out.add(b.build());
        }
        return out;
    }

    static QuizgenException error(String file, int line, String field, String what) {
        return new QuizgenException("Template file '" + file + "', line " + line + (field != null ? ", field '" + field + "'" : "")
                + ": " + what + ". See question-templates/README.md.");
    }

    private static final class Builder {
        final String id;
        final String language;
        final String file;
        final int line;
        final Set<FactType> facts = new java.util.LinkedHashSet<>();
        QuestionType type;
        String stem;
        String answer;
        String distractors;
        Difficulty difficulty = Difficulty.MEDIUM;
        final Map<String, String> when = new LinkedHashMap<>();
        final Map<String, Integer> maxWords = new LinkedHashMap<>();
        final Map<String, Set<String>> except = new LinkedHashMap<>();
        final List<Template.Example> examples = new ArrayList<>();
        String pendingExample;
        int pendingLine;

        Builder(String id, String language, String file, int line) {
            this.id = id;
            this.language = language;
            this.file = file;
            this.line = line;
        }

        void set(String field, String value, int lineNo) {
            switch (field) {
                case "fact" -> {
                    for (String name : value.split(",")) {
                        try {
                            facts.add(FactType.valueOf(name.strip()));
                        } catch (IllegalArgumentException e) {
                            throw error(file, lineNo, field, "'" + name.strip() + "' is not a fact type; use one of "
                                    + Arrays.toString(FactType.values()));
                        }
                    }
                }
                case "type" -> {
                    type = QuestionType.fromJsonName(value);
                    if (type == null || type == QuestionType.SHORT_ANSWER) {
                        throw error(file, lineNo, field, "'" + value + "' is not a template question type; use multiple_choice, "
                                + "fill_in, true_false, matching, ordering or cloze_passage");
                    }
                }
                case "stem" -> stem = value;
                case "answer" -> answer = value;
                case "distractors" -> {
                    if (!DISTRACTOR_KINDS.contains(value)) {
                        throw error(file, lineNo, field, "'" + value + "' is not a distractor kind; use one of "
                                + DISTRACTOR_KINDS.stream().sorted().toList());
                    }
                    distractors = value;
                }
                case "difficulty" -> {
                    difficulty = Difficulty.fromJsonName(value);
                    if (difficulty == null) {
                        throw error(file, lineNo, field, "'" + value + "' is not a difficulty; use easy, medium or hard");
                    }
                }
                case "when" -> {
                    String[] kv = value.split("=", 2);
                    if (kv.length != 2) {
                        throw error(file, lineNo, field, "write it as 'when: slot=value'");
                    }
                    when.put(kv[0].strip(), kv[1].strip());
                }
                case "except" -> {
                    String[] kv = value.split("=", 2);
                    if (kv.length != 2) {
                        throw error(file, lineNo, field, "write it as 'except: slot=value'");
                    }
                    except.computeIfAbsent(kv[0].strip(), k -> new java.util.LinkedHashSet<>()).add(kv[1].strip());
                }
                case "max-words" -> {
                    String[] kv = value.split("=", 2);
                    try {
                        maxWords.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
                    } catch (RuntimeException e) {
                        throw error(file, lineNo, field, "write it as 'max-words: slot=number'");
                    }
                }
                case "example" -> {
                    if (pendingExample != null) {
                        throw error(file, lineNo, field, "the example before has no 'expect:' line");
                    }
                    pendingExample = value;
                    pendingLine = lineNo;
                }
                case "expect" -> {
                    if (pendingExample == null) {
                        throw error(file, lineNo, field, "'expect:' needs an 'example:' line before it");
                    }
                    int eq = value.lastIndexOf(" = ");
                    if (eq < 0) {
                        throw error(file, lineNo, field, "write it as 'expect: question = answer'");
                    }
                    examples.add(new Template.Example(pendingExample, value.substring(0, eq).strip(),
                            value.substring(eq + 3).strip(), pendingLine));
                    pendingExample = null;
                }
                default -> throw new IllegalStateException(field);
            }
        }

        Template build() {
            String origin = file + ":" + line;
            if (facts.isEmpty()) {
                throw error(file, line, "fact", "template [" + id + "] has no 'fact:' line");
            }
            if (type == null) {
                throw error(file, line, "type", "template [" + id + "] has no 'type:' line");
            }
            if (stem == null || answer == null) {
                throw error(file, line, stem == null ? "stem" : "answer", "template [" + id + "] needs both 'stem:' and 'answer:'");
            }
            if ((type == QuestionType.MULTIPLE_CHOICE || type == QuestionType.TRUE_FALSE) && distractors == null) {
                throw error(file, line, "distractors", "template [" + id + "] needs a 'distractors:' kind");
            }
            if (facts.size() > 1 && type != QuestionType.CLOZE_PASSAGE) {
                throw error(file, line, "fact", "only a cloze_passage template may match several fact types");
            }
            if (pendingExample != null) {
                throw error(file, pendingLine, "example", "the example has no 'expect:' line");
            }
            if (examples.isEmpty()) {
                throw error(file, line, "example", "template [" + id + "] has no example; add 'example:' and 'expect:' lines");
            }
            return new Template(id, language, facts, type, stem, answer, distractors, difficulty, when, except, maxWords, examples, origin);
        }
    }
}
