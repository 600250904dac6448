package dev.quizgen.facts;

import java.util.List;

/** Finds one family of facts in an analysed article, given its typed names. */
public interface FactExtractor {
    List<Fact> extract(Document doc);
}
