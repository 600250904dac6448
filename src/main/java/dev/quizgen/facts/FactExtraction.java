package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.AnalyzedText;
import dev.quizgen.nlp.GermanInflection;
import dev.quizgen.nlp.GermanLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the fact extractors over an analysed article. The extractors are listed here explicitly,
 * in the order their facts are reported.
 */
public final class FactExtraction {
    private final GermanLexicon german;
    private final Map<Language, Lexicon> lexicons = new EnumMap<>(Language.class);
    private final List<FactExtractor> extractors;

    public FactExtraction(GermanLexicon german) {
        this.german = german;
        GermanInflection inflection = new GermanInflection(german);
        extractors = List.of(new EntityFacts(), new RoleFacts(inflection), new DateFacts(), new QuantityFacts(),
                new QuoteFacts(), new EventFacts(), new CauseFacts(), new TermFacts());
    }

    public synchronized Lexicon lexicon(Language language) {
        return lexicons.computeIfAbsent(language, l -> Lexicon.load(l, german));
    }

    /**
     * A number or date whose words stand a second time in the same sentence ("etwa 10% … und 10%
     * der …", "5 Gigatonnen" inside "1,5 Gigatonnen") cannot be asked about from that sentence
     * without giving the answer away, and question selection does not filter on confidence: such
     * a fact is left out (the same value in another sentence is still found there).
     */
    private static boolean repeatedInSentence(Document doc, Fact f) {
        if (f.type() != FactType.NUMBER && f.type() != FactType.QUANTITY && f.type() != FactType.DATE) {
            return false;
        }
        var s = doc.sentences().get(f.sentence());
        String text = s.text();
        int own = f.span().start() - s.span().start();
        for (int at = text.indexOf(f.text()); at >= 0; at = text.indexOf(f.text(), at + 1)) {
            if (at != own) {
                return true;
            }
        }
        return false;
    }

    public Facts extract(AnalyzedText text) {
        Lexicon lexicon = lexicon(text.article().language());
        List<Mention> mentions = new EntityRecognizer(lexicon).recognize(text);
        Document doc = new Document(text, lexicon, mentions);
        List<Fact> facts = new ArrayList<>();
        for (FactExtractor e : extractors) {
            for (Fact f : e.extract(doc)) {
                if (!repeatedInSentence(doc, f)) {
                    facts.add(f);
                }
            }
        }
        facts.sort(Comparator.comparingInt(Fact::sentence).thenComparingInt(Fact::fromToken)
                .thenComparing(f -> f.type().ordinal()));
        return new Facts(text, mentions, facts);
    }
}
