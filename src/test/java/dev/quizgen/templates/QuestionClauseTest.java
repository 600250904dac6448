package dev.quizgen.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import dev.quizgen.nlp.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence → the clause after the question word, with the asked phrase taken out; "-" where the
 * sentence must give no question (a cloze is better than a broken question).
 */
class QuestionClauseTest {
    private final QuestionClause clauses = new QuestionClause(TestPipeline.GERMAN);

    @ParameterizedTest(name = "{0}: {1} [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            # a German main clause with a relative clause to the end: kept, it may say which one is meant
            DE | Peyton Manning wurde zum ersten Quarterback, der zwei verschiedene Teams zu mehreren Super Bowls führte. | Peyton Manning | wurde zum ersten Quarterback, der zwei verschiedene Teams zu mehreren Super Bowls führte
            DE | Grönland unterzeichnete 1985 einen Vertrag, der dem Land einen Sonderstatus einräumt. | 1985 | unterzeichnete Grönland einen Vertrag, der dem Land einen Sonderstatus einräumt
            DE | Im Jahr 1884 zog Tesla nach New York, wo er für Thomas Edison arbeitete. | Im Jahr 1884 | zog Tesla nach New York, wo er für Thomas Edison arbeitete
            # … but left out when it describes the asked phrase
            DE | Im Jahr 1884 zog Tesla nach New York, wo er für Thomas Edison arbeitete. | nach New York | zog Tesla im Jahr 1884
            # adverbial clauses and "um … zu" are left out
            DE | Polonia wurde 2013 aus der ersten Liga verwiesen, weil der Verein hohe Schulden hatte. | 2013 | wurde Polonia aus der ersten Liga verwiesen
            DE | Studenten strömten nach Wittenberg, um Luther predigen zu hören. | nach Wittenberg | strömten Studenten
            DE | Der Verein musste im Jahr 2013 absteigen, weil er hohe Schulden hatte. | im Jahr 2013 | musste der Verein absteigen
            DE | Die Stadt hat zwei Universitäten – die Newcastle University und die Northumbria University. | zwei Universitäten | hat die Stadt
            DE | In Warschau haben Bezirke zusätzlich einige Anrechte der Powiaty – wie die bereits erwähnte Kfz-Zulassung. | In Warschau | haben Bezirke zusätzlich einige Anrechte der Powiaty
            # a second predicate: asked in the first, it is left out; asked in the second, its verb comes first
            DE | Die Verteidigung der Panthers gab nur 308 Punkte ab und belegte den sechsten Platz in der Liga, während sie die NFL anführte. | 308 Punkte | gab die Verteidigung der Panthers nur ab
            DE | DECnet entwickelte sich zu einer der ersten Netzwerkarchitekturen und machte DEC in den 1980er Jahren zu einem Netzwerk-Powerhouse. | in den 1980er Jahren | machte DECnet DEC zu einem Netzwerk-Powerhouse
            DE | Im Jahr 1886 verbündete sich Tesla mit zwei Geschäftsleuten aus New York. | Im Jahr 1886 | verbündete sich Tesla mit zwei Geschäftsleuten aus New York
            # rejected: the clause after the comma is the verb's object, a condition, or an infinitive object
            DE | Tesla witzelte, dass 17 Patente dafür verwendet worden seien. | Tesla | -
            DE | Die Parlamentswahlen finden im Mai statt, wenn der Rat zustimmt. | im Mai | -
            DE | Dennoch gelang es dem Verein, die Meisterschaft im Jahr 2000 zu gewinnen. | im Jahr 2000 | -
            # rejected: a comma in the prefield, an apposition, a list
            DE | Nachdem er die Firma verlassen hatte, gründete Tesla 1886 ein eigenes Unternehmen. | 1886 | -
            DE | Mario Addison, ebenfalls Lineman, erzielte 6½ Sacks. | 6½ Sacks | -
            DE | Die Firma baute im Jahr 2004 ein Netz in Newcastle, eine der ersten Anlagen dieser Art. | im Jahr 2004 | -
            # rejected: a word that bounds the time would be left behind ("erst via Twitter")
            DE | Trump hatte das Treffen erst am Samstag via Twitter initiiert. | am Samstag | -
            # rejected: the phrase is part of a larger one, or the question would not say whom it means
            DE | Das U-Bahn-System war das erste in Großbritannien, bei dem Antennen in den Tunneln installiert wurden. | in Großbritannien | -
            DE | Die Region ist die Heimat von zwei Metropolregionen mit jeweils mehr als fünf Millionen Einwohnern. | fünf Millionen Einwohnern | -
            DE | Die Northumbria University hat ihren Ursprung in einer Fachhochschule, die 1992 eine Universität wurde. | Die Northumbria University | -
            DE | Paläoklimatologen bestimmen dieses Verhältnis direkt anhand der Wassermoleküle in Eiskernproben. | in Eiskernproben | -
            # English: an opening adverbial is asked for, or moved behind
            EN | In 1884, Tesla moved to New York. | In 1884 | did Tesla move to New York
            EN | In 1884, Tesla moved to New York. | to New York | did Tesla move in 1884
            EN | After the war, the company was founded in Berlin. | in Berlin | was the company founded after the war
            EN | In 1900, Tesla was granted a patent for a radio transmitter. | Tesla | was granted a patent for a radio transmitter in 1900
            EN | However, the museum opened in 1909. | in 1909 | did the museum open
            EN | In 2004, the company Marconi designed and constructed the mobile radio system. | In 2004 | did the company Marconi design and construct the mobile radio system
            # English trailing clauses are left out
            EN | The name oxygen was coined in 1777 by Antoine Lavoisier, whose experiments discredited the phlogiston theory. | in 1777 | was the name oxygen coined by Antoine Lavoisier
            EN | Polonia was relegated in 2013, because the club had large debts. | in 2013 | was Polonia relegated
            EN | Tesla was renowned for his achievements, eventually earning him a reputation as a mad scientist. | Tesla | was renowned for his achievements
            EN | The city has two universities — Newcastle University and Northumbria University. | two universities | does the city have
            # rejected
            EN | When Marconi made his first transmission in 1901, Tesla quipped about it. | in 1901 | -
            EN | Behind them, two linebackers were selected in 2015. | in 2015 | -
            EN | The company, a subsidiary of Siemens, was founded in 1990. | in 1990 | -
            EN | Simon allocated states the same amount of oil that each had consumed in 1972. | in 1972 | -
            EN | The Grainger Market replaced an earlier market originally built in 1808. | in 1808 | -
            EN | The museum opened in 1909, if the records are right. | in 1909 | -
            """)
    void turnsTheStatementIntoAQuestion(String language, String sentence, String asked, String expected) {
        Language lang = Language.valueOf(language);
        Sentence s = TestPipeline.ANALYZER.analyze(TestPipeline.text(sentence, lang)).sentences().get(0);
        int[] span = find(s, asked);
        String clause = clauses.without(s, lang, span[0], span[1]);
        assertEquals(expected.equals("-") ? null : expected, clause);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DE | Tesla zog nach Amerika. | zog Tesla nach Amerika
            DE | Im Jahr 1886 verbündete sich Tesla mit zwei Geschäftsleuten. | verbündete sich Tesla im Jahr 1886 mit zwei Geschäftsleuten
            DE | Er zog nach Amerika. | -
            DE | Die Newcastle University hat ihren Ursprung in einer Schule für Medizin und Chirurgie und trennte sich 1963 von der Durham University. | trennte sich die Newcastle University 1963 von der Durham University
            EN | Tesla moved to America. | did Tesla move to America
            EN | In 1884, Tesla moved to New York. | did Tesla move to New York in 1884
            """)
    void anEmptyPhraseAtTheEndTakesNothingOut(String language, String sentence, String expected) {
        // "Warum {clause}?" asks about a reason the clause does not hold: the whole clause is the question
        Language lang = Language.valueOf(language);
        Sentence s = TestPipeline.ANALYZER.analyze(TestPipeline.text(sentence, lang)).sentences().get(0);
        int end = s.tokens().size() - 1;
        assertEquals(expected.equals("-") ? null : expected, clauses.without(s, lang, end, end));
    }

    /** The tokens [from, to) whose text is the phrase. */
    static int[] find(Sentence s, String phrase) {
        for (int from = 0; from < s.tokens().size(); from++) {
            for (int to = from + 1; to <= s.tokens().size(); to++) {
                if (s.textOf(from, to).equals(phrase)) {
                    return new int[] {from, to};
                }
            }
        }
        throw new AssertionError("'" + phrase + "' is not a run of tokens in: " + s.tokens());
    }
}
