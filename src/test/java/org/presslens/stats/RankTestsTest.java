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
