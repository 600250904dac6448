package dev.quizgen.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip whose bytes depend only on the entries given: every entry carries the same fixed
 * timestamp (no clock, no time zone), entries stay in the order added, no extra fields.
 */
public final class DeterministicZip implements AutoCloseable {
    /** The timestamp of every entry: the earliest a zip's DOS date can say, as reproducible builds use. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 0);

    private final ZipOutputStream zip;

    public DeterministicZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.zip.setLevel(9);
    }

    public void add(String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    public void add(String name, String utf8) throws IOException {
        add(name, utf8.getBytes(StandardCharsets.UTF_8));
    }

    /** A folder entry ({@code name} ends with a slash). */
    public void addFolder(String name) throws IOException {
        ZipEntry e = new ZipEntry(name.endsWith("/") ? name : name + "/");
        e.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(e);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * Rewrites a zip made by a library that stamps the current time (POI's OOXML writer) into the
     * same entries, same order, with fixed timestamps.
     */
    public static byte[] normalize(byte[] zipBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zipBytes.length);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8);
             DeterministicZip z = new DeterministicZip(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory()) {
                    z.addFolder(e.getName());
                } else {
                    z.add(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
