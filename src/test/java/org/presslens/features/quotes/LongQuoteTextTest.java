package org.presslens.features.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The quote finder is linear in a paragraph whatever its marks. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
class LongQuoteTextTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void aParagraphOfUnclosedSingleMarks() {
        // each opener searched the rest of the paragraph for its closer: 10^11 steps
        assertEquals(0, finder.find("'a ".repeat(300_000)).size());
    }

    @Test
    void aParagraphOfMarksOnly() {
        assertEquals(0, finder.find("\"".repeat(3_000_000)).size());
        assertEquals(0, finder.find("“".repeat(1_000_000)).size());
    }

    @Test
    void aDashLineFollowedByALongRunOfSpaces() {
        assertEquals(0, finder.find("A long enough paragraph of quoted words, as a test.\n- Jane Doe" + " ".repeat(200_000)
                + "x").stream().filter(QuoteSpan::block).count());
    }
}
