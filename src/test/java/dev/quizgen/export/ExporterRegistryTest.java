package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExporterRegistryTest {
    @Test
    void worksheetsComeRightAfterJson() {
        ExporterRegistry r = ExporterRegistry.standard();
        assertEquals(List.of("json", "docx", "pdf"), r.formats().subList(0, 3));
        assertEquals(".docx", r.get("docx").suffix());
        assertEquals(".pdf", r.get("pdf").suffix());
    }
}
