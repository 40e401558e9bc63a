package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.features.hedging.HedgeCue;
import org.presslens.features.hedging.HedgeCueModel;
import org.presslens.features.hedging.HedgeFinder;

class HedgingExtractorTest {
    private static final FeatureContext CTX = Fixtures.builtInContext();
    private final HedgingExtractor lexiconOnly = new HedgingExtractor(
            new HedgeFinder(CTX.lexicon("hedges"), CTX.lexicon("boosters"), null, 0));

    @Test
    void featureValuesCountSpansRatesAndSentenceShares() {
        // 4 sentences, 17 words; hedges: "may", "reportedly"; boosters: "clearly"
        String body = "The envoy may arrive soon. He reportedly left Kyiv. The plan clearly failed.\n\nNothing else happened today.";
        Extraction e = lexiconOnly.extract(Fixtures.article("", "", body), Fixtures.analyze(body));
        assertEquals(List.of("hedges", "hedge_rate", "boosters", "booster_rate", "hedged_sentence_share",
                "boosted_sentence_share"), lexiconOnly.featureNames());
        assertArrayEquals(new double[] {2, 2000.0 / 17, 1, 1000.0 / 17, 0.5, 0.25}, e.values(), 1e-9);
        assertEquals(List.of(new Evidence.Term("hedges", "modal", "may", "may", 10, 13),
                new Evidence.Term("hedges", "epistemic_adverb", "reportedly", "reportedly", 30, 40),
                new Evidence.Term("boosters", "booster", "clearly", "clearly", 61, 68)), e.evidence());
    }

    @Test
    void evidenceTermsAreEntriesWithoutOperators() {
        String body = "The data suggests a rumoured deal.";
        List<Evidence> ev = lexiconOnly.extract(Fixtures.article("", "", body), Fixtures.analyze(body)).evidence();
        assertEquals(List.of(new Evidence.Term("hedges", "epistemic_verb", "suggest", "suggests", 9, 17),
                new Evidence.Term("hedges", "epistemic_adjective", "rumour", "rumoured", 20, 28)), ev);
    }

    @Test
    void theBuiltInModelCountsCandidatesFromItsCutOffAndScoresTheirEvidence() {
        HedgingExtractor hx = new HedgingExtractor(CTX);
        HedgeCueModel model = HedgeCueModel.builtIn();
        assertEquals("hedge_model=" + model.sha256() + ";hedge_cutoff=" + String.format(java.util.Locale.ROOT, "%.4f",
                model.cutoff()), hx.configDigest());
        String body = "Some critics say the deal may collapse. Many people believe it was widely considered a failure. "
                + "The envoy could not attend several meetings. It is believed that most of the ministers left.";
        var text = Fixtures.analyze(body);
        List<HedgeCue> all = hx.finder().find(text).candidates();
        List<HedgeCue> counted = all.stream().filter(HedgeCue::counted).toList();
        assertTrue(all.size() > counted.size() && !counted.isEmpty(), all.toString());
        for (HedgeCue c : all) {
            assertEquals(c.score() >= model.cutoff(), c.counted(), c.toString());
        }
        Extraction e = hx.extract(Fixtures.article("", "", body), text);
        List<Evidence.Term> hedgeRows = e.evidence().stream().map(Evidence.Term.class::cast)
                .filter(t -> t.lexicon().equals("hedges")).toList();
        assertEquals(counted.stream().map(c -> Evidence.Term.of("hedges", c.match(), body, c.score())).toList(), hedgeRows);
        assertEquals(counted.stream().map(c -> c.match().start()).distinct().count(), (long) e.values()[0]);
    }

    @Test
    void optionsChooseNoModelOrAnotherCutOff(@TempDir Path dir) throws Exception {
        HedgingExtractor none = new HedgingExtractor(context(dir, "features:\n  hedging:\n    hedge_model: none\n"));
        assertEquals("hedge_model=none", none.configDigest());
        HedgingExtractor zero = new HedgingExtractor(context(dir, "features:\n  hedging:\n    hedge_cutoff: 0\n"));
        String body = "Some officials may leave.";
        assertEquals(none.hedges(Fixtures.analyze(body)).stream().map(HedgeCue::match).toList(),
                zero.hedges(Fixtures.analyze(body)).stream().map(HedgeCue::match).toList());
        ConfigException bad = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> new HedgingExtractor(context(dir, "features:\n  hedging:\n    hedge_model: mine\n")));
        assertTrue(bad.getMessage().contains("hedge_model"), bad.getMessage());
    }

    private static FeatureContext context(Path dir, String yaml) throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return new FeatureContext(Settings.load(f), List.of());
    }
}
