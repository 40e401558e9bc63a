package org.presslens.core;

/**
 * {@link Character}'s classes of a {@code char}, looked up in tables built from {@link Character} itself (one
 * entry per UTF-16 unit): the same answers, without Unicode's property lookup per character on the paths that
 * scan every character of every article (curly quotes and dashes are as frequent there as ASCII).
 */
public final class CharClass {
    private static final boolean[] LETTER_OR_DIGIT = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] LETTER = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] NON_SPACING_MARK = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] SPACE = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            LETTER_OR_DIGIT[i] = Character.isLetterOrDigit(c);
            LETTER[i] = Character.isLetter(c);
            NON_SPACING_MARK[i] = Character.getType(c) == Character.NON_SPACING_MARK;
            SPACE[i] = Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
        }
    }

    private CharClass() {
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean letterOrDigit(char c) {
        return LETTER_OR_DIGIT[c];
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char lowerCase(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean letter(char c) {
        return LETTER[c];
    }

    /** Whether {@link Character#getType(char)} is {@link Character#NON_SPACING_MARK}. */
    public static boolean nonSpacingMark(char c) {
        return NON_SPACING_MARK[c];
    }

    /**
     * {@link Character#isWhitespace(char)} or a {@link Character#SPACE_SEPARATOR} (no-break spaces too): OpenNLP's
     * {@code StringUtil.isWhitespace}.
     */
    public static boolean space(char c) {
        return SPACE[c];
    }
}
