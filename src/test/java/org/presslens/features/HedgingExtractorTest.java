package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;

class HedgingExtractorTest {
    private final HedgingExtractor hx = new HedgingExtractor(Fixtures.builtInContext());

    private List<String> hedges(String body) {
        AnalyzedText t = Fixtures.analyze(body);
        List<String> out = new ArrayList<>();
        for (LexiconMatch m : hx.hedgeMatches(t)) {
            out.add(m.matched(body));
        }
        return out;
    }

    @Test
    void modalMayIsAHedge() {
        assertEquals(List.of("may"), hedges("The talks may resume next week."));
    }

    @Test
    void theMonthMayIsNotAHedge() {
        assertEquals(List.of(), hedges("The envoy visited Beijing in May 2024."));
        assertEquals(List.of(), hedges("The summit ended on May 12 with a joint statement."));
        assertEquals(List.of(), hedges("In May, the envoy returned to Moscow."));
        assertEquals(List.of(), hedges("May 2024 was a busy month for the ministry."));
        assertEquals(List.of(), hedges("Talks planned for early May were cancelled."));
        assertEquals(List.of(), hedges("The deadline is May 3rd."));
    }

    @Test
    void theNameMayIsNotAHedge() {
        assertEquals(List.of(), hedges("Prime Minister Theresa May signed the letter."));
    }

    @Test
    void sentenceInitialModalMayIsDecidedByThePosTagger() {
        assertEquals(List.of("May"), hedges("May I ask you a question?"));
    }

    @Test
    void lowerCaseMayBetweenMonthContextAndNumberIsTheMonth() {
        assertEquals(List.of(), hedges("it happened in may 2021 according to the log."));
        assertEquals(List.of("may"), hedges("Prices in may rise."));
    }

    @Test
    void nounMightAndShadowedPhrasesAreNotHedges() {
        assertEquals(List.of("might"), hedges("Officials said they might leave, citing Russia's military might."));
        assertEquals(List.of(), hedges("He visited the capital several times and could not stay."));
        assertEquals(List.of("Several"), hedges("Several diplomats left."));
    }

    @Test
    void featureValuesCountSpansRatesAndSentenceShares() {
        // 4 sentences, 17 words; hedges: "may", "reportedly"; boosters: "clearly"
        String body = "The envoy may arrive soon. He reportedly left Kyiv. The plan clearly failed.\n\nNothing else happened today.";
        Extraction e = hx.extract(Fixtures.article("", "", body), Fixtures.analyze(body));
        assertEquals(List.of("hedges", "hedge_rate", "boosters", "booster_rate", "hedged_sentence_share",
                "boosted_sentence_share"), hx.featureNames());
        assertArrayEquals(new double[] {2, 2000.0 / 17, 1, 1000.0 / 17, 0.5, 0.25}, e.values(), 1e-9);
        assertEquals(3, e.evidence().size());
        Evidence.Term first = (Evidence.Term) e.evidence().get(0);
        assertEquals(new Evidence.Term("hedges", "modal", "may", "may", 10, 13), first);
    }
}
