package org.presslens.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Min-max scaling of the numeric features to [0, 1] on the training rows, for learners whose penalty depends on
 * the scale of their inputs ({@code liblinear}): x' = (x - min) / (max - min), 0 for a feature constant in
 * training; values outside the training range fall outside [0, 1]; missing values stay missing. Fitted on the
 * training rows only (in cross-validation, on each training fold) and kept in provenance. TF-IDF weights are
 * already on a comparable scale and are not touched.
 *
 * @param min per feature, its least training value
 * @param max per feature, its greatest training value
 */
public record FeatureScaling(List<Double> min, List<Double> max) {
    public FeatureScaling {
        min = List.copyOf(min);
        max = List.copyOf(max);
        if (min.size() != max.size()) {
            throw new IllegalArgumentException("feature scaling: " + min.size() + " minima for " + max.size()
                    + " maxima");
        }
    }

    /** The scaling fitted on rows of {@code numFeatures} features. */
    public static FeatureScaling fit(List<LabelledRow> rows, int numFeatures) {
        List<Double> lo = new ArrayList<>(numFeatures);
        List<Double> hi = new ArrayList<>(numFeatures);
        for (int f = 0; f < numFeatures; f++) {
            double a = Double.POSITIVE_INFINITY;
            double b = Double.NEGATIVE_INFINITY;
            for (LabelledRow r : rows) {
                double v = r.features()[f];
                if (!Double.isNaN(v)) {
                    a = Math.min(a, v);
                    b = Math.max(b, v);
                }
            }
            lo.add(Double.isInfinite(a) ? 0 : a);
            hi.add(Double.isInfinite(b) ? 0 : b);
        }
        return new FeatureScaling(lo, hi);
    }

    /** A row with its features scaled (the same row when it has no features). */
    public LabelledRow apply(LabelledRow r) {
        if (min.isEmpty()) {
            return r;
        }
        if (r.features().length != min.size()) {
            throw new IllegalArgumentException(r.where() + ": " + r.features().length + " feature values, expected "
                    + min.size());
        }
        double[] f = new double[min.size()];
        for (int i = 0; i < f.length; i++) {
            double v = r.features()[i];
            double range = max.get(i) - min.get(i);
            f[i] = Double.isNaN(v) ? v : range > 0 ? (v - min.get(i)) / range : 0;
        }
        return new LabelledRow(r.id(), r.source(), r.record(), r.outlet(), f, r.text(), r.label());
    }

    /** Rows with their features scaled. */
    public List<LabelledRow> apply(List<LabelledRow> rows) {
        List<LabelledRow> out = new ArrayList<>(rows.size());
        for (LabelledRow r : rows) {
            out.add(apply(r));
        }
        return out;
    }

    /** Whether a learner gets scaled features: {@code liblinear}. */
    static boolean wanted(TrainingConfig config) {
        return "liblinear".equals(config.classifier().name());
    }
}
