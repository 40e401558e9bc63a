package org.presslens.features.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.presslens.core.Settings;
import org.presslens.features.Evidence;
import org.presslens.features.FeatureContext;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;

/** One quotes.csv row per utterance: interrupted and continued quotations are one quotation, counted once. */
class QuoteUtterancesTest {
    private static TextAnalyzer textAnalyzer;
    private static SourcingAnalyzer analyzer;
    private static QuotesExtractor extractor;

    @BeforeAll
    static void load() {
        textAnalyzer = new TextAnalyzer(NlpModels.load());
        FeatureContext ctx = new FeatureContext(Settings.builtIn(), List.of());
        analyzer = SourcingAnalyzer.fromContext(ctx);
        extractor = new QuotesExtractor(analyzer);
    }

    /** kind|start|end|segments|speaker|cue, one per quotation. */
    private static List<String> rows(String body) {
        List<String> out = new ArrayList<>();
        for (Quote q : analyzer.analyze(textAnalyzer.analyze(body)).quotes()) {
            out.add(q.kind().label() + "|" + q.start() + "|" + q.end() + "|" + q.segmentList() + "|" + q.speaker() + "|"
                    + q.cue());
        }
        return out;
    }

    @Test
    void aQuotationInterruptedByItsCueAfterACommaIsOneRow() {
        String body = "“We will win,” Ana Ruiz said, “and nobody will stop us.”";
        assertEquals(List.of("direct|0|56|1-13;31-55|Ana Ruiz|said"), rows(body));
    }

    @Test
    void aQuotationInterruptedByItsCueBetweenSentencesIsOneRow() {
        String body = "“We will win.” Ana Ruiz said. “Nobody will stop us now.” “Not this year, not ever.”";
        assertEquals(List.of("direct|0|83|1-13;31-55;58-82|Ana Ruiz|said"), rows(body));
    }

    @Test
    void aQuotationTheMarksContinueIntoTheNextParagraphIsOneRow() {
        String body = "“We will talk to everyone first.\n\n“Then we decide what to do,” Ana Ruiz said.";
        // the opening mark of the second paragraph is not quoted text
        assertEquals(List.of("direct|0|62|1-32;35-61|Ana Ruiz|said"), rows(body));
    }

    @Test
    void quotationsInSeparateParagraphsAreSeparateRowsWithOneSpeaker() {
        String body = "“We will talk to everyone first,” Ana Ruiz said.\n\n“Then we decide what to do.”";
        assertEquals(List.of("direct|0|33|1-32|Ana Ruiz|said", "direct|50|78|51-77|Ana Ruiz|said"), rows(body));
    }

    @Test
    void partialQuotationsOfOneSentenceStaySeparate() {
        String body = "Ana Ruiz hoped the visit would “open a new chapter” and “end the long dispute.”";
        assertEquals(List.of("partial|31|51|32-50|Ana Ruiz|hoped", "partial|56|79|57-78|Ana Ruiz|hoped"), rows(body));
    }

    @Test
    void quoteFeaturesCountUtterancesAndTheirWordsOnce() {
        // 16 words: 3 + 6 quoted (in one utterance), 7 outside, one of them a term quote
        String body = "“We will win,” Ana Ruiz said, “and nobody will stop us now.” She called it 'historic'.";
        AnalyzedText t = textAnalyzer.analyze(body);
        assertEquals(16, t.wordCount());
        // count, rate, direct, partial, block, terms, word_share, named_speakers, attributed_share
        assertArrayEquals(new double[] {1, 1000.0 / 16, 1, 0, 0, 1, 9 / 16.0, 1, 1.0},
                extractor.extract(null, t).values(), 1e-9);
        Evidence.Quote row = (Evidence.Quote) extractor.extract(null, t).evidence().get(0);
        assertEquals(new Evidence.Quote("direct", "Ana Ruiz", "said", "We will win, … and nobody will stop us now.", 0,
                60, "1-13;31-59"), row);
    }
}
