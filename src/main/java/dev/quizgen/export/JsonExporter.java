package dev.quizgen.export;

import dev.quizgen.bank.BankJson;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/** The bank itself, as SPEC.md fixes it. */
public final class JsonExporter implements Exporter {
    @Override
    public String format() {
        return "json";
    }

    @Override
    public String suffix() {
        return ".json";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.allOf(QuestionType.class);
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        try (OutputStream out = context.outputs().create(context.baseName() + suffix())) {
            out.write(BankJson.write(bank).getBytes(StandardCharsets.UTF_8));
        }
    }
}
