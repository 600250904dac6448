package dev.quizgen.bank;

/** One pair of a matching question. */
public record Pair(String left, String right) {
}
