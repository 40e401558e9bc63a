package org.presslens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected G² computed in Python from Rayson's formula with math.log; p from scipy.stats.chi2.sf(g, 1). */
class KeynessTest {
    @Test
    void g2MatchesIndependentComputation() {
        double g = Keyness.g2(30, 20, 10000, 40000);
        assertEquals(38.19085009768877, g, 1e-10);
        assertEquals(6.415253756771529e-10, Keyness.p(g), 1e-16);
        assertEquals("+", Keyness.direction(30, 20, 10000, 40000));
        // log2((30/10000)/(20/40000)) = log2(6)
        assertEquals(Math.log(6) / Math.log(2), Keyness.logRatio(30, 20, 10000, 40000), 1e-12);
    }

    @Test
    void zeroCountInTargetContributesNothing() {
        assertEquals(5.355445231541035, Keyness.g2(0, 12, 10000, 40000), 1e-10);
        assertEquals("-", Keyness.direction(0, 12, 10000, 40000));
        // 0 → 0.5: log2((0.5/10000)/(12/40000)) = log2(1/6)
        assertEquals(-Math.log(6) / Math.log(2), Keyness.logRatio(0, 12, 10000, 40000), 1e-12);
    }

    @Test
    void equalRatesGiveZero() {
        assertEquals(0, Keyness.g2(10, 40, 1000, 4000), 1e-12);
    }
}
