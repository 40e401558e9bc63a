package org.presslens.stats;

import java.util.List;
import java.util.Locale;
import org.presslens.core.ConfigException;
import org.presslens.core.ConfigSection;
import org.presslens.core.Settings;

/**
 * Settings of the {@code stats} section of the configuration.
 *
 * @param minOutletArticles outlets with fewer articles are reported but not tested (default 5)
 * @param bootstrapSamples  bootstrap resamples per outlet and measure (default 2,000)
 * @param seed              seed of the bootstrap; each (outlet, measure) derives its own stream from it
 * @param confidence        confidence level of the bootstrap intervals (default 0.95)
 * @param timeBin           {@code auto} (week up to 120 days of dates, month up to three years, else
 *                          quarter), {@code week}, {@code month}, {@code quarter} or {@code year}
 * @param alpha             significance level used to pick "significant" results in the report (default 0.05)
 * @param keyFeatures       features to chart by outlet; empty = chosen automatically, one per family
 * @param maxPairwiseOutlets pairwise tests only between this many largest tested outlets (default 30:
 *                          435 pairs per feature; 453 outlets would give 102,378)
 */
public record StatsConfig(int minOutletArticles, int bootstrapSamples, long seed, double confidence,
                          String timeBin, double alpha, List<String> keyFeatures, int maxPairwiseOutlets)
        implements java.io.Serializable {
    /** The values of {@code time_bin}. */
    public static final List<String> TIME_BINS = List.of("auto", "week", "month", "quarter", "year");

    public StatsConfig {
        timeBin = timeBin.toLowerCase(Locale.ROOT);
        keyFeatures = List.copyOf(keyFeatures);
    }

    /** The defaults: 5 articles, 2,000 resamples, seed 20240601, 95 %, auto bins, alpha 0.05, 30 outlets. */
    public static StatsConfig defaults() {
        return new StatsConfig(5, 2000, 20240601L, 0.95, "auto", 0.05, List.of(), 30);
    }

    /** Reads the {@code stats} section over the defaults; unknown keys and bad values are errors naming the file and key. */
    public static StatsConfig from(Settings settings) {
        ConfigSection s = ConfigSection.of(settings, "stats");
        StatsConfig d = defaults();
        StatsConfig c = new StatsConfig(
                s.integer("min_outlet_articles", d.minOutletArticles(), 2, Integer.MAX_VALUE),
                s.integer("bootstrap_samples", d.bootstrapSamples(), 100, Integer.MAX_VALUE),
                s.whole("seed", d.seed()),
                s.number("confidence", d.confidence(), "a level between 0.5 and 1 (exclusive), e.g. 0.95",
                        v -> v > 0.5 && v < 1),
                s.choice("time_bin", d.timeBin(), TIME_BINS),
                s.number("alpha", d.alpha(), "a level between 0 and 1 (exclusive), e.g. 0.05", v -> v > 0 && v < 1),
                s.texts("key_features", d.keyFeatures(), "feature names"),
                s.integer("max_pairwise_outlets", d.maxPairwiseOutlets(), 2, Integer.MAX_VALUE));
        s.checkKeys();
        return c;
    }

    /**
     * Checks {@code key_features} against the features a run has (or will have).
     *
     * @param configName how messages name the configuration
     * @param features   the feature columns
     * @throws ConfigException naming the first unknown feature and the features of its family (or all features)
     */
    public void requireKeyFeatures(String configName, List<String> features) {
        for (String k : keyFeatures) {
            if (!features.contains(k)) {
                int dot = k.indexOf('.');
                List<String> family = dot < 0 ? List.of()
                        : features.stream().filter(f -> f.startsWith(k.substring(0, dot + 1))).toList();
                throw new ConfigException(configName + ": stats.key_features: unknown feature '" + k + "' ("
                        + (family.isEmpty() ? "features: " + String.join(", ", features)
                        : k.substring(0, dot) + " features: " + String.join(", ", family)) + ")");
            }
        }
    }
}
