package org.presslens.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded percentile bootstrap of the mean. Each call draws {@code samples} resamples of the values with
 * replacement from a {@link SplittableRandom} seeded by the run seed mixed with a caller-given key (the
 * outlet and measure), so intervals do not depend on the order in which they are computed.
 * Cost: samples × n draws per interval (two per 64-bit random number) (2,000 × 100,000 articles = 2·10⁸ draws per measure).
 * The interval's ends are the (1−c)/2 and (1+c)/2 quantiles of the resampled means, by linear
 * interpolation between order statistics (R's type 7), selected rather than sorted.
 */
public final class Bootstrap {
    private final int samples;
    private final double confidence;
    private final long seed;

    /** A bootstrap with the given number of resamples, confidence level and seed. */
    public Bootstrap(int samples, double confidence, long seed) {
        this.samples = samples;
        this.confidence = confidence;
        this.seed = seed;
    }

    /** Confidence interval of the mean: {low, high}; NaN for no values. */
    public double[] meanInterval(double[] values, String key) {
        int n = values.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ mix(key));
        double[] means = new double[samples];
        for (int b = 0; b < samples; b++) {
            double s = 0;
            int i = 0;
            while (i < n) {
                // two draws per 64 random bits, index = floor(u32 × n / 2³²) (bias below n / 2³², negligible)
                long r = rnd.nextLong();
                s += values[(int) (((r >>> 32) * n) >>> 32)];
                if (++i < n) {
                    s += values[(int) (((r & 0xffffffffL) * n) >>> 32)];
                    i++;
                }
            }
            means[b] = s / n;
        }
        double alpha = (1 - confidence) / 2;
        return quantiles(means, alpha, 1 - alpha);
    }

    /**
     * The type-7 quantiles {@code q1 <= q2} of {@code values} (reordered in place), as {@link #quantile} gives them
     * on the sorted values, bit for bit: the four order statistics they need are selected (quickselect) instead of
     * sorting all values. Values with a NaN or a −0.0, which {@code <} does not order as the sort does, are sorted.
     */
    static double[] quantiles(double[] values, double q1, double q2) {
        int n = values.length;
        double h1 = (n - 1) * q1;
        double h2 = (n - 1) * q2;
        int lo1 = (int) Math.floor(h1);
        int lo2 = (int) Math.floor(h2);
        boolean plain = lo1 <= lo2;
        for (int i = 0; i < n && plain; i++) {
            plain = !Double.isNaN(values[i]) && Double.doubleToRawLongBits(values[i]) != NEGATIVE_ZERO;
        }
        if (!plain) {
            Arrays.sort(values);
            return new double[] {quantile(values, q1), quantile(values, q2)};
        }
        int hi1 = Math.min(lo1 + 1, n - 1);
        int hi2 = Math.min(lo2 + 1, n - 1);
        select(values, 0, n - 1, lo2); // [0, lo2) <= values[lo2] <= (lo2, n)
        double vLo2 = values[lo2];
        double vHi2 = hi2 == lo2 ? vLo2 : min(values, lo2 + 1, n);
        double vLo1 = vLo2;
        double vHi1 = vLo2;
        if (lo1 < lo2) {
            select(values, 0, lo2 - 1, lo1);
            vLo1 = values[lo1];
            vHi1 = hi1 == lo2 ? vLo2 : min(values, lo1 + 1, lo2);
        } else if (hi1 == lo1) {
            vHi1 = vLo1;
        } else {
            vHi1 = vHi2;
        }
        return new double[] {vLo1 + (h1 - lo1) * (vHi1 - vLo1), vLo2 + (h2 - lo2) * (vHi2 - vLo2)};
    }

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private static double min(double[] a, int from, int to) {
        double m = a[from];
        for (int i = from + 1; i < to; i++) {
            if (a[i] < m) {
                m = a[i];
            }
        }
        return m;
    }

    /** Reorders {@code a[lo, hi]} so that {@code a[k]} is its k-th smallest, smaller before it and larger after. */
    private static void select(double[] a, int lo, int hi, int k) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return; // a[k] equals the pivot, and so does everything between j and i
            }
        }
        for (int i = lo + 1; i <= hi; i++) { // insertion sort of the short rest
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** Type-7 quantile of sorted values. */
    public static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static long mix(String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
