package dev.quizgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizgen.bank.BankJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The banks a teacher reviewed question by question (the seed and ten bench articles per
 * language; verdicts in the golden folder's README) are kept as golden files: any change to what
 * quizgen asks about them shows up here and is reviewed again. {@code -Dgolden.update=true}
 * rewrites them.
 */
class ReviewedBanksGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/reviewed");
    static final List<String> REVIEWED = List.of("01", "02", "04", "06", "07", "10", "13", "14", "15", "21");

    static List<Path> articles() throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(TestPipeline.SEED);
        for (String lang : List.of("de", "en")) {
            try (Stream<Path> s = Files.list(TestPipeline.BENCH.resolve(lang))) {
                s.filter(p -> p.toString().endsWith(".txt") && REVIEWED.contains(p.getFileName().toString().substring(0, 2)))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("articles")
    void bankIsTheReviewedOne(Path article) throws IOException {
        String lang = article.startsWith(TestPipeline.BENCH) ? article.getParent().getFileName().toString() : "seed";
        Path golden = GOLDEN.resolve(lang).resolve(article.getFileName().toString().replace(".txt", ".json"));
        String json = BankJson.write(TestPipeline.bank(TestPipeline.read(article), 10, 1));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json, "bank of " + article + " changed: review it, "
                + "then run with -Dgolden.update=true");
    }
}
