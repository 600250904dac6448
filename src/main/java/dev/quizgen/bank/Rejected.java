package dev.quizgen.bank;

/** A distractor that was considered and rejected, with the reason, kept for review. */
public record Rejected(String text, String reason) {
}
