package org.presslens.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The feature summaries of one outlet, self-contained so that it can run anywhere (a worker thread, a Spark task):
 * for each feature its n, mean, median, standard deviation and seeded bootstrap interval of the mean, keyed by outlet
 * and feature, so that the rows do not depend on where or in which order outlets are summarised.
 *
 * @param outlet   the outlet
 * @param articles its articles
 * @param status   {@code tested} or why not
 * @param features feature names, in column order
 * @param values   the outlet's values of each feature (missing values left out)
 * @param config   the statistics settings (resamples, confidence, seed)
 */
public record OutletFeatureSummary(String outlet, int articles, String status, List<String> features,
                                   double[][] values, StatsConfig config) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The rows of every feature, in feature order. */
    public List<OutletRow> rows() {
        List<OutletRow> out = new ArrayList<>(features.size());
        for (int f = 0; f < features.size(); f++) {
            out.add(row(f));
        }
        return out;
    }

    /** The row of feature {@code f}. */
    OutletRow row(int f) {
        Bootstrap boot = new Bootstrap(config.bootstrapSamples(), config.confidence(), config.seed());
        double[] v = values[f];
        String feature = features.get(f);
        double mean = v.length == 0 ? Double.NaN : Arrays.stream(v).sum() / v.length;
        double median = v.length == 0 ? Double.NaN : new Median().evaluate(v);
        double sd = v.length < 2 ? Double.NaN : new StandardDeviation(true).evaluate(v);
        double[] ci = boot.meanInterval(v, outlet + "\u0000" + feature);
        return new OutletRow(outlet, articles, status, OutletRow.FEATURE, feature, "", v.length, mean, median, sd,
                ci[0], ci[1], -1);
    }
}
