package dev.quizgen.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real input files in {@code src/test/resources/inputs/} (see the README there). */
final class Inputs {
    private Inputs() {
    }

    static Path path(String name) {
        try {
            return Path.of(Inputs.class.getResource("/inputs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
