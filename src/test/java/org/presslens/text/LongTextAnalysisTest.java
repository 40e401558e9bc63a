package org.presslens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sentence detection and tagging stay linear on texts that make OpenNLP quadratic: long runs without white space
 * holding end-of-sentence characters (80,000 periods took 2.7 s, a million would take minutes) and very long
 * sentences (16,000 tokens took 23 s to tag).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
class LongTextAnalysisTest {
    private static NlpModels models;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
    }

    @Test
    void aLongRunOfPeriodsOrDottedLettersIsOneSentence() {
        TextAnalyzer a = new TextAnalyzer(models);
        assertEquals(1, a.analyze(".".repeat(1_000_000)).sentences().size());
        assertEquals(1, a.analyze("a.".repeat(500_000)).sentences().size());
    }

    @Test
    void onlyRunsOfMoreThanAThousandCharactersAreMasked() {
        String normal = "It rained. It stopped at http://example.com/" + "a.b/".repeat(240) + " Then it rained again.";
        assertTrue(DetectorLine.of(normal, ".!?") == normal, "a line without long runs is read as it is");
        String line = "It rained. " + "x.".repeat(600) + " Then it rained again.";
        CharSequence view = DetectorLine.of(line, ".!?");
        assertEquals(line.length(), view.length());
        assertEquals("It rained. x_x_x_", view.subSequence(0, 17).toString());
        assertEquals(" Then it rained again.", view.subSequence(11 + 1200, line.length()).toString());
    }

    @Test
    void aVeryLongSentenceIsTaggedPieceByPiece() {
        AnalyzedText t = new TextAnalyzer(models).analyze("the people of the town may go home now , ".repeat(20_000));
        assertEquals(1, t.sentences().size());
        int may = 5 + 10 * 15_000;
        assertEquals("may", t.token(may));
        assertEquals("MD", t.posTag(0, may));
        assertTrue(t.taggedSentences() == 0, "only the pieces holding the tokens asked for were tagged");
    }

    @Test
    void aShortSentenceIsTaggedWhole() {
        AnalyzedText t = new TextAnalyzer(models).analyze("The talks may resume next week.");
        assertEquals(t.posTags(0)[2], t.posTag(0, 2));
        assertEquals("MD", t.posTag(0, 2));
    }
}
