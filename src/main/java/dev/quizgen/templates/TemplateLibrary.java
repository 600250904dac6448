package dev.quizgen.templates;

import dev.quizgen.QuizgenException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The templates in use: the built-in ones (bundled from {@code question-templates/}, listed in its
 * {@code index.txt}) plus, optionally, a teacher's folder laid out the same way
 * ({@code de/*.txt}, {@code en/*.txt}).
 */
public final class TemplateLibrary {
    private TemplateLibrary() {
    }

    public static List<Template> builtIn() {
        List<Template> out = new ArrayList<>();
        for (String file : resourceLines("/question-templates/index.txt")) {
            String lang = file.substring(0, file.indexOf('/'));
            out.addAll(TemplateParser.parse(resource("/question-templates/" + file), lang, "question-templates/" + file));
        }
        return out;
    }

    /** The templates of a folder with {@code de/} and {@code en/} sub-folders of {@code .txt} files. */
    public static List<Template> folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new QuizgenException("Template folder '" + dir + "' does not exist. Give a folder with de/ and en/ sub-folders of .txt template files.");
        }
        List<Template> out = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            Path sub = dir.resolve(lang);
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try (Stream<Path> files = Files.list(sub)) {
                for (Path f : files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList()) {
                    out.addAll(TemplateParser.parse(Files.readString(f, StandardCharsets.UTF_8), lang, f.toString()));
                }
            } catch (IOException e) {
                throw new QuizgenException("Cannot read template folder '" + sub + "': " + e.getMessage() + ".");
            }
        }
        if (out.isEmpty()) {
            throw new QuizgenException("Template folder '" + dir + "' has no templates. Put .txt template files in its de/ or en/ sub-folder.");
        }
        return out;
    }

    /** Built-in templates followed by extra ones; an extra template with a built-in id replaces it. */
    public static List<Template> combine(List<Template> builtIn, List<Template> extra) {
        Set<String> ids = new HashSet<>();
        for (Template t : extra) {
            ids.add(t.id());
        }
        List<Template> out = new ArrayList<>();
        for (Template t : builtIn) {
            if (!ids.contains(t.id())) {
                out.add(t);
            }
        }
        out.addAll(extra);
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = TemplateLibrary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in template file missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> resourceLines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : resource(name).split("\n")) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }
}
