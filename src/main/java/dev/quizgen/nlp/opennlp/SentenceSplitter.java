package dev.quizgen.nlp.opennlp;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentence splitting with the OpenNLP model, without the breaks it wrongly makes after ordinals
 * ({@code am 27. Juni}), abbreviations ({@code Mio.}, {@code z. B.}, {@code Dr.}, {@code U.S.})
 * and initials, or before a lower-case word.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.List.of(
            // German
            "mio", "mrd", "ca", "bzw", "z", "b", "z.b", "dr", "prof", "nr", "st", "vgl", "jh", "jhd", "chr", "v",
            "u.a", "d.h", "sog", "ggf", "inkl", "evtl", "abs", "hrsg", "bspw", "zb", "tsd", "mind", "max", "min",
            "gegr", "geb", "gest", "ehem", "allg", "insb", "u", "a", "s", "o", "str", "dt", "engl", "frz", "lat",
            "griech", "hl", "jan", "feb", "aug", "sept", "okt", "nov", "dez",
            // English
            "mr", "mrs", "ms", "jr", "sr", "u.s", "u.k", "e.g", "i.e", "vs", "no", "co", "ltd", "corp", "gen",
            "sen", "rep", "gov", "lt", "col", "sgt", "mt", "ft", "a.m", "p.m", "approx", "est", "dept", "univ",
            "fig", "vol", "pp", "jan", "mar", "apr", "jun", "jul", "sep", "oct", "dec", "st", "ave", "blvd"));
    private static final Set<String> MONTHS = Set.copyOf(java.util.List.of("januar", "februar", "märz", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "dezember", "jänner"));

    // compiled once: acceptable() runs for every full stop of every article
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("\\d{3,4}");
    private static final Pattern NON_WORD = Pattern.compile("\\W");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DOTTED = Pattern.compile("(\\p{L}\\.)+\\p{L}");
    private static final Pattern LEADING_QUOTES = Pattern.compile("^[\\p{Pi}\\p{Pf}\\p{Ps}\"'„‚»«]+");

    private SentenceSplitter() {
    }

    /** The sentence spans of one paragraph, in absolute offsets, trimmed. */
    static List<Span> split(Detector detector, String text, Span paragraph, Language language) {
        String para = paragraph.of(text);
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : detector.sentPosDetect(para)) {
            int start = paragraph.start() + s.getStart();
            int end = paragraph.start() + s.getEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.addAll(afterClosingBracket(text, new Span(start, end), language));
            }
        }
        return out;
    }

    /** A full stop inside a bracket or quotation that closes it and a sentence: "… on a separate Saturn IB.) The Block II …". */
    private static final Pattern CLOSED_END = Pattern.compile("[.!?][)\\]”\"»’]+\\s+(?=[\\p{Lu}])");

    /** The sentence split where a full stop and a closing bracket or quotation end it, which the model does not break at. */
    private static List<Span> afterClosingBracket(String text, Span sentence, Language language) {
        List<Span> out = new ArrayList<>();
        String part = sentence.of(text);
        java.util.regex.Matcher m = CLOSED_END.matcher(part);
        int from = 0;
        while (m.find()) {
            int eos = m.start();
            if (!acceptable(part, eos, language)) {
                continue;
            }
            int close = m.end();
            while (close > 0 && Character.isWhitespace(part.charAt(close - 1))) {
                close--;
            }
            out.add(new Span(sentence.start() + from, sentence.start() + close));
            from = m.end();
        }
        out.add(new Span(sentence.start() + from, sentence.end()));
        return out;
    }


    /** The model with the break rules above. */
    static final class Detector extends SentenceDetectorME {
        private final Language language;

        Detector(SentenceModel model, Language language) {
            super(model);
            this.language = language;
        }

        @Override
        protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
            return acceptable(s, candidateIndex, language);
        }
    }

    /** Whether the end-of-sentence character at {@code eos} really ends a sentence. */
    static boolean acceptable(CharSequence s, int eos) {
        return acceptable(s, eos, Language.DE);
    }

    /** As above; English writes no ordinals with a full stop, so there "at age 39. Davis" ends a sentence. */
    static boolean acceptable(CharSequence s, int eos, Language language) {
        if (s.charAt(eos) != '.') {
            return nextStartsLower(s, eos) ? false : true;
        }
        if (eos + 1 < s.length() && Character.isDigit(s.charAt(eos + 1))) {
            return false;   // "281.754 Juden", "3.5": a full stop between digits separates the number, the model broke there
        }
        int wordStart = eos;
        while (wordStart > 0 && !Character.isWhitespace(s.charAt(wordStart - 1)) && s.charAt(wordStart - 1) != '('
                && s.charAt(wordStart - 1) != '„' && s.charAt(wordStart - 1) != '"') {
            wordStart--;
        }
        String word = s.subSequence(wordStart, eos).toString();
        String next = nextWord(s, eos);
        if (next.isEmpty()) {
            return true;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return false;
        }
        if (ORDINAL.matcher(word).matches() && language == Language.DE) {
            return false;   // ordinal: am 27. Juni, der 3. Versuch
        }
        if (YEAR.matcher(word).matches() && MONTHS.contains(NON_WORD.matcher(next.toLowerCase(Locale.ROOT)).replaceAll(""))) {
            return false;
        }
        if (LETTER.matcher(word).matches()) {
            return false;   // an initial: J. F. Kennedy
        }
        String key = word.toLowerCase(Locale.ROOT);
        return !ABBREVIATIONS.contains(key) && !DOTTED.matcher(word).matches();
    }

    private static boolean nextStartsLower(CharSequence s, int eos) {
        String next = nextWord(s, eos);
        return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
    }

    private static String nextWord(CharSequence s, int eos) {
        int i = eos + 1;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;   // closing quotes or brackets glued to the full stop
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        String w = s.subSequence(i, j).toString();
        return LEADING_QUOTES.matcher(w).replaceFirst("");
    }
}
