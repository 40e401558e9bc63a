package org.presslens.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.presslens.core.ConfigException;
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
                          String timeBin, double alpha, List<String> keyFeatures, int maxPairwiseOutlets) {

    private static final Set<String> KEYS = Set.of("min_outlet_articles", "bootstrap_samples", "seed",
            "confidence", "time_bin", "alpha", "key_features", "max_pairwise_outlets");

    public StatsConfig {
        if (minOutletArticles < 2) {
            throw new ConfigException("stats.min_outlet_articles: " + minOutletArticles + " — expected at least 2");
        }
        if (bootstrapSamples < 100) {
            throw new ConfigException("stats.bootstrap_samples: " + bootstrapSamples + " — expected at least 100");
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new ConfigException("stats.confidence: " + confidence + " — expected a level between 0.5 and 1, e.g. 0.95");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new ConfigException("stats.alpha: " + alpha + " — expected a level between 0 and 1, e.g. 0.05");
        }
        timeBin = timeBin.toLowerCase(Locale.ROOT);
        if (!List.of("auto", "week", "month", "quarter", "year").contains(timeBin)) {
            throw new ConfigException("stats.time_bin: '" + timeBin + "' — expected auto, week, month, quarter or year");
        }
        keyFeatures = List.copyOf(keyFeatures);
        if (maxPairwiseOutlets < 2) {
            throw new ConfigException("stats.max_pairwise_outlets: " + maxPairwiseOutlets + " — expected at least 2");
        }
    }

    /** The defaults: 5 articles, 2,000 resamples, seed 20240601, 95 %, auto bins, alpha 0.05, 30 outlets. */
    public static StatsConfig defaults() {
        return new StatsConfig(5, 2000, 20240601L, 0.95, "auto", 0.05, List.of(), 30);
    }

    /** Reads the {@code stats} section; unknown keys and bad values are errors naming the file and key. */
    public static StatsConfig from(Settings settings) {
        JsonNode n = settings.section("stats");
        StatsConfig d = defaults();
        if (n.isMissingNode() || n.isNull()) {
            return d;
        }
        if (!n.isObject()) {
            throw new ConfigException(settings.name() + ": section 'stats' must be a mapping");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!KEYS.contains(key)) {
                throw new ConfigException(settings.name() + ": stats." + key + " is not a setting; expected one of "
                        + KEYS.stream().sorted().toList());
            }
        }
        try {
            List<String> keys = new ArrayList<>();
            JsonNode kf = n.path("key_features");
            if (kf.isArray()) {
                kf.forEach(x -> keys.add(x.asText()));
            } else if (!kf.isMissingNode() && !kf.isNull()) {
                throw new ConfigException(settings.name() + ": stats.key_features must be a list of feature names");
            }
            return new StatsConfig(
                    intValue(settings, n, "min_outlet_articles", d.minOutletArticles()),
                    intValue(settings, n, "bootstrap_samples", d.bootstrapSamples()),
                    n.has("seed") ? longValue(settings, n, "seed") : d.seed(),
                    n.has("confidence") ? doubleValue(settings, n, "confidence") : d.confidence(),
                    n.path("time_bin").asText(d.timeBin()),
                    n.has("alpha") ? doubleValue(settings, n, "alpha") : d.alpha(),
                    keys,
                    intValue(settings, n, "max_pairwise_outlets", d.maxPairwiseOutlets()));
        } catch (ConfigException e) {
            if (e.getMessage().startsWith(settings.name())) {
                throw e;
            }
            throw new ConfigException(settings.name() + ": " + e.getMessage(), e);
        }
    }

    private static int intValue(Settings s, JsonNode n, String key, int def) {
        if (!n.has(key)) {
            return def;
        }
        JsonNode v = n.get(key);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new ConfigException(s.name() + ": stats." + key + ": '" + v.asText() + "' — expected a whole number");
        }
        return v.intValue();
    }

    private static long longValue(Settings s, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (!v.isIntegralNumber()) {
            throw new ConfigException(s.name() + ": stats." + key + ": '" + v.asText() + "' — expected a whole number");
        }
        return v.longValue();
    }

    private static double doubleValue(Settings s, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (!v.isNumber()) {
            throw new ConfigException(s.name() + ": stats." + key + ": '" + v.asText() + "' — expected a number");
        }
        return v.doubleValue();
    }
}
