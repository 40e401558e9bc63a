package org.presslens.core;

/**
 * {@link Character}'s classes of a {@code char}, looked up in tables built from {@link Character} itself (one
 * entry per UTF-16 unit): the same answers, without Unicode's property lookup per character on the paths that
 * scan every character of every article (curly quotes and dashes are as frequent there as ASCII).
 */
public final class CharClass {
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte NON_SPACING_MARK = 4;
    private static final byte SPACE = 8;
    /** Per UTF-16 unit, its classes as bits: one {@link Character#getType} per unit, at class initialisation. */
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int type = Character.getType(c);
            int bits = switch (type) {
                // Character.isLetter's types
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                     Character.MODIFIER_LETTER, Character.OTHER_LETTER -> LETTER;
                case Character.DECIMAL_DIGIT_NUMBER -> DIGIT;
                case Character.NON_SPACING_MARK -> NON_SPACING_MARK;
                case Character.SPACE_SEPARATOR -> SPACE;
                default -> 0;
            };
            if (Character.isWhitespace(c)) {
                bits |= SPACE;
            }
            CLASSES[i] = (byte) bits;
        }
    }

    private CharClass() {
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean letterOrDigit(char c) {
        return (CLASSES[c] & (LETTER | DIGIT)) != 0;
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char lowerCase(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean letter(char c) {
        return (CLASSES[c] & LETTER) != 0;
    }

    /** Whether {@link Character#getType(char)} is {@link Character#NON_SPACING_MARK}. */
    public static boolean nonSpacingMark(char c) {
        return (CLASSES[c] & NON_SPACING_MARK) != 0;
    }

    /**
     * {@link Character#isWhitespace(char)} or a {@link Character#SPACE_SEPARATOR} (no-break spaces too): OpenNLP's
     * {@code StringUtil.isWhitespace}.
     */
    public static boolean space(char c) {
        return (CLASSES[c] & SPACE) != 0;
    }
}
