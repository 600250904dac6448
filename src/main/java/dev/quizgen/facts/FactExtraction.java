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
                new QuoteFacts(), new EventFacts());
    }

    public synchronized Lexicon lexicon(Language language) {
        return lexicons.computeIfAbsent(language, l -> Lexicon.load(l, german));
    }

    public Facts extract(AnalyzedText text) {
        Lexicon lexicon = lexicon(text.article().language());
        List<Mention> mentions = new EntityRecognizer(lexicon).recognize(text);
        Document doc = new Document(text, lexicon, mentions);
        List<Fact> facts = new ArrayList<>();
        for (FactExtractor e : extractors) {
            facts.addAll(e.extract(doc));
        }
        facts.sort(Comparator.comparingInt(Fact::sentence).thenComparingInt(Fact::fromToken)
                .thenComparing(f -> f.type().ordinal()));
        return new Facts(text, mentions, facts);
    }
}
