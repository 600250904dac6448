package dev.quizgen.export;

import java.util.function.Consumer;

/**
 * What an exporter gets besides the bank: options, where to write, and where warnings go.
 *
 * @param baseName the article's base name; files are {@code baseName + suffix}
 * @param options  export options
 * @param outputs  opens the files to write
 * @param warnings receives one line per warning (a type a format cannot hold, a question skipped)
 */
public record ExportContext(String baseName, ExportOptions options, Outputs outputs, Consumer<String> warnings) {
    public void warn(String message) {
        warnings.accept(message);
    }
}
