package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.Settings;
import org.presslens.testing.ConfigFiles;

/** Per-extractor hashes: what a model binds to, so that unrelated changes leave it usable. */
class ExtractorHashTest {
    @TempDir
    Path dir;

    private Settings config(String yaml) throws IOException {
        return ConfigFiles.settings(dir, yaml);
    }

    private static Map<String, String> builtIn() {
        return new FeaturePipeline(Settings.builtIn()).extractorHashes();
    }

    @Test
    void everyExtractorHasAStableHash() {
        Map<String, String> a = builtIn();
        assertEquals(List.of("hedging", "framing", "reliability", "attribution", "quotes"), List.copyOf(a.keySet()));
        assertEquals(a, builtIn());
        a.values().forEach(h -> assertEquals(64, h.length()));
    }

    @Test
    void aDictionaryAddsItsOwnExtractorAndLeavesTheOthersAlone() throws IOException {
        Path dic = dir.resolve("Mini.dic");
        Files.writeString(dic, "%\n1 posemo\n%\ngood 1\n");
        FeaturePipeline p = new FeaturePipeline(Settings.builtIn(), List.of(dic));
        Map<String, String> base = builtIn();
        base.forEach((id, h) -> assertEquals(h, p.extractorHashes().get(id), id));
        assertTrue(p.extractorHashes().containsKey("dic"));
        assertNotEquals(new FeaturePipeline(Settings.builtIn()).featureSetHash(), p.featureSetHash());
        Files.writeString(dic, "%\n1 posemo\n%\ngreat 1\n");
        assertNotEquals(p.extractorHashes().get("dic"),
                new FeaturePipeline(Settings.builtIn(), List.of(dic)).extractorHashes().get("dic"));
    }

    @Test
    void aLexiconOrOptionChangesOnlyTheExtractorThatUsesIt() throws IOException {
        Map<String, String> base = builtIn();
        Files.writeString(dir.resolve("h.yaml"), "name: hedges\nversion: 9\ncategories:\n  modal: [may]\n");
        Map<String, String> hedges = new FeaturePipeline(config("features:\n  lexicons:\n    hedges: h.yaml\n"))
                .extractorHashes();
        assertNotEquals(base.get("hedging"), hedges.get("hedging"));
        for (String other : List.of("framing", "reliability", "attribution", "quotes")) {
            assertEquals(base.get(other), hedges.get(other), other);
        }
        Map<String, String> option = new FeaturePipeline(
                config("features:\n  reliability:\n    repetition_threshold: 0.5\n")).extractorHashes();
        assertNotEquals(base.get("reliability"), option.get("reliability"));
        assertEquals(base.get("hedging"), option.get("hedging"));
        Map<String, String> only = new FeaturePipeline(config("features:\n  extractors: [hedging]\n"))
                .extractorHashes();
        assertEquals(Map.of("hedging", base.get("hedging")), only);
        assertFalse(only.containsKey("quotes"));
    }
}
