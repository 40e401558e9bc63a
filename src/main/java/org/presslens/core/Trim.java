package org.presslens.core;

import java.util.function.IntPredicate;

/**
 * Removes a run of characters from the start and the end of a string in one linear pass: what
 * {@code s.replaceAll("^[L]+|[T]+$", "")} does, without the regular expression, whose {@code [T]+$} alternative
 * is retried at every position of a long run and so takes time quadratic in its length. Works on code points.
 */
public final class Trim {
    private Trim() {
    }

    /** Letters and numbers ({@code \p{L}}, {@code \p{N}}). */
    public static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /**
     * {@code s} without its longest prefix of code points matching {@code lead}, then without its longest suffix
     * of code points matching {@code trail} (never overlapping the prefix already removed).
     */
    public static String edges(String s, IntPredicate lead, IntPredicate trail) {
        int from = 0;
        int n = s.length();
        while (from < n) {
            int cp = s.codePointAt(from);
            if (!lead.test(cp)) {
                break;
            }
            from += Character.charCount(cp);
        }
        int to = n;
        while (to > from) {
            int cp = s.codePointBefore(to);
            if (!trail.test(cp)) {
                break;
            }
            to -= Character.charCount(cp);
        }
        return from == 0 && to == n ? s : s.substring(from, to);
    }

    /** {@code s} without its longest suffix of code points matching {@code trail}. */
    public static String trailing(String s, IntPredicate trail) {
        return edges(s, cp -> false, trail);
    }

    /** {@code s} without its longest suffix of characters in {@code chars} (BMP characters only). */
    public static String trailing(String s, String chars) {
        return trailing(s, cp -> chars.indexOf(cp) >= 0);
    }
}
