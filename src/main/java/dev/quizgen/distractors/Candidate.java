package dev.quizgen.distractors;

/** A possible wrong option and where it came from ({@code article}, {@code list:<name>}, {@code generated}). */
public record Candidate(String text, String source) {
}
