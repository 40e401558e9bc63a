package org.presslens.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected values computed independently with scipy 1.10 (Debian python3-scipy):
 * {@code scipy.stats.kruskal(...)}, {@code scipy.stats.mannwhitneyu(x, y, alternative="two-sided",
 * method="asymptotic", use_continuity=True)}; Cliff's delta by brute force over all pairs in Python;
 * Holm by hand.
 */
class RankTestsTest {
    static final double[] A = {2.9, 3.0, 2.5, 2.6, 3.2};
    static final double[] B = {3.8, 2.7, 4.0, 2.4};
    static final double[] C = {2.8, 3.4, 3.7, 2.2, 2.0};
    static final double[] X = {0, 0, 0, 1.5, 2, 2};
    static final double[] Y = {0, 1.5, 3, 3, 4};
    static final double[] Z = {0, 0, 0, 0, 2.5};

    @Test
    void kruskalWallisWithoutTiesMatchesScipy() {
        RankTests.KruskalWallis kw = RankTests.kruskalWallis(List.of(A, B, C));
        assertEquals(0.7714285714285722, kw.h(), 1e-12);
        assertEquals(2, kw.df());
        assertEquals(0.6799647735788936, kw.p(), 1e-10);
        assertEquals(14, kw.n());
    }

    @Test
    void kruskalWallisWithTiesMatchesScipy() {
        RankTests.KruskalWallis kw = RankTests.kruskalWallis(List.of(X, Y, Z));
        assertEquals(4.303541315345713, kw.h(), 1e-12);
        assertEquals(0.11627808670027252, kw.p(), 1e-10);
        // epsilon² = H / (n - 1), n = 16
        assertEquals(4.303541315345713 / 15, kw.epsilonSquared(), 1e-12);
    }

    @Test
    void kruskalWallisAllTiedIsUndefined() {
        RankTests.KruskalWallis kw = RankTests.kruskalWallis(List.of(new double[] {1, 1}, new double[] {1, 1, 1}));
        assertTrue(Double.isNaN(kw.h()));
        assertTrue(Double.isNaN(kw.p()));
    }

    @Test
    void mannWhitneyWithTiesMatchesScipy() {
        RankTests.MannWhitney mw = RankTests.mannWhitney(X, Y);
        assertEquals(7.0, mw.u(), 1e-12);
        assertEquals(0.15805326141621479, mw.p(), 1e-10);
        assertEquals(-0.5333333333333333, mw.cliffsDelta(), 1e-12);
    }

    @Test
    void mannWhitneyWithoutTiesMatchesScipy() {
        RankTests.MannWhitney mw = RankTests.mannWhitney(A, B);
        assertEquals(8.0, mw.u(), 1e-12);
        assertEquals(0.7133031738784577, mw.p(), 1e-10);
        assertEquals(-0.2, mw.cliffsDelta(), 1e-12);
        // swapping the samples flips the direction, not the p-value
        RankTests.MannWhitney back = RankTests.mannWhitney(B, A);
        assertEquals(12.0, back.u(), 1e-12);
        assertEquals(0.2, back.cliffsDelta(), 1e-12);
        assertEquals(mw.p(), back.p(), 1e-15);
    }

    /** The pooled-ranking Mann–Whitney the merge replaced (Commons Math ranks of the pooled sample). */
    private static RankTests.MannWhitney pooled(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        double[] ranks = new org.apache.commons.math3.stat.ranking.NaturalRanking(
                org.apache.commons.math3.stat.ranking.NaNStrategy.FAILED,
                org.apache.commons.math3.stat.ranking.TiesStrategy.AVERAGE).rank(all);
        double r1 = 0;
        for (int i = 0; i < a.length; i++) {
            r1 += ranks[i];
        }
        double u1 = r1 - a.length * (a.length + 1.0) / 2;
        double nn = (double) a.length * b.length;
        double n = a.length + b.length;
        double var = nn / 12 * ((n + 1) - RankTests.tieSum(all) / (n * (n - 1)));
        if (!(var > 0)) {
            return new RankTests.MannWhitney(u1, Double.NaN, Double.NaN, 0);
        }
        double z = (Math.max(u1, nn - u1) - nn / 2 - 0.5) / Math.sqrt(var);
        double p = 2 * (1 - new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
                .cumulativeProbability(z));
        return new RankTests.MannWhitney(u1, z, Math.max(0, Math.min(1, p)), 2 * u1 / nn - 1);
    }

