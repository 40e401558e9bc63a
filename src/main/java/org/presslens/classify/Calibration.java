package org.presslens.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Platt scaling of a model's probabilities, fitted on held-out probabilities (the inner split that also tunes the
 * decision cut-offs, {@link Fitting#fit}): per class or label, p' = 1 / (1 + exp(-(a · logit(p) + b))), with
 * {@code a}, {@code b} minimising the log loss against Platt's smoothed targets ((n+ + 1) / (n+ + 2) for the rows
 * with the class, 1 / (n- + 2) for the others) by Newton's method. Single-label: each class one-versus-rest, then
 * renormalised to sum to 1 (two classes: the second class scaled, the first its complement). Identity: a = 1,
 * b = 0. Probabilities are clipped to [1e-6, 1 - 1e-6] before the logit.
 *
 * @param a per class or label, the slope on the logit
 * @param b per class or label, the intercept
 */
public record Calibration(List<Double> a, List<Double> b) {
    private static final double EPS = 1e-6;

    public Calibration {
        a = List.copyOf(a);
        b = List.copyOf(b);
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("calibration: " + a.size() + " slopes for " + b.size() + " intercepts");
        }
    }

    /**
     * Fits the scaling.
     *
     * @param p      held-out probabilities per row, per class or label
     * @param actual whether each row has each class or label
     */
    public static Calibration fit(double[][] p, boolean[][] actual) {
        int k = p.length == 0 ? 0 : p[0].length;
        List<Double> as = new ArrayList<>();
        List<Double> bs = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double[] z = new double[p.length];
            boolean[] y = new boolean[p.length];
            for (int i = 0; i < p.length; i++) {
                z[i] = logit(p[i][c]);
                y[i] = actual[i][c];
            }
            double[] ab = platt(z, y);
            as.add(ab[0]);
            bs.add(ab[1]);
        }
        return new Calibration(as, bs);
    }

    /** Calibrated probabilities of one row. */
    public double[] apply(double[] p, boolean multiLabel) {
        double[] out = new double[p.length];
        if (!multiLabel && p.length == 2) {
            out[1] = scale(p[1], 1);
            out[0] = 1 - out[1];
            return out;
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            out[c] = scale(p[c], c);
            sum += out[c];
        }
        if (!multiLabel && sum > 0) {
            for (int c = 0; c < p.length; c++) {
                out[c] /= sum;
            }
        }
        return out;
    }

    private double scale(double p, int c) {
        return sigmoid(a.get(c) * logit(p) + b.get(c));
    }

    static double logit(double p) {
        double q = Math.min(1 - EPS, Math.max(EPS, p));
        return Math.log(q / (1 - q));
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** Slope and intercept minimising the log loss of sigmoid(a z + b) against Platt's smoothed targets. */
    static double[] platt(double[] z, boolean[] y) {
        int pos = 0;
        for (boolean v : y) {
            pos += v ? 1 : 0;
        }
        int neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return new double[] {1, 0};
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 1;
        double b = 0;
        for (int it = 0; it < 100; it++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < z.length; i++) {
                double q = sigmoid(a * z[i] + b);
                double d = q - (y[i] ? hi : lo);
                double w = q * (1 - q);
                ga += d * z[i];
                gb += d;
                haa += w * z[i] * z[i];
                hab += w * z[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-18) {
                break;
            }
            double da = Math.max(-5, Math.min(5, (hbb * ga - hab * gb) / det));
            double db = Math.max(-5, Math.min(5, (haa * gb - hab * ga) / det));
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
                break;
            }
        }
        return Double.isFinite(a) && Double.isFinite(b) ? new double[] {a, b} : new double[] {1, 0};
    }
}
