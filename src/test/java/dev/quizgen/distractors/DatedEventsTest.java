package dev.quizgen.distractors;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Year options the question's own words rule out. */
class DatedEventsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wann wurde die Börse gegründet und bis zum Zweiten Weltkrieg weitergeführt? | im Jahr 1944",
            "Wann wurde die Börse gegründet und bis zum Zweiten Weltkrieg weitergeführt? | im Jahr 1939",
            "When was the exchange founded that traded until World War II?               | in 1946",
            "When did the city grow again after the First World War?                     | in 1910",
            "Wann wuchs die Stadt nach dem Dreißigjährigen Krieg wieder?                 | im Jahr 1630",
    })
    void ruledOut(String question, String option) {
        assertNotNull(DatedEvents.rulesOut(question, option));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wann wurde die Börse gegründet und bis zum Zweiten Weltkrieg weitergeführt? | im Jahr 1909",
            "When did the city grow again after the First World War?                     | in 1925",
            // the war named without a bound says nothing about the year
            "Wann begann der Zweite Weltkrieg in Polen?                                  | im Jahr 1944",
            "When was the treaty signed?                                                 | in 1944",
    })
    void allowed(String question, String option) {
        assertNull(DatedEvents.rulesOut(question, option));
    }
}
