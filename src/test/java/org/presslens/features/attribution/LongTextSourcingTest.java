package org.presslens.features.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.presslens.core.Article;
import org.presslens.core.Settings;
import org.presslens.features.Evidence;
import org.presslens.features.FeatureContext;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;

/**
 * Quotations and attributions of texts full of quote marks and cues take time and memory linear in the text: each
 * quotation used to scan every attribution before it, and each cue's evidence row copied its whole sentence.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
class LongTextSourcingTest {
    private static TextAnalyzer text;
    private static SourcingAnalyzer analyzer;

    @BeforeAll
    static void load() {
        text = new TextAnalyzer(NlpModels.load());
        analyzer = SourcingAnalyzer.fromContext(new FeatureContext(Settings.builtIn(), List.of()));
    }

    @Test
    void manyAttributedQuotationsInOneParagraph() {
        int n = 200_000; // 3.2 megabytes of quotations and cues; used to take minutes
        SourcingAnalyzer.Result r = analyzer.analyze(text.analyze("\"Yes,\" he said. ".repeat(n)));
        assertEquals(n, r.quotes().size());
        assertEquals(n, r.attributions().size());
        assertTrue(r.quotes().stream().allMatch(q -> q.cue().equals("said")));
    }

    @Test
    void manyCuesInOneSentenceShareBoundedContexts() {
        int n = 40_000; // one sentence of 800,000 characters: every row used to hold all of it (32 GB)
        AnalyzedText t = text.analyze("\"Yes,\" he said, \"no\" ".repeat(n) + ".");
        List<Evidence> ev = new AttributionExtractor(analyzer).extract(
                new Article("a", "s", "", "", "", "", "", "", t.body(), List.of(), 0, java.util.Map.of()), t).evidence();
        assertEquals(n, ev.size());
        for (Evidence e : ev) {
            String sentence = ((Evidence.Attribution) e).sentence();
            assertTrue(sentence.length() <= SentenceContext.WINDOW + 2, "context of " + sentence.length() + " characters");
        }
    }

    @Test
    void unclosedSingleMarksAndCuesAfterLongGaps() {
        int n = 200_000;
        assertEquals(0, analyzer.analyze(text.analyze("'a ".repeat(n) + ".")).quotes().size());
        // one cue, then a long run of spaces and commas before each of many quotations
        SourcingAnalyzer.Result r = analyzer.analyze(text.analyze("Smith said" + ", ".repeat(n) + "\"a b c d e\" ".repeat(1000)));
        assertEquals(1000, r.quotes().size());
    }
}
