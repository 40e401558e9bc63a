package org.presslens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.presslens.core.Settings;

/** Cleaning takes time linear in the number of lines, whatever their shape. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
class CleaningScaleTest {
    private static final String PROSE = "The council met on Tuesday to discuss the new budget for the coming year, "
            + "and members argued about the cost.";
    private final BoilerplateCleaner cleaner = BoilerplateCleaner.fromSettings(Settings.builtIn());

    @Test
    void manyHeadingLinesBeforeTheBody() {
        // every one of these lines is a title candidate; each used to be compared with every line (10^10 comparisons)
        int n = 100_000;
        CleanedText t = cleaner.clean("Foo Bar Baz Qux\n".repeat(n) + PROSE);
        assertEquals(PROSE, t.body());
        assertEquals("Foo Bar Baz Qux", t.title());
        assertEquals(n, t.removedLines().size());
    }

    @Test
    void manyShortLinesWithoutABody() {
        int n = 500_000;
        CleanedText t = cleaner.clean("a\n".repeat(n));
        assertEquals(n, t.inputLines().size());
        assertEquals(3 * n - 2, t.body().length());
    }
}
