package org.presslens.stats;

import java.time.LocalDate;

/**
 * One row of {@code timeseries.csv}: an outlet in one period, its article count and, for every feature in the
 * order of {@link Comparison#features()}, the mean over those articles (NaN when no article has the feature), the
 * sample standard deviation (NaN below two values) and the number of articles with a value. {@code timeseries.csv}
 * holds the counts and means; the spread serves the interval band of the time-series charts.
 */
public record TimeRow(String outlet, String period, LocalDate periodStart, int articles, double[] means,
                      double[] sds, int[] ns) {
    /** Half-width of the normal-approximation 95 % interval of feature {@code f}'s mean (NaN below two values). */
    public double halfWidth95(int f) {
        return ns[f] < 2 ? Double.NaN : 1.959963984540054 * sds[f] / Math.sqrt(ns[f]);
    }
}
