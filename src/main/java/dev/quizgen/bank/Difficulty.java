package dev.quizgen.bank;

import java.util.Locale;

/** How hard a question is meant to be. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Difficulty fromJsonName(String name) {
        for (Difficulty d : values()) {
            if (d.jsonName().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
