package dev.quizgen.article;

import java.util.Locale;

/** The languages quizgen analyses. */
public enum Language {
    DE("de", Locale.GERMAN),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** Parses "de" or "en" (any case); null when it is neither. */
    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        return null;
    }
}
