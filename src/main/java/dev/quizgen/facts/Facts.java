package dev.quizgen.facts;

import dev.quizgen.nlp.AnalyzedText;
import java.util.List;

/** Everything extracted from one article: the analysed text, the typed names and the facts. */
public record Facts(AnalyzedText text, List<Mention> mentions, List<Fact> facts) {
    public Facts {
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }

    public List<Fact> ofType(FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }
}
