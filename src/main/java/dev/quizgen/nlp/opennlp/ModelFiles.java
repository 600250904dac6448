package dev.quizgen.nlp.opennlp;

import dev.quizgen.article.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP UD models of one language, read from the classpath (the Maven model artifacts).
 * The lemmatizer model is read only when first needed: German takes lemmas from the dictionary.
 */
record ModelFiles(SentenceModel sentence, TokenizerModel tokens, POSModel pos, Supplier<LemmatizerModel> lemmas) {
    static ModelFiles load(Language language) {
        String prefix = "/opennlp-" + language.code() + "-ud-" + (language == Language.DE ? "gsd" : "ewt") + "-";
        String suffix = "-1.3-2.5.4.bin";
        try {
            SentenceModel s = new SentenceModel(open(prefix + "sentence" + suffix));
            TokenizerModel t = new TokenizerModel(open(prefix + "tokens" + suffix));
            POSModel p = new POSModel(open(prefix + "pos" + suffix));
            Supplier<LemmatizerModel> lemmas = new Supplier<>() {
                private LemmatizerModel model;

                @Override
                public synchronized LemmatizerModel get() {
                    if (model == null) {
                        try {
                            model = new LemmatizerModel(open(prefix + "lemmas" + suffix));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return model;
                }
            };
            return new ModelFiles(s, t, p, lemmas);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models for " + language.code(), e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = ModelFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath (missing opennlp-models artifact?)");
        }
        return in;
    }
}
