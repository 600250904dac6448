/**
 * Language analysis: sentences, tokens, parts of speech, lemmas ({@code nlp.opennlp} holds the
 * OpenNLP implementation) and German morphology from the full-form dictionary.
 * Depends on {@code article} only.
 */
package dev.quizgen.nlp;
