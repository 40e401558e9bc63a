package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.text.TextAnalyzer;

class FeaturePipelineTest {
    @TempDir
    Path dir;

    private Settings config(String yaml) throws IOException {
        Path f = dir.resolve("presslens.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return Settings.load(f);
    }

    @Test
    void builtInPipelineNamesAndStableHash() {
        FeaturePipeline a = new FeaturePipeline(Settings.builtIn());
        FeaturePipeline b = new FeaturePipeline(Settings.builtIn());
        assertEquals(62, a.featureNames().size());
        assertTrue(a.featureNames().contains("attribution.density"));
        assertTrue(a.featureNames().contains("quotes.named_speakers"));
        assertEquals("hedging.hedges", a.featureNames().get(0));
        assertTrue(a.featureNames().contains("framing.partnership"));
        assertTrue(a.featureNames().contains("reliability.self_repetition"));
        assertEquals(a.featureSetHash(), b.featureSetHash());
        assertEquals(64, a.featureSetHash().length());
    }

    @Test
    void hashChangesWithOptionsAndExtractorsButNotWithFileSpellingOfTheSameDefaults() throws IOException {
        String base = new FeaturePipeline(Settings.builtIn()).featureSetHash();
        assertEquals(base, new FeaturePipeline(config("features: {}\n")).featureSetHash());
        assertEquals(base, new FeaturePipeline(config("features:\n  reliability:\n    repetition_threshold: 0.4\n"))
                .featureSetHash());
        assertNotEquals(base, new FeaturePipeline(config("features:\n  reliability:\n    repetition_threshold: 0.5\n"))
                .featureSetHash());
        FeaturePipeline hedgingOnly = new FeaturePipeline(config("features:\n  extractors: [hedging]\n"));
        assertEquals(6, hedgingOnly.featureNames().size());
        assertNotEquals(base, hedgingOnly.featureSetHash());
    }

    @Test
    void userLexiconChangesTheHash() throws IOException {
        Files.writeString(dir.resolve("h.yaml"), "name: hedges\nversion: 9\ncategories:\n  modal: [may]\n");
        FeaturePipeline p = new FeaturePipeline(config("features:\n  lexicons:\n    hedges: h.yaml\n"));
        assertNotEquals(new FeaturePipeline(Settings.builtIn()).featureSetHash(), p.featureSetHash());
        assertTrue(p.lexiconHashes().containsKey("hedges:hedges"));
    }

    @Test
    void dictionariesBecomeFeatures() throws IOException {
        Path dic = dir.resolve("Mini-Dict.dic");
        Files.writeString(dic, "%\n1 posemo\n2 negemo\n%\ngood 1\nbad* 2\n");
        FeaturePipeline p = new FeaturePipeline(config("features:\n  extractors: [hedging]\n"), List.of(dic));
        assertEquals(List.of("dic.mini_dict.posemo", "dic.mini_dict.negemo"), p.featureNames().subList(6, 8));
        Scored s = p.score(Fixtures.article("", "", "A good day, a badly run meeting."),
                new TextAnalyzer(Fixtures.MODELS));
        assertEquals(7, s.words());
        assertEquals(1000.0 / 7, s.value(6), 1e-9);
        assertEquals(1000.0 / 7, s.value(7), 1e-9);
    }

    @Test
    void configurationErrorsNameTheProblem() throws IOException {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new FeaturePipeline(config("features:\n  extractors: [hedging, sentiment]\n")));
        assertTrue(e.getMessage().endsWith("features.extractors: unknown extractor 'sentiment' (expected one of "
                + "hedging, framing, reliability, attribution, quotes)"), e.getMessage());
        ConfigException e2 = assertThrows(ConfigException.class,
                () -> new FeaturePipeline(config("features:\n  reliability:\n    repetition_threshold: 2\n")));
        assertTrue(e2.getMessage().endsWith("features.reliability.repetition_threshold: expected a number from 0.01 to 1, "
                + "found 2"),
                e2.getMessage());
        Files.writeString(dir.resolve("bad.dic"), "%\n1 posemo\n%\ngood 1\nbad 3\n");
        ConfigException e3 = assertThrows(ConfigException.class,
                () -> new FeaturePipeline(Settings.builtIn(), List.of(dir.resolve("bad.dic"))));
        assertTrue(e3.getMessage().endsWith("bad.dic line 5: category id 3 of 'bad' is not in the header (ids: [1])"),
                e3.getMessage());
    }
}
