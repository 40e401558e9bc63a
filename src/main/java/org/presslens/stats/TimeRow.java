package org.presslens.stats;

import java.time.LocalDate;

/**
 * One row of {@code timeseries.csv}: an outlet in one week or month, its article count and the mean of
 * every feature over those articles (NaN when no article has the feature), in the order of
 * {@link Comparison#features()}.
 */
public record TimeRow(String outlet, String period, LocalDate periodStart, int articles, double[] means) {
}
