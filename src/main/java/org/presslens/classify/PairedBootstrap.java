package org.presslens.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.presslens.stats.Bootstrap;

/**
 * Confidence interval of the difference in a metric between two models scored on the same rows, by a paired
 * cluster bootstrap: each resample draws as many groups (outlets; a row without an outlet is a group of its
 * own) as there are, with replacement, takes all their rows, and computes the metric of both models on that
 * sample; the interval's ends are percentiles (type 7) of the differences. Resampling outlets rather than
 * articles keeps the interval honest when articles of one outlet are alike (labels that come from the outlet
 * above all).
 */
public final class PairedBootstrap {

    /**
     * The observed difference (model A minus model B) and its interval.
     *
     * @param difference metric of A minus metric of B on all rows
     * @param low        lower end
     * @param high       upper end
     * @param groups     groups resampled (outlets, and rows without an outlet)
     */
    public record Interval(double difference, double low, double high, int groups) {
    }

    /** One model's scores: probabilities and the decision rule of each row. */
    public record Scores(double[][] probabilities, DecisionRule[] rules) {
    }

    private PairedBootstrap() {
    }

    /**
     * The interval.
     *
     * @param metric     a key of {@link Metrics#values()}, e.g. {@code macro_f1}
     * @param resamples  number of resamples, e.g. 1,000
     * @param confidence e.g. 0.95
     */
    public static Interval difference(LabelledData data, Scores a, Scores b, String metric, int resamples,
                                      double confidence, long seed) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            String outlet = data.rows().get(i).outlet();
            groups.computeIfAbsent(outlet.isEmpty() ? "\u0000row" + i : outlet, k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> members = new ArrayList<>(groups.values());
        int[] all = java.util.stream.IntStream.range(0, data.size()).toArray();
        double observed = metric(data, a, all, metric) - metric(data, b, all, metric);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] diffs = new double[resamples];
        for (int s = 0; s < resamples; s++) {
            List<Integer> rows = new ArrayList<>(data.size());
            for (int g = 0; g < members.size(); g++) {
                rows.addAll(members.get(rnd.nextInt(members.size())));
            }
            int[] idx = rows.stream().mapToInt(Integer::intValue).toArray();
            diffs[s] = metric(data, a, idx, metric) - metric(data, b, idx, metric);
        }
        Arrays.sort(diffs);
        double alpha = (1 - confidence) / 2;
        return new Interval(observed, Bootstrap.quantile(diffs, alpha), Bootstrap.quantile(diffs, 1 - alpha),
                members.size());
    }

    private static double metric(LabelledData data, Scores s, int[] idx, String metric) {
        List<List<String>> labels = new ArrayList<>(idx.length);
        double[][] p = new double[idx.length][];
        DecisionRule[] r = new DecisionRule[idx.length];
        for (int j = 0; j < idx.length; j++) {
            labels.add(data.labels().get(idx[j]));
            p[j] = s.probabilities()[idx[j]];
            r[j] = s.rules()[idx[j]];
        }
        return CrossValidator.metrics(data.scheme(), labels, p, r).get(metric);
    }
}
