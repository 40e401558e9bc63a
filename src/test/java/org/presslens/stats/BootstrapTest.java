package org.presslens.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    @Test
    void quantileIsType7() {
        // numpy.percentile([1,2,3,4,10], [2.5, 97.5]) = [1.1, 9.4]
        double[] s = {1, 2, 3, 4, 10};
        assertEquals(1.1, Bootstrap.quantile(s, 0.025), 1e-12);
        assertEquals(9.4, Bootstrap.quantile(s, 0.975), 1e-12);
    }

    @Test
    void seededAndKeyed() {
        double[] v = {1, 5, 2, 8, 3, 3, 9, 0, 4, 6};
        Bootstrap b = new Bootstrap(2000, 0.95, 7);
        assertArrayEquals(b.meanInterval(v, "x"), new Bootstrap(2000, 0.95, 7).meanInterval(v, "x"), 0);
        assertTrue(!Arrays.equals(b.meanInterval(v, "x"), b.meanInterval(v, "y")));
    }

    @Test
    void constantValuesGiveAPointInterval() {
        assertArrayEquals(new double[] {2.5, 2.5},
                new Bootstrap(500, 0.95, 1).meanInterval(new double[] {2.5, 2.5, 2.5}, "k"), 0);
    }

    @Test
    void intervalOfALargeNormalSampleIsCloseToTheTheoreticalOne() {
        // 400 values from N(10, 2): the 95 % interval of the mean has half-width ≈ 1.96 × 2 / 20 = 0.196
        java.util.Random r = new java.util.Random(3);
        double[] v = new double[400];
        for (int i = 0; i < v.length; i++) {
            v[i] = 10 + 2 * r.nextGaussian();
        }
        double mean = Arrays.stream(v).average().orElseThrow();
        double[] ci = new Bootstrap(4000, 0.95, 11).meanInterval(v, "n");
        assertTrue(ci[0] < mean && mean < ci[1]);
        assertEquals(0.196, (ci[1] - ci[0]) / 2, 0.02);
    }

    @Test
    void selectedQuantilesAreTheSortedOnesBitForBit() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        double[] qs = {0.0, 0.005, 0.025, 0.05, 0.1, 0.25, 0.5};
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + rnd.nextInt(trial % 2 == 0 ? 40 : 2500);
            int levels = 1 + rnd.nextInt(trial % 3 == 0 ? 4 : 1000);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                int l = rnd.nextInt(levels);
                v[i] = switch (trial % 7) {
                    case 5 -> l == 0 ? -0.0 : l * 0.1; // −0.0 and 0.0: sorted, not selected
                    case 6 -> l == 1 ? Double.NaN : l / 7.0;
                    default -> (l - levels / 2.0) / 3.0;
                };
            }
            double q = qs[trial % qs.length];
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double[] got = Bootstrap.quantiles(v.clone(), q, 1 - q);
            assertEquals(Double.doubleToLongBits(Bootstrap.quantile(sorted, q)), Double.doubleToLongBits(got[0]),
                    "low, trial " + trial);
            assertEquals(Double.doubleToLongBits(Bootstrap.quantile(sorted, 1 - q)), Double.doubleToLongBits(got[1]),
                    "high, trial " + trial);
        }
    }
}
