package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionRuleTest {
    private static final LabelScheme MULTI = new LabelScheme(true, List.of("a", "b"), ";");
    private static final LabelScheme BINARY = new LabelScheme(false, List.of("neg", "pos"), ";");
    private static final LabelScheme THREE = new LabelScheme(false, List.of("x", "y", "z"), ";");

    @Test
    void defaultRuleIsHalfPerLabelAndTheMostProbableClass() {
        DecisionRule multi = DecisionRule.defaults(MULTI);
        assertArrayEquals(new boolean[] {true, false}, multi.predictLabels(new double[] {0.5, 0.49}));
        DecisionRule three = DecisionRule.defaults(THREE);
        assertEquals(2, three.predictClass(new double[] {0.2, 0.3, 0.5}));
        assertEquals(0, three.predictClass(new double[] {0.4, 0.4, 0.2}), "ties go to the first class");
    }

    @Test
    void binaryCutoffPredictsTheSecondClassFromItsThreshold() {
        DecisionRule rule = new DecisionRule(new double[] {0.75, 0.25});
        assertEquals(1, rule.predictClass(new double[] {0.7, 0.3}));
        assertEquals(0, rule.predictClass(new double[] {0.8, 0.2}));
        assertEquals(0, rule.predictClass(new double[] {0.75, 0.25}), "at the cut-off itself: the first class");
    }

    @Test
    void tuningPicksTheF1BestCutoffPerLabelNearestTheDefault() {
        // label a: positives score 0.30 and 0.35, negatives 0.10 and 0.20 -> any cut-off in (0.20, 0.30] is
        // perfect; the one nearest 0.5 is 0.30. Label b is already perfect at 0.5 and keeps it.
        List<List<String>> labels = List.of(List.of("a", "b"), List.of("a"), List.of(), List.of("b"));
        double[][] p = {{0.30, 0.9}, {0.35, 0.1}, {0.10, 0.2}, {0.20, 0.8}};
        DecisionRule rule = DecisionRule.tune(MULTI, labels, p, DecisionRule.Tuning.PER_LABEL);
        assertEquals(Map.of("a", 0.30, "b", 0.5), rule.toMap(MULTI));
    }

    @Test
    void tuningTwoClassesMaximisesMacroF1() {
        List<List<String>> labels = List.of(List.of("pos"), List.of("pos"), List.of("neg"), List.of("neg"),
                List.of("neg"));
        double[][] p = {{0.6, 0.4}, {0.65, 0.35}, {0.7, 0.3}, {0.9, 0.1}, {0.95, 0.05}};
        DecisionRule rule = DecisionRule.tune(BINARY, labels, p, DecisionRule.Tuning.SHARED);
        // pos is predicted above the cut-off: cut-offs in [0.30, 0.35) are perfect, 0.34 is nearest 0.5
        assertEquals(Map.of("neg", 0.66, "pos", 0.34), rule.toMap(BINARY));
        for (int i = 0; i < p.length; i++) {
            assertEquals(labels.get(i).get(0), BINARY.labels().get(rule.predictClass(p[i])));
        }
    }

    @Test
    void sharedTuningPicksOneCutoffThatMaximisesMicroF1() {
        // per label, a would be perfect in (0.20, 0.30] and b in (0.40, 0.60]: no single cut-off is perfect.
        // At 0.30: a perfect, b predicts also the 0.4 negative -> tp 4, fp 1, fn 0 -> micro-F1 8/9.
        // At 0.45: a misses 0.30 and 0.35 -> tp 2, fn 2 -> 4/6. So the shared cut-off is in (0.20, 0.30]: 0.30.
        List<List<String>> labels = List.of(List.of("a", "b"), List.of("a"), List.of(), List.of("b"));
        double[][] p = {{0.30, 0.9}, {0.35, 0.1}, {0.10, 0.4}, {0.20, 0.6}};
        DecisionRule rule = DecisionRule.tune(MULTI, labels, p, DecisionRule.Tuning.SHARED);
        assertEquals(Map.of("a", 0.30, "b", 0.30), rule.toMap(MULTI));
        assertEquals(DecisionRule.defaults(MULTI).toMap(MULTI),
                DecisionRule.tune(MULTI, labels, p, DecisionRule.Tuning.NONE).toMap(MULTI));
    }

    @Test
    void tuningIsNamedOnTheCommandLine() {
        assertEquals(DecisionRule.Tuning.PER_LABEL, DecisionRule.Tuning.parse("per-label"));
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.Tuning.parse("perlabel"));
    }

    @Test
    void moreThanTwoClassesKeepTheDefault() {
        DecisionRule rule = DecisionRule.tune(THREE, List.of(List.of("x"), List.of("y")),
                new double[][] {{0.2, 0.5, 0.3}, {0.6, 0.3, 0.1}}, DecisionRule.Tuning.SHARED);
        assertEquals(DecisionRule.defaults(THREE).toMap(THREE), rule.toMap(THREE));
    }

    @Test
    void storedCutoffsRoundTripAndMustNameEveryLabel() {
        DecisionRule rule = new DecisionRule(new double[] {0.3, 0.62});
        assertEquals(rule.toMap(MULTI), DecisionRule.of(MULTI, rule.toMap(MULTI)).toMap(MULTI));
        assertEquals(DecisionRule.defaults(MULTI).toMap(MULTI), DecisionRule.of(MULTI, null).toMap(MULTI));
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.of(MULTI, Map.of("a", 0.3)));
        assertThrows(IllegalArgumentException.class, () -> new DecisionRule(new double[] {0.0, 0.5}));
    }
}
