package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The output folder: created when missing, refused with a clear message when it cannot be written. */
final class Output {
    private Output() {
    }

    static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new QuizgenException("Cannot create the output folder '" + dir + "' (" + e.getClass().getSimpleName()
                    + "). Choose another folder with -o.");
        }
        if (!Files.isWritable(dir)) {
            throw new QuizgenException("The output folder '" + dir + "' is not writable. Choose another folder with -o.");
        }
    }
}
