/**
 * Facts: typed names (persons, places, organisations) and the facts questions ask about —
 * roles, dates, quantities, quotes with speakers, events — each with sentence and offsets.
 * One {@link dev.quizgen.facts.FactExtractor} per family, listed in
 * {@link dev.quizgen.facts.FactExtraction}. Depends on {@code nlp} and {@code article}.
 */
package dev.quizgen.facts;