    @Test
    void theMergedMannWhitneyIsThePooledRankingsBitForBit() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int trial = 0; trial < 400; trial++) {
            int n1 = 1 + rnd.nextInt(trial < 200 ? 12 : 3000);
            int n2 = 1 + rnd.nextInt(trial < 200 ? 12 : 3000);
            int levels = 1 + rnd.nextInt(trial % 3 == 0 ? 3 : 200); // mostly tied, as rare framing rates are
            double[] a = new double[n1];
            double[] b = new double[n2];
            for (double[] x : new double[][] {a, b}) {
                for (int i = 0; i < x.length; i++) {
                    int l = rnd.nextInt(levels);
                    x[i] = l == 0 && rnd.nextBoolean() ? -0.0 : l * 0.37;
                }
            }
            RankTests.MannWhitney want = pooled(a, b);
            RankTests.MannWhitney got = RankTests.mannWhitney(a, b);
            assertEquals(want.u(), got.u(), 0.0, "U, trial " + trial);
            assertEquals(want.z(), got.z(), 0.0, "z, trial " + trial);
            assertEquals(want.p(), got.p(), 0.0, "p, trial " + trial);
            assertEquals(want.cliffsDelta(), got.cliffsDelta(), 0.0, "delta, trial " + trial);
        }
    }

    /** The pooled-ranking Kruskal–Wallis the sorted-pool ranks replaced (Commons Math ranks of the pooled sample). */
    private static RankTests.KruskalWallis pooledKruskalWallis(List<double[]> groups) {
        int n = groups.stream().mapToInt(g -> g.length).sum();
        double[] all = new double[n];
        int pos = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, pos, g.length);
            pos += g.length;
        }
        double[] ranks = new org.apache.commons.math3.stat.ranking.NaturalRanking(
                org.apache.commons.math3.stat.ranking.NaNStrategy.FAILED,
                org.apache.commons.math3.stat.ranking.TiesStrategy.AVERAGE).rank(all);
        double sum = 0;
        pos = 0;
        for (double[] g : groups) {
            double r = 0;
            for (int i = 0; i < g.length; i++) {
                r += ranks[pos + i];
            }
            pos += g.length;
            sum += r * r / g.length;
        }
        double nn = n;
        double h = 12.0 / (nn * (nn + 1)) * sum - 3 * (nn + 1);
        double c = 1 - RankTests.tieSum(all) / (nn * nn * nn - nn);
        int df = groups.size() - 1;
        if (c <= 0) {
            return new RankTests.KruskalWallis(Double.NaN, df, Double.NaN, Double.NaN, n);
        }
        h /= c;
        double p = new org.apache.commons.math3.distribution.ChiSquaredDistribution(null, df).cumulativeProbability(h);
        return new RankTests.KruskalWallis(h, df, Math.max(0, Math.min(1, 1 - p)), h / (nn - 1), n);
    }

    @Test
    void kruskalWallisIsThePooledRankingsBitForBit() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        for (int trial = 0; trial < 300; trial++) {
            int k = 2 + rnd.nextInt(trial < 150 ? 4 : 40);
            int levels = 1 + rnd.nextInt(trial % 3 == 0 ? 3 : 300);
            List<double[]> groups = new java.util.ArrayList<>();
            for (int g = 0; g < k; g++) {
                double[] x = new double[1 + rnd.nextInt(trial < 150 ? 10 : 2000)];
                for (int i = 0; i < x.length; i++) {
                    int l = rnd.nextInt(levels);
                    x[i] = l == 0 && rnd.nextBoolean() ? -0.0 : l * 0.37 - 3;
                }
                groups.add(x);
            }
            RankTests.KruskalWallis want = pooledKruskalWallis(groups);
            RankTests.KruskalWallis got = RankTests.kruskalWallis(groups);
            assertEquals(want.h(), got.h(), 0.0, "H, trial " + trial);
            assertEquals(want.p(), got.p(), 0.0, "p, trial " + trial);
            assertEquals(want.epsilonSquared(), got.epsilonSquared(), 0.0, "epsilon², trial " + trial);
            assertEquals(want.df(), got.df(), "df, trial " + trial);
            assertEquals(want.n(), got.n(), "n, trial " + trial);
        }
    }

    @Test
    void kruskalWallisRefusesNaNAsTheRankingDoes() {
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.commons.math3.exception.NotANumberException.class,
                () -> RankTests.kruskalWallis(List.of(new double[] {1, Double.NaN}, new double[] {2})));
    }

    @Test
    void holmByHand() {
        // sorted: 0.005×4 = 0.02, 0.01×3 = 0.03, 0.03×2 = 0.06, 0.04×1 = 0.04 → running max 0.06
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02},
                RankTests.holm(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-15);
        double[] withNaN = RankTests.holm(new double[] {0.01, Double.NaN, 0.04, 0.9});
        assertEquals(0.03, withNaN[0], 1e-15);
        assertTrue(Double.isNaN(withNaN[1]));
        assertEquals(0.08, withNaN[2], 1e-15);
        assertEquals(0.9, withNaN[3], 1e-15);
        assertArrayEquals(new double[] {1.0}, RankTests.holm(new double[] {1.0}), 0);
    }

    @Test
    void tieSum() {
        // X has ties of sizes 3 (0) and 2 (2): (27-3) + (8-2) = 30
        assertEquals(30, RankTests.tieSum(X), 0);
    }
}
