package org.presslens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.testing.ConfigFiles;

class StatsConfigTest {
    @TempDir
    Path dir;

    private Settings settings(String yaml) throws IOException {
        return ConfigFiles.settings(dir, yaml);
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
    void everyBadValueIsOneLineNamingTheFileKeyAndRange() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("min_outlet_articles: 1", "stats.min_outlet_articles: expected a whole number of at least 2, found 1");
        cases.put("bootstrap_samples: 1.5", "stats.bootstrap_samples: expected a whole number of at least 100, found 1.5");
        cases.put("bootstrap_samples: 99", "stats.bootstrap_samples: expected a whole number of at least 100, found 99");
        cases.put("seed: abc", "stats.seed: expected a whole number, found 'abc'");
        cases.put("confidence: 1", "stats.confidence: expected a level between 0.5 and 1 (exclusive), e.g. 0.95, found 1");
        cases.put("time_bin: fortnight", "stats.time_bin: expected one of auto, week, month, quarter, year, found 'fortnight'");
        cases.put("alpha: 0", "stats.alpha: expected a level between 0 and 1 (exclusive), e.g. 0.05, found 0");
        cases.put("max_pairwise_outlets: 1", "stats.max_pairwise_outlets: expected a whole number of at least 2, found 1");
        cases.put("key_features: hedging.rate", "stats.key_features: expected a list of feature names, found 'hedging.rate'");
        cases.put("key_features: [1]", "stats.key_features: expected a list of feature names, found 1");
        cases.put("bootstrap: 100", "stats: unknown key 'bootstrap' (allowed: alpha, bootstrap_samples, confidence, "
                + "key_features, max_pairwise_outlets, min_outlet_articles, seed, time_bin)");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Settings s = settings("stats:\n  " + c.getKey() + "\n");
            ConfigException e = assertThrows(ConfigException.class, () -> StatsConfig.from(s), c.getKey());
            assertEquals(dir.resolve("presslens.yaml") + ": " + c.getValue(), e.getMessage());
        }
        ConfigException e = assertThrows(ConfigException.class, () -> StatsConfig.from(settings("stats: [1]\n")));
        assertEquals(dir.resolve("presslens.yaml") + ": stats: expected a mapping of keys, found a list", e.getMessage());
    }

    @Test
    void keyFeaturesMustNameFeaturesOfTheRun() throws Exception {
        StatsConfig c = StatsConfig.from(settings("stats:\n  key_features: [hedging.hedge_rate, hedging.rate]\n"));
        List<String> features = List.of("words", "hedging.hedges", "hedging.hedge_rate", "framing.conflict");
        ConfigException e = assertThrows(ConfigException.class, () -> c.requireKeyFeatures("p.yaml", features));
        assertEquals("p.yaml: stats.key_features: unknown feature 'hedging.rate' (hedging features: hedging.hedges, "
                + "hedging.hedge_rate)", e.getMessage());
        StatsConfig other = StatsConfig.from(settings("stats:\n  key_features: [sentiment]\n"));
        e = assertThrows(ConfigException.class, () -> other.requireKeyFeatures("p.yaml", features));
        assertEquals("p.yaml: stats.key_features: unknown feature 'sentiment' (features: words, hedging.hedges, "
                + "hedging.hedge_rate, framing.conflict)", e.getMessage());
        StatsConfig.from(settings("stats:\n  key_features: [words, framing.conflict]\n")).requireKeyFeatures("p.yaml",
                features);
    }
}
