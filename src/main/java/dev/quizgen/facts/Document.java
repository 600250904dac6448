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
        String best = m.text();
        List<String> words = List.of(m.text().split(" "));
        for (Mention other : mentions) {
            if (other.type() == m.type() && other.text().length() > best.length()
                    && List.of(other.text().split(" ")).containsAll(words)) {
                best = other.text();
            }
        }
        return best;
    }

    public Token token(int sentence, int token) {
        return text.sentences().get(sentence).tokens().get(token);
    }
}
