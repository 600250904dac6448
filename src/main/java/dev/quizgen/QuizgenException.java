package dev.quizgen;

/**
 * A problem the user can fix: bad input, an unreadable file, a folder that cannot be written.
 * The message is the whole story for a teacher (what, where, what to do); the CLI prints it on
 * one line and exits with 1, with a stack trace only under --stacktrace.
 */
public class QuizgenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuizgenException(String message) {
        super(message);
    }

    public QuizgenException(String message, Throwable cause) {
        super(message, cause);
    }
}
