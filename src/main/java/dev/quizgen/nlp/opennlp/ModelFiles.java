package dev.quizgen.nlp.opennlp;

import dev.quizgen.article.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
        // the tagger's model is the largest: it loads on a second core while this thread reads the other two
        FutureTask<POSModel> tagger = new FutureTask<>(() -> new POSModel(open(prefix + "pos" + suffix)));
        Thread loader = new Thread(tagger, "quizgen-pos-model-" + language.code());
        loader.setDaemon(true);
        loader.start();
        try {
            SentenceModel s = new SentenceModel(open(prefix + "sentence" + suffix));
            TokenizerModel t = new TokenizerModel(open(prefix + "tokens" + suffix));
            POSModel p = result(tagger);
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

    /** The model another thread loaded, or its error as if this thread had loaded it. */
    private static <T> T result(FutureTask<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while loading a model");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
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
