package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.gift.GiftExporter;
import dev.quizgen.export.gift.GiftReader;
import dev.quizgen.export.moodle.MoodleXmlExporter;
import dev.quizgen.export.moodle.MoodleXmlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bank → Moodle XML / GIFT → read back: stems, options, keys, typed answers, pairs, items and
 * blanks come back identical, for every scenario bank. What a format cannot hold is reported
 * by the exporter and left out of the comparison in the one way each warning says.
 */
class RoundTripTest {
    static List<String> scenarios() {
        return List.copyOf(ScenarioBanks.all().keySet());
    }

    static Set<String> skipped(Exports.Result r) {
        return ValidatorsTest.skipped(r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void moodleXmlKeepsEveryQuestion(String scenario, @TempDir Path dir) throws Exception {
        QuestionBank bank = ScenarioBanks.all().get(scenario);
        Exports.Result r = Exports.run(new MoodleXmlExporter(), bank, dir, "bank");
        Set<String> skipped = skipped(r);
        assertEquals(Set.of(), skipped, "Moodle XML holds every type");
        List<RoundTripKey> expected = bank.questions().stream()
                .map(q -> q.type() == QuestionType.FILL_IN ? RoundTripKey.of(q).withoutOptions() : RoundTripKey.of(q))
                .toList();
        List<RoundTripKey> got = MoodleXmlReader.read(r.bytes()).stream().map(RoundTripKey::of).toList();
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void giftKeepsEveryQuestionItCanHold(String scenario, @TempDir Path dir) {
        QuestionBank bank = ScenarioBanks.all().get(scenario);
        Exports.Result r = Exports.run(new GiftExporter(), bank, dir, "bank");
        Set<String> skipped = skipped(r);
        List<RoundTripKey> expected = bank.questions().stream()
                .filter(q -> !skipped.contains(q.id()))
                .map(RoundTripTest::giftKey)
                .toList();
        bank.questions().stream().filter(q -> skipped.contains(q.id()))
                .forEach(q -> assertEquals(QuestionType.CLOZE_PASSAGE, q.type(), "only cloze passages are skipped"));
        List<RoundTripKey> got = GiftReader.read(new String(r.bytes(), StandardCharsets.UTF_8)).stream()
                .map(RoundTripKey::of).toList();
        assertEquals(expected, got);
    }

    /** GIFT writes a fill-in with options as choices at the gap, one without as typed answers. */
    static RoundTripKey giftKey(Question q) {
        RoundTripKey k = RoundTripKey.of(q);
        if (q.type() != QuestionType.FILL_IN) {
            return k;
        }
        boolean choices = q.options().size() >= 2 && q.options().stream().filter(Option::correct).count() == 1;
        return choices ? k.withAnswersOnlyRightOption() : k.withoutOptions();
    }

    @Test
    void moodleReaderRefusesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<quiz><!-- q1 short_answer --><question type=\"shortanswer\"><name><text>q1</text></name>"
                + "<questiontext format=\"html\"><text>&x;</text></questiontext>"
                + "<answer fraction=\"100\"><text>&x;</text></answer></question></quiz>";
        Exception e = assertThrows(Exception.class, () -> MoodleXmlReader.read(xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void moodleReaderRefusesEntityExpansion() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<quiz>&b;</quiz>";
        assertThrows(Exception.class, () -> MoodleXmlReader.read(bomb.getBytes(StandardCharsets.UTF_8)));
    }
}
