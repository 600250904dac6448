package dev.quizgen.export;

import dev.quizgen.QuizgenException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files written atomically: each is first written to a hidden temp file beside its target and
 * renamed into place by {@link #commit()}; {@link #abort()} removes the temp files, so a failed
 * run never leaves a half-written file behind.
 */
public final class Outputs implements AutoCloseable {
    private final Path dir;
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private final List<Path> committed = new ArrayList<>();
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    public Outputs(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Opens {@code dir/fileName} for writing; it appears only on {@link #commit()}. */
    public OutputStream create(String fileName) throws IOException {
        Path target = dir.resolve(fileName);
        if (pending.containsKey(target)) {
            throw new IllegalStateException("file written twice: " + target);
        }
        // a hidden sibling with a random part; created like any file, so it gets the usual permissions
        Path tmp = dir.resolve("." + fileName + "." + Long.toHexString(random.nextLong()) + ".part");
        OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        pending.put(target, tmp);
        return out;
    }

    /** Moves every written file into place. */
    public List<Path> commit() {
        for (Map.Entry<Path, Path> e : pending.entrySet()) {
            try {
                try {
                    Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
                }
                committed.add(e.getKey());
            } catch (IOException ex) {
                throw new QuizgenException("Cannot write '" + e.getKey() + "': " + ex.getMessage()
                        + ". Check that the output folder is writable.", ex);
            }
        }
        pending.clear();
        return List.copyOf(committed);
    }

    /** Deletes every temp file not yet committed. */
    public void abort() {
        for (Path tmp : pending.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the temp file is hidden and named .part
            }
        }
        pending.clear();
    }

    @Override
    public void close() {
        abort();
    }
}
