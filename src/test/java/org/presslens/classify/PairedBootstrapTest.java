package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
    private static final LabelScheme BINARY = new LabelScheme(false, List.of("neg", "pos"), ";");

    /** 60 rows in 12 outlets, alternating labels. */
    private static LabelledData data() {
        List<LabelledRow> rows = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String label = i % 2 == 0 ? "pos" : "neg";
            rows.add(new LabelledRow("r" + i, "t", "line " + i, "o" + (i % 12), new double[0], "", label));
            labels.add(List.of(label));
        }
        return LabelledData.of(rows, labels, BINARY);
    }

    /** Scores that get the first {@code right} rows right and the rest wrong. */
    private static PairedBootstrap.Scores scores(LabelledData data, int right) {
        double[][] p = new double[data.size()][];
        for (int i = 0; i < p.length; i++) {
            boolean pos = data.labels().get(i).contains("pos") == (i < right);
            p[i] = pos ? new double[] {0.2, 0.8} : new double[] {0.8, 0.2};
        }
        DecisionRule[] rules = new DecisionRule[p.length];
        Arrays.fill(rules, DecisionRule.defaults(BINARY));
        return new PairedBootstrap.Scores(p, rules);
    }

    @Test
    void identicalModelsDifferByNothing() {
        LabelledData d = data();
        PairedBootstrap.Interval i = PairedBootstrap.difference(d, scores(d, 40), scores(d, 40), "macro_f1", 200, 0.95, 1);
        assertEquals(new PairedBootstrap.Interval(0, 0, 0, 12), i);
    }

    @Test
    void aClearlyBetterModelHasAnIntervalAboveZeroAndTheSameSeedGivesTheSameInterval() {
        LabelledData d = data();
        PairedBootstrap.Scores perfect = scores(d, 60);
        PairedBootstrap.Scores half = scores(d, 30);
        PairedBootstrap.Interval i = PairedBootstrap.difference(d, perfect, half, "accuracy", 500, 0.95, 7);
        assertEquals(0.5, i.difference(), 1e-12);
        assertTrue(i.low() > 0 && i.low() <= 0.5 && i.high() >= 0.5, i.toString());
        assertEquals(i, PairedBootstrap.difference(d, perfect, half, "accuracy", 500, 0.95, 7));
        PairedBootstrap.Interval reverse = PairedBootstrap.difference(d, half, perfect, "accuracy", 500, 0.95, 7);
        assertEquals(-0.5, reverse.difference(), 1e-12);
        assertTrue(reverse.high() < 0, reverse.toString());
    }
}
