package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SelfRepetitionTest {
    private final SelfRepetition rep = new SelfRepetition(3, 0.4, 6, 2000);

    @Test
    void copiedAndRehashedSentencesCountShortOnesAreIgnored() {
        String body = "The two leaders signed a broad energy agreement in the capital. "
                + "Markets reacted calmly to the announcement on Tuesday afternoon. "
                + "The two leaders signed a broad energy agreement, officials said. "  // 6 of 9 trigrams seen -> repeated
                + "Short line here. "                                                   // 3 words: not eligible
                + "Nobody expected the weather to change so quickly that evening.";
        // eligible: 4 sentences; repeated: 1
        assertEquals(0.25, rep.score(Fixtures.analyze(body)), 1e-12);
    }

    @Test
    void noRepetitionScoresZero() {
        assertEquals(0.0, rep.score(Fixtures.analyze("One sentence with quite a few words in it. Another completely "
                + "different sentence follows after that.")), 1e-12);
        assertEquals(0.0, rep.score(Fixtures.analyze("")), 1e-12);
    }
}
