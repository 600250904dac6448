package dev.quizgen.nlp.opennlp;

import dev.quizgen.article.Article;
import dev.quizgen.article.Language;
import dev.quizgen.nlp.AnalyzedText;
import dev.quizgen.nlp.Analyzer;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Span;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Sentences, tokens, UD part-of-speech tags and lemmas with the OpenNLP UD models, plus the
 * repairs the German models need: paragraphs split first, no sentence break after ordinals and
 * abbreviations, quotes split off words, hyphenated words ({@code Jong-un}, {@code US-Präsident})
 * kept whole. German lemmas come from the dictionary; the statistical lemmatizer only sees
 * sentences with adjectives or verbs the dictionary lacks. English lemmas come from rules
 * ({@link EnglishLemmas}). Models load once per language, on first use.
 */
public final class OpenNlpAnalyzer implements Analyzer {
    private final Map<Language, Models> models = new EnumMap<>(Language.class);
    private final Supplier<GermanLexicon> lexicon;
    private final EnglishLemmas english = new EnglishLemmas();

    public OpenNlpAnalyzer(Supplier<GermanLexicon> lexicon) {
        this.lexicon = lexicon;
    }

    private synchronized Models models(Language language) {
        return models.computeIfAbsent(language, Models::load);
    }

    /** Loads the models of a language now (the lemmatizer's too) instead of on first use; for timing. */
    public void load(Language language, boolean lemmatizer) {
        Models m = models(language);
        if (lemmatizer) {
            m.perThread.get().lemmatizer();
        }
    }

    /** Words before an unknown word that the statistical lemmatizer reads with it. */
    private static final int LEMMA_CONTEXT = 2;

    @Override
    public AnalyzedText analyze(Article article) {
        return analyze(article, true);
    }

    /**
     * Sentences, tokens and tags; lemmas only when asked for (without them every lemma is the word
     * itself: the benchmark's floor, the analysis no pipeline can skip).
     */
    public AnalyzedText analyze(Article article, boolean withLemmas) {
        Models m = models(article.language());
        PerThread t = m.perThread.get();
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (Span para : paragraphs(text)) {
            for (Span s : SentenceSplitter.split(t.sentences, text, para, article.language())) {
                List<Span> tokenSpans = TokenRepair.repair(text, s, t.tokenizer.tokenizePos(s.of(text)));
                if (tokenSpans.isEmpty()) {
                    continue;
                }
                String[] words = new String[tokenSpans.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokenSpans.get(i).of(text);
                }
                String[] tags = t.tagger.tag(words);
                String[] lemmas = withLemmas ? lemmas(article.language(), words, tags, t) : words;
                List<Token> tokens = new ArrayList<>(words.length);
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(words[i], tokenSpans.get(i), tags[i], lemmas[i]));
                }
                sentences.add(new Sentence(sentences.size(), paragraph, s, s.of(text), tokens));
            }
            paragraph++;
        }
        return new AnalyzedText(article, sentences);
    }

    private String[] lemmas(Language language, String[] words, String[] tags, PerThread t) {
        if (language != Language.DE) {
            String[] out = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                out[i] = english.lemma(words[i], tags[i]);
            }
            return out;
        }
        GermanLexicon lex = lexicon.get();
        String[] out = new String[words.length];
        boolean unknown = false;
        for (int i = 0; i < words.length; i++) {
            out[i] = GermanLemmas.lemma(lex, words[i], tags[i], i == 0);
            if (out[i] == null) {
                unknown = true;
            }
        }
        if (unknown) {
            // the statistical lemmatizer for the words the dictionary does not know, each with the two words before
            // it (its features are the word, its tag and the decision on the word before): lemmatizing the whole
            // sentence cost more than all the rest of generation, for one or two words
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null) {
                    int from = Math.max(0, i - LEMMA_CONTEXT);
                    String[] statistical = t.lemmatizer().lemmatize(Arrays.copyOfRange(words, from, i + 1),
                            Arrays.copyOfRange(tags, from, i + 1));
                    String lemma = statistical[i - from];
                    out[i] = lemma.equals("O") || lemma.isEmpty() ? words[i] : lemma;
                }
            }
        }
        return out;
    }

    /** Paragraphs: runs of text between blank lines, trimmed. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            while (i < n) {
                int lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                if (text.substring(i, lineEnd).isBlank()) {
                    break;
                }
                end = lineEnd;
                i = Math.min(n, lineEnd + 1);
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new Span(start, end));
        }
        return out;
    }

    /** The models of one language; the ME classes are not thread-safe, so each thread gets its own. */
    private static final class Models {
        final ThreadLocal<PerThread> perThread;

        private Models(ModelFiles files, Language language) {
            perThread = ThreadLocal.withInitial(() -> new PerThread(files, language));
        }

        static Models load(Language language) {
            return new Models(ModelFiles.load(language), language);
        }
    }

    private static final class PerThread {
        final SentenceSplitter.Detector sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;
        private final ModelFiles files;
        private LemmatizerME lemmatizer;

        PerThread(ModelFiles files, Language language) {
            this.files = files;
            sentences = new SentenceSplitter.Detector(files.sentence(), language);
            tokenizer = new TokenizerME(files.tokens());
            tagger = new POSTaggerME(files.pos());
        }

        LemmatizerME lemmatizer() {
            if (lemmatizer == null) {
                lemmatizer = new LemmatizerME(files.lemmas().get());
            }
            return lemmatizer;
        }
    }
}
