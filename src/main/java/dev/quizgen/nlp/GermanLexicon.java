package dev.quizgen.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The German full-form dictionary (german-pos-dict): every reading of a word form with lemma and
 * tag ({@code SUB:DAT:SIN:MAS}, {@code EIG:NOM:SIN:MAS:NOA:VOR}, …), and the reverse: the form
 * of a lemma for a tag. Loaded once; lookups are per thread because morfologik's are not
 * thread-safe.
 */
public final class GermanLexicon {
    private static final String BASE = "/org/languagetool/resource/de/";

    /** One reading of a word form. */
    public record Reading(String lemma, String tag) {
        public boolean tagStarts(String prefix) {
            return tag.startsWith(prefix);
        }

        /** True when the colon-separated tag has this part ({@code DAT}, {@code MAS}, {@code VOR}). */
        public boolean has(String part) {
            // no split: the fact extractors ask this for many readings of many words
            int n = part.length();
            for (int from = 0; from <= tag.length(); ) {
                int end = tag.indexOf(':', from);
                if (end < 0) {
                    end = tag.length();
                }
                if (end - from == n && tag.startsWith(part, from)) {
                    return true;
                }
                from = end + 1;
            }
            return false;
        }
    }

    private final Dictionary analysis;
    private final Dictionary synthesis;
    private final ThreadLocal<DictionaryLookup> analyzer;
    private final ThreadLocal<DictionaryLookup> synthesizer;

    public GermanLexicon() {
        analysis = read("german.dict");
        synthesis = read("german_synth.dict");
        analyzer = ThreadLocal.withInitial(() -> new DictionaryLookup(analysis));
        synthesizer = ThreadLocal.withInitial(() -> new DictionaryLookup(synthesis));
    }

    private static Dictionary read(String name) {
        URL url = GermanLexicon.class.getResource(BASE + name);
        if (url == null) {
            throw new IllegalStateException("german-pos-dict is not on the classpath: " + name);
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every reading of the form; also tries the lower-case form for capitalised sentence starts. */
    public List<Reading> readings(String form) {
        List<Reading> out = new ArrayList<>();
        for (WordData wd : analyzer.get().lookup(form)) {
            out.add(new Reading(wd.getStem().toString(), wd.getTag().toString()));
        }
        return out;
    }

    /** The forms of {@code lemma} with exactly this tag (usually one). */
    public List<String> forms(String lemma, String tag) {
        List<String> out = new ArrayList<>();
        for (WordData wd : synthesizer.get().lookup(lemma + "|" + tag)) {
            out.add(wd.getStem().toString());
        }
        return out;
    }

    public boolean knows(String form) {
        return !analyzer.get().lookup(form).isEmpty();
    }
}
