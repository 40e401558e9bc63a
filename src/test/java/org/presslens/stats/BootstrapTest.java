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
}
