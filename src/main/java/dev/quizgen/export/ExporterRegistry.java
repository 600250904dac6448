package dev.quizgen.export;

import dev.quizgen.export.worksheet.DocxExporter;
import dev.quizgen.export.worksheet.PdfExporter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every export format, listed explicitly, in the order of SPEC.md. */
public final class ExporterRegistry {
    private final Map<String, Exporter> byFormat = new LinkedHashMap<>();

    private ExporterRegistry(List<Exporter> exporters) {
        for (Exporter e : exporters) {
            if (byFormat.put(e.format(), e) != null) {
                throw new IllegalStateException("two exporters for " + e.format());
            }
        }
    }

    public static ExporterRegistry standard() {
        List<Exporter> all = new ArrayList<>();
        all.add(new JsonExporter());
        all.add(new DocxExporter());
        all.add(new PdfExporter());
        return new ExporterRegistry(all);
    }

    /** The exporter for a format name, or null. */
    public Exporter get(String format) {
        return byFormat.get(format);
    }

    public List<String> formats() {
        return Collections.unmodifiableList(new ArrayList<>(byFormat.keySet()));
    }
}
