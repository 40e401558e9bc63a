package org.presslens.features.attribution;

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
import org.presslens.features.FeatureContext;

class SourcingConfigTest {
    @TempDir
    Path dir;

    private FeatureContext context(String cuesYaml) throws IOException {
        Files.writeString(dir.resolve("cues.yaml"), cuesYaml, StandardCharsets.UTF_8);
        Path config = dir.resolve("presslens.yaml");
        Files.writeString(config, "features:\n  lexicons:\n    attribution_cues: cues.yaml\n", StandardCharsets.UTF_8);
        return new FeatureContext(Settings.load(config), List.of());
    }

    @Test
    void cueLexiconWithoutARequiredCategoryIsAnError() throws IOException {
        FeatureContext ctx = context("name: my-cues\ncategories:\n  speech: [said]\n  vague: [reportedly]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SourcingAnalyzer.fromContext(ctx));
        assertTrue(e.getMessage().equals("lexicon 'my-cues' (features.lexicons.attribution_cues): category "
                + "'according' missing (expected speech, cognition, according, statement, vague, credit)"),
                e.getMessage());
    }

    @Test
    void cueLexiconThatDoesNotParseNamesFileAndLine() throws IOException {
        FeatureContext ctx = context("name: my-cues\ncategories:\n  speech: [said\n  vague: [reportedly]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SourcingAnalyzer.fromContext(ctx));
        assertTrue(e.getMessage().contains("cues.yaml line "), e.getMessage());
    }
}
