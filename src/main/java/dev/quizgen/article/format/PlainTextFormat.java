package dev.quizgen.article.format;

import java.util.Set;
import java.util.function.Consumer;

/** .txt, stdin and names without an extension: the decoded text as it is, no title of its own. */
public final class PlainTextFormat implements ArticleFormat {
    @Override
    public Set<String> extensions() {
        return Set.of("txt");
    }

    @Override
    public String displayName() {
        return "plain text";
    }

    @Override
    public ExtractedText extract(byte[] bytes, String fileName, Consumer<String> warnings) {
        return new ExtractedText(TextDecoder.decode(bytes, fileName, "plain text (.txt, UTF-8)", warnings), null);
    }
}
