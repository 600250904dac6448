package dev.quizgen.distractors;

/**
 * A candidate with its place in the order of preference: lower {@code tier} first (the
 * article's own of the answer's kind, then lists, then generated values), and within a tier by
 * {@code distance} from the answer, near first for hard questions and far first for easy ones.
 * A candidate its pool already knows to be wrong carries the reason in {@code rejection}.
 */
record Ranked(Candidate candidate, double tier, double distance, String rejection) {
    static Ranked of(String text, String source, double tier, double distance) {
        return new Ranked(new Candidate(text, source), tier, distance, null);
    }

    static Ranked rejected(String text, String source, double tier, String reason) {
        return new Ranked(new Candidate(text, source), tier, 0, reason);
    }

    String text() {
        return candidate.text();
    }

    Ranked withText(String text) {
        return new Ranked(new Candidate(text, candidate.source()), tier, distance, rejection);
    }
}
