package org.presslens.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Log-likelihood keyness (Rayson &amp; Garside 2000): a term seen a times in a target corpus of c words and
 * b times in a reference corpus of d words has E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d) and
 * G² = 2 [a ln(a/E1) + b ln(b/E2)] (a zero count contributes 0); p from chi-square with 1 df.
 * Direction is {@code +} (overuse) when a/c &gt; b/d, else {@code -}. Log ratio (Hardie 2014) is
 * log2((a/c)/(b/d)) with 0.5 added to a zero count.
 */
public final class Keyness {
    private static final ChiSquaredDistribution CHI1 = new ChiSquaredDistribution(null, 1);

    private Keyness() {
    }

    /** G² of counts a (target) and b (reference) with corpus sizes c and d. */
    public static double g2(double a, double b, double c, double d) {
        double e1 = c * (a + b) / (c + d);
        double e2 = d * (a + b) / (c + d);
        double g = 0;
        if (a > 0) {
            g += a * Math.log(a / e1);
        }
        if (b > 0) {
            g += b * Math.log(b / e2);
        }
        return 2 * g;
    }

    /** p-value of a G² value (chi-square, 1 df). */
    public static double p(double g2) {
        return Math.max(0, 1 - CHI1.cumulativeProbability(g2));
    }

    /** {@code +} when the target rate exceeds the reference rate, {@code -} otherwise. */
    public static String direction(double a, double b, double c, double d) {
        return a / c > b / d ? "+" : "-";
    }

    /** log2 of the ratio of relative frequencies, 0.5 added to zero counts. */
    public static double logRatio(double a, double b, double c, double d) {
        double aa = a == 0 ? 0.5 : a;
        double bb = b == 0 ? 0.5 : b;
        return Math.log((aa / c) / (bb / d)) / Math.log(2);
    }
}
