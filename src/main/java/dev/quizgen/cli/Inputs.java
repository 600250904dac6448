package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import dev.quizgen.article.Article;
import dev.quizgen.article.ArticleReader;
import dev.quizgen.article.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Command-line inputs: files, folders (every article file in them) and {@code -} for stdin. */
final class Inputs {
    static final List<String> EXTENSIONS = List.of(".txt");

    private Inputs() {
    }

    static Article read(ArticleReader reader, String input, Language language, String title) {
        if (input.equals("-")) {
            try {
                return reader.parse(System.in.readAllBytes(), "stdin.txt", language, title);
            } catch (IOException e) {
                throw new QuizgenException("Cannot read standard input: " + e.getMessage());
            }
        }
        return reader.read(Path.of(input), language, title);
    }

    /** Expands folders into their article files, sorted; files and "-" stay as given. */
    static List<String> expand(List<String> inputs) {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (!in.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> EXTENSIONS.stream().anyMatch(e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
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
}
