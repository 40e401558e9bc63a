package org.presslens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;

class StatsConfigTest {
    @TempDir
    Path dir;

    private Settings settings(String yaml) throws Exception {
        Path f = dir.resolve("presslens.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return Settings.load(f);
    }

    @Test
    void builtInConfigGivesTheDefaults() {
        assertEquals(StatsConfig.defaults(), StatsConfig.from(Settings.builtIn()));
    }

    @Test
    void readsEveryKey() throws Exception {
        StatsConfig c = StatsConfig.from(settings("""
                stats:
                  min_outlet_articles: 10
                  bootstrap_samples: 500
                  seed: 7
                  confidence: 0.9
                  time_bin: Month
                  alpha: 0.01
                  max_pairwise_outlets: 4
                  key_features: [hedging.rate]
                """));
        assertEquals(new StatsConfig(10, 500, 7, 0.9, "month", 0.01, List.of("hedging.rate"), 4), c);
    }

    @Test
    void badValuesNameTheFileAndKey() throws Exception {
        ConfigException e = assertThrows(ConfigException.class,
                () -> StatsConfig.from(settings("stats:\n  time_bin: fortnight\n")));
        assertTrue(e.getMessage().contains("presslens.yaml: stats.time_bin: 'fortnight' — expected auto, week,"),
                e.getMessage());
        e = assertThrows(ConfigException.class, () -> StatsConfig.from(settings("stats:\n  bootstrap_samples: 1.5\n")));
        assertTrue(e.getMessage().contains("stats.bootstrap_samples: '1.5' — expected a whole number"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> StatsConfig.from(settings("stats:\n  min_outlet_articles: 1\n")));
        assertTrue(e.getMessage().contains("stats.min_outlet_articles: 1 — expected at least 2"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> StatsConfig.from(settings("stats:\n  minimum: 3\n")));
        assertTrue(e.getMessage().contains("stats.minimum is not a setting"), e.getMessage());
    }
}
