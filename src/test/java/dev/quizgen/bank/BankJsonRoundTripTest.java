package dev.quizgen.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizgen.export.ScenarioBanks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** write → read → write gives the same text, and reading gives the same bank, for every scenario. */
class BankJsonRoundTripTest {
    static List<String> scenarios() {
        return List.copyOf(ScenarioBanks.all().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void writeReadWriteIsByteIdentical(String scenario) {
        QuestionBank bank = ScenarioBanks.all().get(scenario);
        String first = BankJson.write(bank);
        QuestionBank read = BankJson.read(first, scenario + ".json");
        assertEquals(bank, read);
        assertEquals(first, BankJson.write(read));
    }
}
