package dev.quizgen.distractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import dev.quizgen.facts.Facts;
import dev.quizgen.facts.Lexicon;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.GermanLexicon.Reading;
import dev.quizgen.templates.Draft;
import dev.quizgen.templates.Template;
import dev.quizgen.templates.TemplateLibrary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * German distractors take the form of their slot in generated questions: the case the
 * preposition asks for (a dative slot gives dative options, "nach" an accusative "in die …"),
 * the number after "1", the gender of the person a role is asked about. The case of an option is
 * read back from the dictionary's readings of its article and noun, not from the picker.
 */
class GermanSlotFormTest {
    private static final GermanLexicon GERMAN = TestPipeline.GERMAN;
    private static final String TEXT = "Die Verhandlungen fanden in Vietnam statt. Im Jahr 1884 zog Tesla nach Amerika. "
            + "Die deutsche Bundeskanzlerin Angela Merkel traf den französischen Präsidenten Emmanuel Macron. "
            + "Die Stadt hatte damals 1 Million Einwohner.";
    private static final Facts FACTS = TestPipeline.facts(TestPipeline.text(TEXT, Language.DE));

    /** Every option the picker has for the template's first draft: all of its candidates, not only the first three. */
    private static List<String> options(String templateId) {
        return options(TemplateLibrary.builtIn().stream().filter(x -> x.id().equals(templateId)).findFirst().orElseThrow());
    }

    private static List<String> options(Template t) {
        String templateId = t.id();
        List<Draft> drafts = TestPipeline.engine().apply(List.of(t), FACTS);
        assertFalse(drafts.isEmpty(), "no " + templateId + " question from the test text");
        Lexicon lex = TestPipeline.FACTS.lexicon(Language.DE);
        DistractorPicker picker = new DistractorPicker(FACTS, lex.weekdays(), lex.months(), TestPipeline.PEOPLE, "mixed");
        List<String> out = new ArrayList<>();
        picker.pick(drafts.get(0), 100, new Random(1)).distractors().forEach(c -> out.add(c.text()));
        return out;
    }

    /** The cases an article and a noun can share ("der Schweiz": dative or genitive), by the dictionary; contractions are dative. */
    private static Set<String> cases(String article, String noun) {
        if (List.of("im", "am", "beim", "vom", "zum", "zur").contains(article)) {
            return Set.of("DAT");
        }
        if (article.equals("ins")) {
            return Set.of("AKK");
        }
        Set<String> a = features(article, "ART");
        Set<String> n = features(noun, "");
        a.retainAll(n);
        Set<String> out = new HashSet<>();
        a.forEach(x -> out.add(x.split(":")[0]));
        return out;
    }

    private static Set<String> features(String word, String tagStart) {
        Set<String> out = new HashSet<>();
        for (Reading r : GERMAN.readings(word)) {
            if (!r.tagStarts(tagStart) || !(r.tagStarts("ART") || r.tagStarts("SUB") || r.tagStarts("EIG"))) {
                continue;
            }
            String c = null;
            String n = null;
            for (String p : r.tag().split(":")) {
                c = List.of("NOM", "AKK", "DAT", "GEN").contains(p) ? p : c;
                n = List.of("SIN", "PLU").contains(p) ? p : n;
            }
            if (c != null && n != null) {
                out.add(c + ":" + n);
            }
        }
        return out;
    }

    @Test
    void aDativeSlotGivesDativeOptions() {
        List<String> options = options("de/place-where");
        int withArticle = 0;
        for (String o : options) {
            String[] w = o.split(" ");
            assertEquals("in", w[0].equals("im") ? "in" : w[0], "the answer's preposition: " + o);
            if (w.length == 3 || w[0].equals("im")) {
                withArticle++;
                String article = w[0].equals("im") ? "im" : w[1];
                assertTrue(cases(article, w[w.length - 1]).contains("DAT"), "not dative: " + o + " in " + options);
            }
        }
        assertTrue(withArticle >= 2, "no country with an article among " + options);   // die Schweiz, die USA, der Iran …
    }

    @Test
    void aDirectionSlotGivesAccusativeOptionsWithIn() {
        List<String> options = options("de/place-where-to");
        int withArticle = 0;
        for (String o : options) {
            String[] w = o.split(" ");
            if (w.length == 3) {
                withArticle++;
                assertEquals("in", w[0], "nach Amerika, but in die Schweiz: " + o);
                assertTrue(cases(w[1], w[2]).contains("AKK"), "not accusative: " + o + " in " + options);
            } else {
                assertEquals("nach", w[0], o);
            }
        }
        assertTrue(withArticle >= 2, "no country with an article among " + options);
    }

    @Test
    void aBareNameInADativeSlotTakesItsArticleInTheDative() {
        // a true/false statement swaps the name alone: "in Vietnam" → "in der Schweiz", never "in die Schweiz"
        // a teacher's own template may swap places in statements (the built-in set swaps only dates)
        List<String> options = options(dev.quizgen.templates.TemplateParser.parse("""
                [tf-place]
                fact: PLACE
                type: true_false
                stem: Richtig oder falsch? {sentence}
                answer: {text}
                distractors: place
                example: Die Gespräche in Vietnam scheiterten.
                expect: Richtig oder falsch? Die Gespräche in Vietnam scheiterten. = true
                """, "de", "mine.txt").get(0));
        int withArticle = 0;
        for (String o : options) {
            String[] w = o.split(" ");
            if (w.length == 2 && Character.isLowerCase(w[0].charAt(0))) {
                withArticle++;
                assertTrue(cases(w[0], w[1]).contains("DAT"), "not dative: " + o + " in " + options);
            }
        }
        assertTrue(withArticle >= 2, "no country with an article among " + options);
    }

    @Test
    void aWomansRoleGetsFeminineRoles() {
        Template t = TemplateLibrary.builtIn().stream().filter(x -> x.id().equals("de/person-role-which")).findFirst().orElseThrow();
        Draft merkel = TestPipeline.engine().apply(List.of(t), FACTS).stream()
                .filter(d -> d.answer().contains("Bundeskanzlerin")).findFirst().orElseThrow();
        Lexicon lex = TestPipeline.FACTS.lexicon(Language.DE);
        DistractorPicker picker = new DistractorPicker(FACTS, lex.weekdays(), lex.months(), TestPipeline.PEOPLE, "mixed");
        List<String> options = picker.pick(merkel, 100, new Random(1)).distractors().stream().map(Candidate::text).toList();
        assertTrue(options.contains("die französische Präsidentin"), "the article's other role, feminine: " + options);
        for (String o : options) {
            String[] w = o.split(" ");
            assertEquals("die", w[0], "the answer's article: " + o);
            String noun = w[w.length - 1];
            String head = GERMAN.readings(noun).isEmpty() ? lex.head(noun) : noun;   // Regierungschefin → Chefin
            assertTrue(GERMAN.readings(head).stream().anyMatch(r -> r.tagStarts("SUB:NOM:SIN:FEM")), "not a feminine noun: " + o);
        }
    }

    @Test
    void afterOneTheUnitTakesThePlural() {
        List<String> options = options("de/quantity-gap-choice");
        assertFalse(options.isEmpty());
        for (String o : options) {
            assertTrue(o.matches("\\d+ Millionen Einwohner"), "'2 Millionen', not '2 Million': " + o);
        }
    }
}
