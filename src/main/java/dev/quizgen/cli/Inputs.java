package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import dev.quizgen.article.Article;
import dev.quizgen.article.ArticleReader;
import dev.quizgen.article.Language;
import dev.quizgen.article.format.ArticleFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Command-line inputs: files, folders (every article file in them) and {@code -} for stdin. */
final class Inputs {
    private Inputs() {
    }

    static Article read(ArticleReader reader, String input, Language language, String title) {
        if (input.equals("-")) {
            return reader.readStdin(System.in, language, title);
        }
        return reader.read(Path.of(input), language, title);
    }

    /** Expands folders into their article files (by extension), sorted; files and "-" stay as given. */
    static List<String> expand(List<String> inputs, ArticleFormats formats) {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (!in.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> formats.isArticle(f.getFileName().toString()))
                            .map(Path::toString).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new QuizgenException("Cannot list folder '" + in + "': " + e.getMessage() + ".");
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /** The output base name of an input: the file name without its extension ({@code stdin} for "-"). */
    static String baseName(String input) {
        if (input.equals("-")) {
            return "stdin";
        }
        String name = Path.of(input).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
