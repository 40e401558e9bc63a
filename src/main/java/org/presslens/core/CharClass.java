package org.presslens.core;

/**
 * {@link Character}'s classes of a character, looked up in a table for ASCII (most characters of a text) and asked
 * of {@link Character} for the rest: the same answers, without Unicode's property lookup per character on the
 * paths that scan every character of every article.
 */
public final class CharClass {
    private static final boolean[] LETTER_OR_DIGIT = new boolean[128];
    private static final boolean[] LETTER = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            LETTER[c] = Character.isLetter(c);
        }
    }

    private CharClass() {
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean letterOrDigit(char c) {
        return c < 128 ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char lowerCase(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean letter(char c) {
        return c < 128 ? LETTER[c] : Character.isLetter(c);
    }
}
