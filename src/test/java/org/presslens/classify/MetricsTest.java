package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final double EPS = 1e-12;

    private static double[] oneHot(int k, int c) {
        double[] d = new double[k];
        d[c] = 1;
        return d;
    }

    @Test
    void singleLabelAgainstHandComputedConfusionMatrix() {
        // actual a a a a b b b c c c / predicted a a b c b b a c c b
        int[] actual = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2};
        int[] predicted = {0, 0, 1, 2, 1, 1, 0, 2, 2, 1};
        double[][] p = new double[10][];
        for (int i = 0; i < 10; i++) {
            p[i] = oneHot(3, predicted[i]);
        }
        Metrics m = Metrics.singleLabel(List.of("a", "b", "c"), actual, p);
        assertArrayEquals(new int[] {2, 1, 1}, m.confusion()[0]);
        assertArrayEquals(new int[] {1, 2, 0}, m.confusion()[1]);
        assertArrayEquals(new int[] {0, 1, 2}, m.confusion()[2]);
        assertEquals(0.6, m.get("accuracy"), EPS);
        assertEquals(2.0 / 3, m.perLabel().get("a").get("precision"), EPS);
        assertEquals(0.5, m.perLabel().get("a").get("recall"), EPS);
        assertEquals(4.0 / 7, m.perLabel().get("a").get("f1"), EPS);
        assertEquals(0.5, m.perLabel().get("b").get("precision"), EPS);
        assertEquals(2.0 / 3, m.perLabel().get("b").get("recall"), EPS);
        assertEquals(4.0 / 7, m.perLabel().get("b").get("f1"), EPS);
        assertEquals(2.0 / 3, m.perLabel().get("c").get("f1"), EPS);
        assertEquals(3.0, m.perLabel().get("b").get("support"), EPS);
        assertEquals(38.0 / 63, m.get("macro_f1"), EPS);
        assertEquals(0.6, m.get("weighted_f1"), EPS);
    }

    @Test
    void rocAucByRankSumWithTies() {
        boolean[] pos = {true, true, true, false, false, false};
        double[] score = {0.9, 0.4, 0.6, 0.3, 0.6, 0.1};
        assertEquals(7.5 / 9, Metrics.auc(pos, score), EPS);
        assertEquals(Double.NaN, Metrics.auc(new boolean[] {true, true}, new double[] {0.1, 0.2}));
    }

    @Test
    void multiLabelMicroMacroSubset() {
        boolean[][] actual = {{true, false}, {true, true}, {false, false}, {false, true}};
        double[][] p = {{0.8, 0.6}, {0.7, 0.2}, {0.1, 0.3}, {0.4, 0.9}};
        Metrics m = Metrics.multiLabel(List.of("x", "y"), actual, p);
        assertEquals(1.0, m.perLabel().get("x").get("f1"), EPS);
        assertEquals(0.5, m.perLabel().get("y").get("f1"), EPS);
        assertEquals(0.75, m.get("micro_f1"), EPS);
        assertEquals(0.75, m.get("macro_f1"), EPS);
        assertEquals(0.5, m.get("subset_accuracy"), EPS);
        assertEquals(0.5, m.get("accuracy"), EPS);
        assertEquals(0.25, m.get("hamming_loss"), EPS);
        assertEquals(1.0, m.perLabel().get("x").get("roc_auc"), EPS);
        assertEquals(0.5, m.perLabel().get("y").get("roc_auc"), EPS);
        assertEquals(0.75, m.get("roc_auc"), EPS);
    }

    @Test
    void csvHasOverallPerLabelAndConfusionRows() {
        Metrics m = Metrics.singleLabel(List.of("a", "b"), new int[] {0, 1, 1}, new double[][] {{1, 0}, {1, 0}, {0, 1}});
        assertEquals("label,metric,value\n"
                + "all,rows,3\n"
                + "all,accuracy,0.666667\n"
                + "all,macro_f1,0.666667\n"
                + "all,weighted_f1,0.666667\n"
                + "all,roc_auc,0.750000\n"
                + "a,precision,0.500000\n"
                + "a,recall,1\n"
                + "a,f1,0.666667\n"
                + "a,support,1\n"
                + "a,roc_auc,0.750000\n"
                + "a,rate,0.333333\n"
                + "a,predicted_rate,0.666667\n"
                + "b,precision,1\n"
                + "b,recall,0.500000\n"
                + "b,f1,0.666667\n"
                + "b,support,2\n"
                + "b,roc_auc,0.750000\n"
                + "b,rate,0.666667\n"
                + "b,predicted_rate,0.333333\n"
                + "a,predicted:a,1\n"
                + "a,predicted:b,0\n"
                + "b,predicted:a,1\n"
                + "b,predicted:b,1\n", m.toCsv());
    }

    @Test
    void eachLabelsPredictedRateStandsNextToItsRateAndTrainingRate() {
        boolean[][] actual = {{true, false}, {true, true}, {false, false}, {false, true}};
        double[][] p = {{0.8, 0.6}, {0.7, 0.2}, {0.6, 0.3}, {0.4, 0.9}};
        Metrics m = Metrics.multiLabel(List.of("x", "y"), actual, p).withTrainingRates(Map.of("x", 3, "y", 1), 10);
        assertEquals(0.5, m.perLabel().get("x").get("rate"), EPS);
        assertEquals(0.75, m.perLabel().get("x").get("predicted_rate"), EPS);
        assertEquals(0.3, m.perLabel().get("x").get("training_rate"), EPS);
        assertEquals(0.5, m.perLabel().get("y").get("rate"), EPS);
        assertEquals(0.5, m.perLabel().get("y").get("predicted_rate"), EPS);
        assertEquals(0.1, m.perLabel().get("y").get("training_rate"), EPS);
        assertEquals(0.3, ((Map<?, ?>) ((Map<?, ?>) m.toJson().get("per_label")).get("x")).get("training_rate"));
    }
}
