package org.presslens.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.presslens.core.CharClass;
import weka.core.tokenizers.Tokenizer;

/**
 * A linear-time word n-gram tokenizer for {@code StringToWordVector}. Words are maximal runs of letters and
 * digits (an apostrophe between letters stays inside: {@code don't}), lower-cased with {@link Locale#ROOT};
 * n-grams join consecutive words with one space and may span punctuation. Weka's own
 * {@code NGramTokenizer} removes empty strings from a linked list by index, which is quadratic in the
 * article length (minutes per corpus on long articles).
 */
public final class WordNGramTokenizer extends Tokenizer {
    private static final long serialVersionUID = 1L;

    private int maxN;
    private transient List<String> tokens = new ArrayList<>();
    private transient int next;

    /** Uni- to bigrams. */
    public WordNGramTokenizer() {
        this(2);
    }

    /** N-grams of 1 to {@code maxN} words. */
    public WordNGramTokenizer(int maxN) {
        if (maxN < 1) {
            throw new IllegalArgumentException("maxN must be >= 1, got " + maxN);
        }
        this.maxN = maxN;
    }

    /** The words of a text, lower-cased. */
    public static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        scanWords(s.toCharArray(), (text, start, end) -> words.add(word(text, start, end)));
        return words;
    }

    /** Receives the span of each word {@link #scanWords} finds. */
    interface WordSpans {
        void word(char[] text, int start, int end);
    }

    /**
     * Finds the words of a text (its characters), in order: maximal runs of letters and digits, an apostrophe
     * ({@code '} or U+2019) between a word character and a letter kept inside.
     */
    static void scanWords(char[] s, WordSpans out) {
        int n = s.length;
        int i = 0;
        while (i < n) {
            while (i < n && !CharClass.letterOrDigit(s[i])) {
                i++;
            }
            int start = i;
            while (i < n) {
                char c = s[i];
                if (CharClass.letterOrDigit(c)) {
                    i++;
                } else if ((c == '\'' || c == '\u2019') && i > start && i + 1 < n && CharClass.letter(s[i + 1])) {
                    i++;
                } else {
                    break;
                }
            }
            if (i > start) {
                out.word(s, start, i);
            }
        }
    }

    /**
     * {@code s[start, end)} with U+2019 as an apostrophe, lower-cased with {@link Locale#ROOT}; an ASCII word
     * (most words) is lower-cased into its one new string directly, the same characters as the general path.
     */
    static String word(char[] s, int start, int end) {
        byte[] ascii = new byte[end - start];
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c >= 0x80) {
                return new String(s, start, end - start).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            }
            ascii[i - start] = (byte) CharClass.lowerCase(c);
        }
        return new String(ascii, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * The tokens of a text, in the order {@link #tokenize} gives them: at each word, the n-grams of 1 to
     * {@code maxN} words starting there.
     */
    public static List<String> ngrams(String s, int maxN) {
        List<String> words = words(s);
        if (maxN == 1) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size() * maxN);
        for (int i = 0; i < words.size(); i++) {
            StringBuilder sb = new StringBuilder(words.get(i));
            out.add(sb.toString());
            for (int k = 1; k < maxN && i + k < words.size(); k++) {
                sb.append(' ').append(words.get(i + k));
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Override
    public void tokenize(String s) {
        tokens = ngrams(s, maxN);
        next = 0;
    }

    @Override
    public boolean hasMoreElements() {
        return tokens != null && next < tokens.size();
    }

    @Override
    public String nextElement() {
        return tokens.get(next++);
    }

    @Override
    public String globalInfo() {
        return "Lower-cased word n-grams (1 to " + maxN + " words) in linear time.";
    }

    @Override
    public String getRevision() {
        return "1";
    }

    @Override
    public java.util.Enumeration<weka.core.Option> listOptions() {
        return java.util.Collections.enumeration(java.util.List.of(
                new weka.core.Option("\tLongest n-gram in words (default 2).", "max", 1, "-max <int>")));
    }

    @Override
    public String[] getOptions() {
        return new String[] {"-max", Integer.toString(maxN)};
    }

    @Override
    public void setOptions(String[] options) throws Exception {
        String v = weka.core.Utils.getOption("max", options);
        maxN = v.isEmpty() ? 2 : Integer.parseInt(v);
        if (maxN < 1) {
            throw new IllegalArgumentException("-max must be >= 1, got " + maxN);
        }
    }

    /** The longest n-gram. */
    public int maxN() {
        return maxN;
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (maxN < 1) {
            throw new java.io.InvalidObjectException("WordNGramTokenizer: longest n-gram must be >= 1, got " + maxN);
        }
        tokens = new ArrayList<>();
        next = 0;
    }
}
