package org.presslens.stats;

/**
 * One row of {@code outlets.csv}: an outlet's summary of one feature ({@code kind = feature}) or the share
 * of its articles a model gave one label ({@code kind = label}, {@code mean} = share, {@code count} =
 * articles with the label, {@code n} = articles with a prediction; median and sd are NaN).
 *
 * @param status {@code tested}, or why the outlet is not tested (too few articles)
 */
public record OutletRow(String outlet, int articles, String status, String kind, String measure, String label,
                        int n, double mean, double median, double sd, double ciLow, double ciHigh, int count)
        implements java.io.Serializable {
    /** Kind of a feature row. */
    public static final String FEATURE = "feature";
    /** Kind of a label-share row. */
    public static final String LABEL = "label";
}
