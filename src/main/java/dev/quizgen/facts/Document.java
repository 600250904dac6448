package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.AnalyzedText;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/** An analysed article with its typed names and its language's lexicon: what extractors read. */
public record Document(AnalyzedText text, Lexicon lexicon, List<Mention> mentions) {
    public Document {
        mentions = List.copyOf(mentions);
    }

    public Language language() {
        return lexicon.language();
    }

    public List<Sentence> sentences() {
        return text.sentences();
    }

    public List<Mention> mentionsIn(int sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.sentence() == sentence) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mention covering token {@code token} of sentence {@code sentence}, or null. */
    public Mention mentionAt(int sentence, int token) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.fromToken() <= token && token < m.toToken()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The fullest name for a mention: the longest mention of the same type whose words contain
     * all of this one's ({@code Trump} → {@code Donald Trump}).
     */
    public String canonical(Mention m) {
        return Mention.fullest(base(m), m.type(), mentions);
    }

    /**
     * The name without a German genitive -s: the dictionary's base form ({@code Nordkoreas} →
     * {@code Nordkorea}) or another mention of the same type without it ({@code Mannings} →
     * {@code Manning}); else the text as it stands.
     */
    public String base(Mention m) {
        String text = m.text();
        if (language() != Language.DE || !text.endsWith("s") || text.length() < 4) {
            return text;
        }
        String dict = lexicon.genitiveBase(text);
        if (dict != null) {
            return dict;
        }
        String stem = text.substring(0, text.length() - 1);
        for (Mention other : mentions) {
            if (other.type() == m.type() && List.of(other.text().split(" ")).contains(stem)) {
                return stem;
            }
        }
        return text;
    }

    public Token token(int sentence, int token) {
        return text.sentences().get(sentence).tokens().get(token);
    }
}
