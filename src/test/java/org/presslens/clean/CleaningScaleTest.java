package org.presslens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import java.util.List;
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
        // every one of these distinct lines is a title candidate that the page does not repeat; each used to be
        // compared with every line (10^10 comparisons)
        int n = 100_000;
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < n; i++) {
            page.append("Headline Number ").append(i).append(" Of The Day\n");
        }
        CleanedText t = cleaner.clean(page + PROSE);
        assertEquals("Headline Number 0 Of The Day", t.title(), "the first of the longest candidates");
        assertEquals(List.of("Headline Number 0 Of The Day"), t.removedLines());
        assertTrue(t.body().startsWith("Headline Number 1 Of The Day\n\n") && t.body().endsWith(PROSE),
                "the lines between the title and the body are kept as its deck");
    }

    @Test
    void manyShortLinesWithoutABody() {
        int n = 500_000;
        CleanedText t = cleaner.clean("a\n".repeat(n));
        assertEquals(n, t.inputLines().size());
        assertEquals(3 * n - 2, t.body().length());
    }
}
