package org.presslens.features.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.features.attribution.AttributionEvaluation.Counts;
import org.presslens.features.attribution.AttributionEvaluation.QuoteSet;
import org.presslens.features.attribution.PolnearGold.Document;
import org.presslens.features.attribution.PolnearGold.Relation;
import org.presslens.text.Span;

class AttributionEvaluationTest {
    // 0         1         2         3         4         5         6         7         8
    // 012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
    private static final String TEXT = "“We will win,” Ana Ruiz said, “and nobody will stop us.” Officials said the talks failed.";

    /** Gold as PolNeAR writes it: the interrupted quotation is one content span, its cue inside it. */
    private static Document gold() {
        return new Document("d", TEXT, List.of(
                new Relation(List.of(new Span(24, 28)), List.of(new Span(15, 23)), List.of(new Span(0, 56))),
                new Relation(List.of(new Span(67, 71)), List.of(new Span(57, 66)), List.of(new Span(72, 88)))));
    }

    private static Attribution said(int cue, int source, int sourceEnd, SourceKind kind) {
        return new Attribution(kind, "said", cue, cue + 4, TEXT.substring(source, sourceEnd), source, sourceEnd,
                TEXT.substring(source, sourceEnd), 0);
    }

    private static Quote quote(int start, int end, List<Span> segments, int speakerStart, int speakerEnd) {
        return new Quote(QuoteKind.DIRECT, start, end, segments, speakerStart < 0 ? "" : "Ana Ruiz", speakerStart,
                speakerEnd, "said", 24, true);
    }

    private static long[] counts(Counts c) {
        return new long[] {c.predicted(), c.predictedOk(), c.gold(), c.goldFound()};
    }

    @Test
    void oneRowPerUtteranceMatchesTheGoldQuotation() {
        AttributionEvaluation e = new AttributionEvaluation(false);
        // cue spans: one exact ("said" of Ruiz), one overlapping but longer ("Officials said" as a cue)
        List<Attribution> atts = List.of(said(24, 15, 23, SourceKind.NAMED),
                new Attribution(SourceKind.ANONYMOUS, "Officials said", 57, 71, "", -1, -1, "", 1));
        e.add(gold(), new SourcingAnalyzer.Result(atts, List.of(
                quote(0, 56, List.of(new Span(1, 13), new Span(31, 55)), 15, 23))));
        assertArrayEquals(new long[] {2, 2, 2, 2}, counts(e.cuesOverlap()));
        assertArrayEquals(new long[] {2, 1, 2, 1}, counts(e.cuesExact()));
        assertArrayEquals(new long[] {1, 1, 2, 1}, counts(e.sourcesExact()));
        assertArrayEquals(new long[] {1, 1, 2, 1}, counts(e.pairs()));
        // the gold quotation is wrapped in marks; the indirect "the talks failed" is not
        assertArrayEquals(new long[] {1, 1, 1, 1}, counts(e.quotes(QuoteSet.DIRECT_BLOCK, 0)));
        assertArrayEquals(new long[] {1, 1, 1, 1}, counts(e.quotes(QuoteSet.DIRECT_BLOCK, 1)));
        assertEquals(1, e.speakerMatched());
        assertEquals(1, e.speakerSpanOk());
        assertEquals(1.0, e.quotes(QuoteSet.DIRECT_BLOCK, 1).f1(), 1e-12);
    }

    @Test
    void twoRowsForOneGoldQuotationAreOneHitAndOneFalsePositive() {
        AttributionEvaluation e = new AttributionEvaluation(false);
        e.add(gold(), new SourcingAnalyzer.Result(List.of(), List.of(
                quote(0, 14, List.of(new Span(1, 13)), -1, -1),
                quote(30, 56, List.of(new Span(31, 55)), -1, -1))));
        // 11 words in the gold span; the second row holds 5 of them (0.45), the first 3 (0.27)
        assertArrayEquals(new long[] {2, 1, 1, 1}, counts(e.quotes(QuoteSet.DIRECT_BLOCK, 0)));
        assertArrayEquals(new long[] {2, 0, 1, 0}, counts(e.quotes(QuoteSet.DIRECT_BLOCK, 1)));
        assertEquals(0.5, e.quotes(QuoteSet.DIRECT_BLOCK, 0).precision(), 1e-12);
        assertEquals(1, e.speakerMatched());
        assertEquals(1, e.speakerMissing());
        assertEquals(0, e.speakerSpanOk());
    }

    @Test
    void tokenOverlapIsSharedWordsOverTheLargerCount() {
        AttributionEvaluation.Words w = new AttributionEvaluation.Words("one two three four five");
        assertEquals(5, w.count(0, 23));
        assertEquals(2, w.count(5, 10)); // "two" and the "t" of "three"
        assertEquals(2 / 3.0, w.overlap(0, 13, 4, 18), 1e-12); // {one two three} and {two three four}
        assertEquals(0, w.overlap(0, 3, 4, 7), 1e-12);
    }

    @Test
    void matchingIsOneToOneByDecreasingOverlap() {
        AttributionEvaluation.Words w = new AttributionEvaluation.Words("a b c d e f g h");
        List<Quote> pred = List.of(quote(0, 7, List.of(new Span(0, 7)), -1, -1), // a b c d
                quote(0, 15, List.of(new Span(0, 15)), -1, -1)); // a .. h
        List<Span> gold = List.of(new Span(0, 15));
        // the longer row overlaps fully and takes the gold quotation; the other is left unmatched
        assertArrayEquals(new int[] {-1, 0}, AttributionEvaluation.match(w, pred, gold, 0.3));
    }
}
