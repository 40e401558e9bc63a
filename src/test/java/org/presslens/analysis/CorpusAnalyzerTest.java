package org.presslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CorpusAnalyzerTest {

    @Test
    void countsWhitespaceSeparatedTokensHoldingALetterOrDigit() {
        assertEquals(0, CorpusAnalyzer.countWords(""));
        assertEquals(0, CorpusAnalyzer.countWords("  -- ... \n\n"));
        assertEquals(6, CorpusAnalyzer.countWords("Xi's visit, 2025: \"no-limits\" talks -- done"));
        assertEquals(3, CorpusAnalyzer.countWords("one\u00a0two\n\nthree"));
    }

    @Test
    void bodyHashIgnoresCaseAndSpacingButNotWords() {
        long h = CorpusAnalyzer.bodyHash("The talks ended.\n\nBoth sides signed.");
        assertEquals(h, CorpusAnalyzer.bodyHash("  the TALKS   ended.\nBoth sides\tsigned. "));
        assertNotEquals(h, CorpusAnalyzer.bodyHash("The talks ended.\n\nBoth sides resigned."));
        assertNotEquals(h, CorpusAnalyzer.bodyHash("The talksended. Both sides signed."));
    }
}
