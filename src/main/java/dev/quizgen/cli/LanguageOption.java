package dev.quizgen.cli;

import dev.quizgen.article.Language;
import picocli.CommandLine;

/** Parses {@code --lang auto|de|en}; auto is null (detect). */
final class LanguageOption implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        if (value.equalsIgnoreCase("auto")) {
            return null;
        }
        Language l = Language.fromCode(value);
        if (l == null) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a language quizgen knows: use auto, de or en");
        }
        return l;
    }
}
