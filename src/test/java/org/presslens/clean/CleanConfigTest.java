package org.presslens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;

class CleanConfigTest {

    @Test
    void shippedConfigEqualsDefaults() {
        assertEquals(CleanConfig.defaults(), CleanConfig.from(Settings.builtIn()));
    }

    @Test
    void overridesAndUnknownKeys(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, "clean:\n  anchorMinWords: 8\n");
        assertEquals(8, CleanConfig.from(Settings.load(f)).anchorMinWords());
        Files.writeString(f, "clean:\n  anchorWords: 8\n");
        ConfigException e = assertThrows(ConfigException.class, () -> CleanConfig.from(Settings.load(f)));
        assertEquals(f + ": clean: unknown key 'anchorWords' (allowed: anchorMinWords, captionMinWords, "
                + "htmlMinParagraphChars, htmlSiblingRatio, menuItemMaxWords, menuRunMinLines, patterns, "
                + "removeCaptionLikeLines, titleMaxWords, titleMinWords)", e.getMessage());
        Files.writeString(f, "clean:\n  menuRunMinLines: many\n");
        e = assertThrows(ConfigException.class, () -> CleanConfig.from(Settings.load(f)));
        assertEquals(f + ": clean.menuRunMinLines: expected a whole number of at least 1, found 'many'", e.getMessage());
    }

    @Test
    void missingRuleFileIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, "clean:\n  patterns: nope.yaml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> BoilerplateCleaner.fromSettings(Settings.load(f)));
        assertEquals(dir.resolve("nope.yaml") + ": cannot read (named in " + f + "): " + dir.resolve("nope.yaml"),
                e.getMessage());
    }
}
