package dev.quizgen.export;

import dev.quizgen.export.aiken.AikenExporter;
import dev.quizgen.export.csv.CsvExporter;
import dev.quizgen.export.gift.GiftExporter;
import dev.quizgen.export.h5p.H5pExporter;
import dev.quizgen.export.kahoot.KahootExporter;
import dev.quizgen.export.moodle.MoodleXmlExporter;
import dev.quizgen.export.qti12.CanvasQti12Exporter;
import dev.quizgen.export.qti21.Qti21Exporter;
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
        all.add(new MoodleXmlExporter());
        all.add(new GiftExporter());
        all.add(new Qti21Exporter());
        all.add(new CanvasQti12Exporter());
        all.add(new AikenExporter());
        all.add(new KahootExporter());
        all.add(new H5pExporter());
        all.add(new CsvExporter());
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
