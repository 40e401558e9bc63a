package org.presslens.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.presslens.core.CharClass;

/**
 * A text as a sequence of normalised words for lexicon matching, with character offsets into the original.
 *
 * <p>Normalisation: a word is a maximal run of letters and digits, lower-cased ({@link Character#toLowerCase});
 * apostrophes ({@code ' ’ ‘ ʼ `}) split words ({@code Xi’s} → {@code xi s}, {@code don't} → {@code don t});
 * hyphens ({@code - ‐ ‑ ­}), quotation marks ({@code " “ ” „ « » ‹ ›} and the apostrophes), spaces and tabs
 * and a period between two letters or digits ({@code U.S}) are transparent: they separate words without
 * breaking a phrase, so {@code no-limits}, {@code “no limits”} and {@code No  Limits} are the same two words.
 * Any other character (other punctuation, dashes, line breaks) is a <em>break</em>: a multi-word lexicon entry
 * never matches across it. Immutable.
 */
public final class NormalizedWords {
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] breakBefore;

    private NormalizedWords(String[] words, int[] starts, int[] ends, boolean[] breakBefore) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.breakBefore = breakBefore;
    }

    /** Normalises a whole text. */
    public static NormalizedWords of(CharSequence text) {
        int n = text.length();
        int cap = Math.max(16, n / 5);
        String[] w = new String[cap];
        int[] s = new int[cap];
        int[] e = new int[cap];
        boolean[] b = new boolean[cap];
        int count = 0;
        boolean pendingBreak = true;
        StringBuilder sb = new StringBuilder(32);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                sb.setLength(0);
                while (i < n) {
                    char d = text.charAt(i);
                    if (isWordChar(d)) {
                        sb.append(CharClass.lowerCase(d));
                        i++;
                    } else if (CharClass.nonSpacingMark(d) || d == '\u00AD') {
                        i++;
                    } else {
                        break;
                    }
                }
                if (count == w.length) {
                    int nc = count * 2;
                    w = Arrays.copyOf(w, nc);
                    s = Arrays.copyOf(s, nc);
                    e = Arrays.copyOf(e, nc);
                    b = Arrays.copyOf(b, nc);
                }
                w[count] = sb.toString();
                s[count] = start;
                e[count] = i;
                b[count] = pendingBreak;
                count++;
                pendingBreak = false;
                continue;
            }
            if (!isTransparent(text, i, c)) {
                pendingBreak = true;
            }
            i++;
        }
        return new NormalizedWords(Arrays.copyOf(w, count), Arrays.copyOf(s, count), Arrays.copyOf(e, count),
                Arrays.copyOf(b, count));
    }

    /** The normalised words of a lexicon entry, ignoring breaks (an empty list when it has none). */
    public static List<String> wordsOf(String entry) {
        NormalizedWords nw = of(entry);
        return new ArrayList<>(Arrays.asList(nw.words));
    }

    private static boolean isWordChar(char c) {
        return CharClass.letterOrDigit(c);
    }

    private static boolean isTransparent(CharSequence text, int i, char c) {
        switch (c) {
            case ' ', '\t', '\u00A0', '\u2009', '\u202F', '\r',
                 '-', '\u2010', '\u2011', '\u00AD',
                 '\'', '\u2019', '\u2018', '\u02BC', '`', '\u00B4',
                 '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2039', '\u203A':
                return true;
            case '.':
                return i > 0 && i + 1 < text.length() && CharClass.letterOrDigit(text.charAt(i - 1))
                        && CharClass.letterOrDigit(text.charAt(i + 1));
            default:
                return false;
        }
    }

    /** Index of the word starting at character {@code offset}, or -1. */
    public int indexAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -1;
    }

    /** Index of the first word starting at or after character {@code offset} ({@link #size()} when none). */
    public int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }

    public int size() {
        return words.length;
    }

    /** The normalised (lower-case) form of word {@code i}. */
    public String word(int i) {
        return words[i];
    }

    /** Character offset where word {@code i} starts in the original text. */
    public int start(int i) {
        return starts[i];
    }

    /** Character offset one past the end of word {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** True when a break (punctuation, line break) separates word {@code i} from the word before it. */
    public boolean breakBefore(int i) {
        return breakBefore[i];
    }
}
