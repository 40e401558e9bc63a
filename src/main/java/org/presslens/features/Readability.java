package org.presslens.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presslens.core.CharClass;

/** Readability and lexical-diversity formulas (documented in docs/features.md). Pure functions. */
public final class Readability {
    /** MTLD's type-token-ratio threshold (McCarthy &amp; Jarvis 2010). */
    public static final double MTLD_THRESHOLD = 0.72;

    private Readability() {
    }

    /** The vowels (all below 256): a e i o u y and their accented forms. */
    private static final boolean[] VOWEL = new boolean[256];

    static {
        for (char c : "aeiouyàáâäãåèéêëìíîïòóôöõùúûüý".toCharArray()) {
            VOWEL[c] = true;
        }
    }

    private static boolean vowel(char c) {
        return c < 256 && VOWEL[c];
    }

    /**
     * Syllables of an English word by rule: lower-case the letters; count groups of consecutive vowels
     * (a e i o u y, y not counting at the start of the word); subtract one for a silent final "e" (after a
     * consonant, but not "-le" after a consonant: "table" keeps two); subtract one for "-ed" not after t/d
     * ("jumped") and for "-es" not after s, x, z, c, g, h ("makes"), when more than one group remains; at least
     * one syllable for any word with a letter, 0 for none.
     */
    public static int syllables(String word) {
        return syllables(word, 0, word.length());
    }

    /** {@link #syllables(String)} of {@code text[start, end)}. */
    public static int syllables(CharSequence text, int start, int end) {
        char[] w = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (CharClass.letter(c)) {
                w[n++] = CharClass.lowerCase(c);
            }
        }
        if (n == 0) {
            return 0;
        }
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < n; i++) {
            char c = w[i];
            boolean v = vowel(c) && !(c == 'y' && i == 0);
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        if (n >= 3 && groups > 1) {
            char last = w[n - 1];
            char prev = w[n - 2];
            char prev2 = w[n - 3];
            if (last == 'e' && !vowel(prev) && !(prev == 'l' && !vowel(prev2))) {
                groups--;
            } else if (last == 'd' && prev == 'e' && prev2 != 't' && prev2 != 'd' && !vowel(prev2)) {
                groups--;
            } else if (last == 's' && prev == 'e' && "sxzcgh".indexOf(prev2) < 0 && !vowel(prev2)) {
                groups--;
            }
        }
        return Math.max(1, groups);
    }

    /** Flesch–Kincaid grade level: 0.39 × words/sentences + 11.8 × syllables/words − 15.59; NaN without words. */
    public static double fleschKincaidGrade(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            return Double.NaN;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /**
     * MTLD (measure of textual lexical diversity, McCarthy &amp; Jarvis 2010): the mean length of word runs
     * whose type-token ratio stays above 0.72, averaged over a forward and a backward pass, with the partial
     * last run counted as (1 − TTR) / (1 − 0.72) of a factor. NaN when no factor (not even a partial one)
     * accumulates, i.e. for texts whose words are all different or empty.
     *
     * @param tokens lower-cased word tokens
     */
    public static double mtld(List<String> tokens) {
        // each distinct token an id, so that the passes count types without hashing
        Map<String, Integer> idOf = new HashMap<>();
        int[] ids = new int[tokens.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = idOf.computeIfAbsent(tokens.get(k), t -> idOf.size());
        }
        double f = mtldPass(ids, idOf.size(), false);
        double b = mtldPass(ids, idOf.size(), true);
        if (Double.isNaN(f) || Double.isNaN(b)) {
            return Double.NaN;
        }
        return (f + b) / 2;
    }

    private static double mtldPass(int[] ids, int distinct, boolean reverse) {
        int n = ids.length;
        if (n == 0) {
            return Double.NaN;
        }
        int[] factorSeen = new int[distinct]; // per type, the number (from 1) of the factor it was last seen in
        int factor = 1;
        int types = 0;
        double factors = 0;
        int count = 0;
        double ttr = 1;
        for (int k = 0; k < n; k++) {
            int id = ids[reverse ? n - 1 - k : k];
            count++;
            if (factorSeen[id] != factor) {
                factorSeen[id] = factor;
                types++;
            }
            ttr = (double) types / count;
            if (ttr <= MTLD_THRESHOLD) {
                factors++;
                factor++;
                types = 0;
                count = 0;
                ttr = 1;
            }
        }
        if (count > 0) {
            factors += (1 - ttr) / (1 - MTLD_THRESHOLD);
        }
        return factors == 0 ? Double.NaN : n / factors;
    }
}
