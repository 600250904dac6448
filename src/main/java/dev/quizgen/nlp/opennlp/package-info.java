/**
 * The OpenNLP implementation of {@link dev.quizgen.nlp.Analyzer}: UD models from Maven, with the
 * repairs the models need (sentence breaks after ordinals and abbreviations, quotes, hyphens).
 * Depends on {@code nlp} and {@code article}.
 */
package dev.quizgen.nlp.opennlp;
