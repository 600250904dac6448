package dev.quizgen.bank;

/** The article sentence a question was made from, verbatim, with its offsets. */
public record SourceRef(String sentence, int start, int end) {
}
