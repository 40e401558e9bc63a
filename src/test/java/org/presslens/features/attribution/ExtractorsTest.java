package org.presslens.features.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.presslens.core.Settings;
import org.presslens.features.Evidence;
import org.presslens.features.Extraction;
import org.presslens.features.FeatureContext;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;

class ExtractorsTest {
    private static TextAnalyzer textAnalyzer;
    private static AttributionExtractor attribution;
    private static QuotesExtractor quotes;

    /** 4 sentences, 34 word tokens. */
    private static final String BODY = "Officials said the border would stay closed. \"We will not open it this year,\" "
            + "said Maria Lopez, the interior minister.\n\nThe plan reportedly has a 'no limits' clause. Lopez added "
            + "that talks would resume.";

    @BeforeAll
    static void load() {
        textAnalyzer = new TextAnalyzer(NlpModels.load());
        FeatureContext ctx = new FeatureContext(Settings.builtIn(), List.of());
        attribution = new AttributionExtractor(ctx);
        quotes = new QuotesExtractor(ctx);
    }

    @Test
    void attributionFeaturesAndEvidence() {
        AnalyzedText t = textAnalyzer.analyze(BODY);
        assertEquals(4, t.sentences().size());
        assertEquals(34, t.wordCount());
        assertEquals(List.of("cues", "density", "sentence_share", "anonymous_share", "vague_share", "named",
                "anonymous", "vague", "agency", "other"), attribution.featureNames());
        Extraction x = attribution.extract(null, t);
        // said (anonymous), said (named), reportedly (vague), added (named)
        assertArrayEquals(new double[] {4, 4000.0 / 34, 1.0, 0.25, 0.25, 2, 1, 1, 0, 0}, x.values(), 1e-9);
        Evidence.Attribution e = (Evidence.Attribution) x.evidence().get(1);
        assertEquals(new Evidence.Attribution("named", "Maria Lopez", "said", BODY.indexOf("said M"),
                BODY.indexOf("said M") + 4,
                "\"We will not open it this year,\" said Maria Lopez, the interior minister.", "lexicon", e.score()), e);
        assertTrue(e.score() > 0.5 && e.score() <= 1, "the cue model scores a lexicon cue: " + e.score());
    }

    @Test
    void quoteFeaturesAndEvidence() {
        AnalyzedText t = textAnalyzer.analyze(BODY);
        assertEquals(List.of("count", "rate", "direct", "partial", "block", "terms", "word_share", "named_speakers",
                "attributed_share"), quotes.featureNames());
        Extraction x = quotes.extract(null, t);
        // one direct quotation of 7 words (We will not open it this year) and one term quote
        assertArrayEquals(new double[] {1, 1000.0 / 34, 1, 0, 0, 1, 7 / 34.0, 1, 1.0}, x.values(), 1e-9);
        assertEquals(List.of(new Evidence.Quote("direct", "Maria Lopez", "said", "We will not open it this year,",
                BODY.indexOf('"'), BODY.indexOf(",\"") + 2, "46-76"), new Evidence.Quote("term", "", "", "no limits",
                BODY.indexOf("'no"), BODY.indexOf("s'") + 2, "147-156")), x.evidence());
        assertEquals(45, BODY.indexOf('"'));
    }

    @Test
    void bothExtractorsShareOneAnalysis() {
        AnalyzedText t = textAnalyzer.analyze(BODY);
        SourcingAnalyzer.Result a = attribution.analyzerForTest().analyze(t);
        SourcingAnalyzer.Result b = quotes.analyzerForTest().analyze(t);
        assertEquals(true, a == b);
    }

    @Test
    void speakerKeyIgnoresFirstNames() {
        assertEquals("blinken", QuotesExtractor.speakerKey("Antony Blinken"));
        assertEquals("blinken", QuotesExtractor.speakerKey("Blinken"));
    }
}
