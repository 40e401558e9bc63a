package org.presslens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TrimTest {
    private static final IntPredicate NOT_ALNUM = cp -> !Trim.letterOrNumber(cp);
    private static final IntPredicate NOT_ALNUM_OR_END = cp -> !Trim.letterOrNumber(cp) && ".!?)".indexOf(cp) < 0;

    @Test
    void removesWhatTheEquivalentRegularExpressionRemoves() {
        String regex = "^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.!?)]+$";
        String alphabet = "aZ9.!?)-– ,\"«»“”'’©²Ⅻ";
        Random r = new Random(7);
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(r.nextInt(20) == 0 ? "𝐀" : String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))));
            }
            String s = b.toString();
            assertEquals(s.replaceAll(regex, ""), Trim.edges(s, NOT_ALNUM, NOT_ALNUM_OR_END), s);
            assertEquals(s.replaceAll("[.,]+$", ""), Trim.trailing(s, ".,"), s);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void aLongRunCostsOnePass() {
        String s = "a" + "-".repeat(2_000_000) + "b" + "-".repeat(2_000_000);
        assertEquals(2_000_002, Trim.edges(s, NOT_ALNUM, NOT_ALNUM_OR_END).length());
    }
}
