package org.presslens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tables answer as {@link Character} does, for every UTF-16 unit. */
class CharClassTest {
    @Test
    void everyCharIsClassedAsCharacterClassesIt() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetterOrDigit(c), CharClass.letterOrDigit(c), () -> "letterOrDigit U+" + Integer.toHexString(c));
            assertEquals(Character.isLetter(c), CharClass.letter(c), () -> "letter U+" + Integer.toHexString(c));
            assertEquals(Character.toLowerCase(c), CharClass.lowerCase(c), () -> "lowerCase U+" + Integer.toHexString(c));
            assertEquals(Character.getType(c) == Character.NON_SPACING_MARK, CharClass.nonSpacingMark(c),
                    () -> "nonSpacingMark U+" + Integer.toHexString(c));
            assertEquals(opennlp.tools.util.StringUtil.isWhitespace(c), CharClass.space(c),
                    () -> "space U+" + Integer.toHexString(c));
        }
    }
}
