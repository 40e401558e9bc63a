package org.presslens.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How class probabilities become labels, by one cut-off per class or label.
 *
 * <p>Multi-label: a label is predicted when its probability is at least its cut-off (default 0.5).
 * Single-label: the predicted class maximises probability / cut-off (default: equal cut-offs, i.e. the most
 * probable class; ties go to the first class); with two classes and cut-offs {@code 1-t} and {@code t}, the
 * second class is predicted exactly when its probability exceeds {@code t}.
 *
 * <p>{@link #tune} picks cut-offs from out-of-fold probabilities of the training rows, by a {@link Tuning}:
 * for multi-label, {@link Tuning#SHARED} one cut-off for all labels that maximises micro-F1, or
 * {@link Tuning#PER_LABEL} per label the cut-off that maximises that label's F1; for two classes (either
 * tuning) the {@code t} that maximises macro-F1. The candidates are 0.05, 0.06, ..., 0.95, ties going to the
 * candidate nearest the default. More than two classes keep the default.
 *
 * @param cutoffs one cut-off per class or label, in scheme order
 */
public record DecisionRule(double[] cutoffs) {
    /** How cut-offs are tuned. */
    public enum Tuning {
        /** The default rule. */
        NONE("none"),
        /** Multi-label: one cut-off shared by all labels, maximising micro-F1. */
        SHARED("shared"),
        /** Multi-label: each label's own cut-off, maximising its F1 (favours macro-F1 and rare labels). */
        PER_LABEL("per-label"),
        /**
         * Each label's own cut-off (two classes: the second class's), maximising its F1 (two classes: macro-F1)
         * among the cut-offs whose predicted rate lies within {@value DecisionRule#RATE_TOLERANCE} of the label's
         * rate in the training rows; when none does, the cut-off whose predicted rate is nearest.
         */
        RATE("rate");

        private final String option;

        Tuning(String option) {
            this.option = option;
        }

        /** The command-line spelling. */
        public String option() {
            return option;
        }

        /** The tuning named on the command line ({@code none}, {@code shared}, {@code per-label}). */
        public static Tuning parse(String s) {
            for (Tuning t : values()) {
                if (t.option.equals(s)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown cut-off tuning '" + s
                    + "' (expected shared, per-label, rate or none)");
        }
    }

    /** How far a label's predicted rate may lie from its training rate under {@link Tuning#RATE}. */
    public static final double RATE_TOLERANCE = 0.10;
    private static final double LOW = 0.05;
    private static final double HIGH = 0.95;
    private static final double STEP = 0.01;

    public DecisionRule {
        cutoffs = cutoffs.clone();
        for (double c : cutoffs) {
            if (!(c > 0 && c < 1)) {
                throw new IllegalArgumentException("decision cut-offs must lie strictly between 0 and 1, got " + c);
            }
        }
    }

    /** The default rule: 0.5 per label (multi-label), the most probable class (single-label). */
    public static DecisionRule defaults(LabelScheme scheme) {
        int k = scheme.labels().size();
        double[] c = new double[k];
        java.util.Arrays.fill(c, scheme.multiLabel() ? 0.5 : 1.0 / k);
        return new DecisionRule(c);
    }

    /** The rule stored in provenance (label or class to cut-off), or the default when none is stored. */
    public static DecisionRule of(LabelScheme scheme, Map<String, Double> stored) {
        if (stored == null || stored.isEmpty()) {
            return defaults(scheme);
        }
        double[] c = new double[scheme.labels().size()];
        for (int i = 0; i < c.length; i++) {
            Double v = stored.get(scheme.labels().get(i));
            if (v == null) {
                throw new IllegalArgumentException("decision cut-offs " + stored.keySet() + " do not name '"
                        + scheme.labels().get(i) + "'");
            }
            c[i] = v;
        }
        return new DecisionRule(c);
    }

    /** Cut-offs by class or label, for provenance. */
    public Map<String, Double> toMap(LabelScheme scheme) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < cutoffs.length; i++) {
            m.put(scheme.labels().get(i), Math.round(cutoffs[i] * 1e4) / 1e4);
        }
        return m;
    }

    /** Index of the predicted class (single-label). */
    public int predictClass(double[] probabilities) {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] / cutoffs[c] > probabilities[best] / cutoffs[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Which labels are predicted (multi-label). */
    public boolean[] predictLabels(double[] probabilities) {
        boolean[] out = new boolean[probabilities.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = probabilities[c] >= cutoffs[c];
        }
        return out;
    }

    /**
     * Tunes the cut-offs on out-of-fold probabilities.
     *
     * @param scheme        the label scheme
     * @param labels        actual labels of each row
     * @param probabilities out-of-fold probabilities of each row, in scheme order
     * @param tuning        how (multi-label)
     */
    public static DecisionRule tune(LabelScheme scheme, List<List<String>> labels, double[][] probabilities,
                                    Tuning tuning) {
        List<String> names = scheme.labels();
        DecisionRule rule = defaults(scheme);
        if (tuning == Tuning.NONE) {
            return rule;
        }
        if (scheme.multiLabel()) {
            double[] c = rule.cutoffs();
            if (tuning == Tuning.SHARED) {
                java.util.Arrays.fill(c, best(0.5, t -> microF1(labels, probabilities, names, t)));
                return new DecisionRule(c);
            }
            for (int l = 0; l < names.size(); l++) {
                int label = l;
                java.util.function.DoubleUnaryOperator f1 = t -> labelF1(labels, probabilities, names.get(label), label, t);
                if (tuning == Tuning.RATE) {
                    double rate = rate(labels, names.get(l));
                    c[l] = bestNearRate(rate, f1, t -> predictedRate(probabilities, p -> p[label] >= t));
                } else {
                    c[l] = best(0.5, f1);
                }
            }
            return new DecisionRule(c);
        }
        if (names.size() != 2) {
            return rule;
        }
        java.util.function.DoubleUnaryOperator macro = x -> binaryMacroF1(labels, probabilities, names.get(1), x);
        double t = tuning == Tuning.RATE
                ? bestNearRate(rate(labels, names.get(1)), macro,
                        x -> predictedRate(probabilities, p -> p[1] / x > p[0] / (1 - x)))
                : best(0.5, macro);
        return new DecisionRule(new double[] {1 - t, t});
    }

    /** Share of rows carrying a label. */
    private static double rate(List<List<String>> labels, String name) {
        long n = labels.stream().filter(ls -> ls.contains(name)).count();
        return labels.isEmpty() ? 0 : n / (double) labels.size();
    }

    /** Share of rows a decision predicts. */
    private static double predictedRate(double[][] p, java.util.function.Predicate<double[]> predicted) {
        long n = java.util.Arrays.stream(p).filter(predicted).count();
        return p.length == 0 ? 0 : n / (double) p.length;
    }

    /**
     * The candidate with the best score among those whose predicted rate lies within {@link #RATE_TOLERANCE} of
     * {@code rate} (ties to the one nearest 0.5), or, when none does, the one whose predicted rate is nearest.
     */
    private static double bestNearRate(double rate, java.util.function.DoubleUnaryOperator score,
                                       java.util.function.DoubleUnaryOperator predictedRate) {
        double bestT = Double.NaN;
        double bestScore = Double.NEGATIVE_INFINITY;
        double nearestT = 0.5;
        double nearestGap = Double.POSITIVE_INFINITY;
        int steps = (int) Math.round((HIGH - LOW) / STEP);
        for (int i = 0; i <= steps; i++) {
            double t = Math.round((LOW + i * STEP) * 100) / 100.0;
            double gap = Math.abs(predictedRate.applyAsDouble(t) - rate);
            if (gap < nearestGap - 1e-12 || (Math.abs(gap - nearestGap) <= 1e-12
                    && Math.abs(t - 0.5) < Math.abs(nearestT - 0.5))) {
                nearestT = t;
                nearestGap = gap;
            }
            if (gap > RATE_TOLERANCE + 1e-12) {
                continue;
            }
            double s = score.applyAsDouble(t);
            if (s > bestScore + 1e-12 || (Math.abs(s - bestScore) <= 1e-12
                    && Math.abs(t - 0.5) < Math.abs(bestT - 0.5))) {
                bestT = t;
                bestScore = s;
            }
        }
        return Double.isNaN(bestT) ? nearestT : bestT;
    }

    private static double best(double preferred, java.util.function.DoubleUnaryOperator score) {
        double bestT = preferred;
        double bestScore = score.applyAsDouble(preferred);
        int steps = (int) Math.round((HIGH - LOW) / STEP);
        for (int i = 0; i <= steps; i++) {
            double t = Math.round((LOW + i * STEP) * 100) / 100.0;
            double s = score.applyAsDouble(t);
            if (s > bestScore + 1e-12 || (Math.abs(s - bestScore) <= 1e-12
                    && Math.abs(t - preferred) < Math.abs(bestT - preferred))) {
                bestT = t;
                bestScore = s;
            }
        }
        return bestT;
    }

    private static double microF1(List<List<String>> labels, double[][] p, List<String> names, double t) {
        long tp = 0;
        long wrong = 0;
        for (int i = 0; i < p.length; i++) {
            for (int l = 0; l < names.size(); l++) {
                boolean actual = labels.get(i).contains(names.get(l));
                boolean predicted = p[i][l] >= t;
                tp += actual && predicted ? 1 : 0;
                wrong += actual != predicted ? 1 : 0;
            }
        }
        return Metrics.f1(tp, wrong, 0);
    }

    private static double labelF1(List<List<String>> labels, double[][] p, String name, int index, double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean actual = labels.get(i).contains(name);
            boolean predicted = p[i][index] >= t;
            tp += actual && predicted ? 1 : 0;
            fp += !actual && predicted ? 1 : 0;
            fn += actual && !predicted ? 1 : 0;
        }
        return Metrics.f1(tp, fp, fn);
    }

    private static double binaryMacroF1(List<List<String>> labels, double[][] p, String second, double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean actual = labels.get(i).get(0).equals(second);
            boolean predicted = p[i][1] / t > p[i][0] / (1 - t); // as predictClass
            tp += actual && predicted ? 1 : 0;
            fp += !actual && predicted ? 1 : 0;
            fn += actual && !predicted ? 1 : 0;
            tn += !actual && !predicted ? 1 : 0;
        }
        return (Metrics.f1(tn, fn, fp) + Metrics.f1(tp, fp, fn)) / 2;
    }
}
