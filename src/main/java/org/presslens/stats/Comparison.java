package org.presslens.stats;

import java.util.List;

/**
 * Everything compared across outlets in one run: the table it came from, the settings, and the rows of
 * {@code outlets.csv}, {@code tests.csv}, {@code keyness.csv} and {@code timeseries.csv}.
 *
 * @param timeBin {@code week}, {@code month}, {@code quarter} or {@code year} (empty when no article has a date)
 */
public record Comparison(ArticleTable table, StatsConfig config, List<String> features, List<OutletRow> outlets,
                         List<TestRow> tests, List<KeynessRow> keyness, String timeBin, List<TimeRow> timeseries) {
    public Comparison {
        features = List.copyOf(features);
        outlets = List.copyOf(outlets);
        tests = List.copyOf(tests);
        keyness = List.copyOf(keyness);
        timeseries = List.copyOf(timeseries);
    }

    /** Whether an outlet has enough articles to be tested. */
    public boolean tested(String outlet) {
        int o = table.outlets().indexOf(outlet);
        return o >= 0 && table.outletSizes()[o] >= config.minOutletArticles();
    }
}
