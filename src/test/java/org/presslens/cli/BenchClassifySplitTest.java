package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.presslens.classify.DecisionRule;
import org.presslens.classify.LabelScheme;
import org.presslens.classify.LabelledData;
import org.presslens.classify.LabelledRow;
import org.presslens.classify.OutletEvaluation;
import org.presslens.classify.PairedBootstrap;

class BenchClassifySplitTest {

    /** 600 rows from 40 outlets of uneven size, label "a" twice as common as "b". */
    private static LabelledData corpus() {
        Random r = new Random(3);
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int outlet = (int) Math.floor(40 * Math.pow(r.nextDouble(), 2));
            rows.add(new LabelledRow("r" + i, "c.jsonl", "line " + (i + 1), "outlet" + outlet, new double[0], "",
                    r.nextInt(3) == 0 ? "b" : "a"));
        }
        return LabelledData.read(rows.stream(), LabelledData.Options.infer("label"));
    }

    @Test
    void tuningAndReportPartsShareNoOutletAndCoverEveryRowOnce() {
        LabelledData data = corpus();
        int[] tune = BenchClassifyCommand.part(data, true);
        int[] report = BenchClassifyCommand.part(data, false);
        assertEquals(data.size(), tune.length + report.length);
        Set<Integer> all = new HashSet<>();
        IntStream.of(tune).forEach(all::add);
        IntStream.of(report).forEach(all::add);
        assertEquals(data.size(), all.size());
        Set<String> tuneOutlets = new HashSet<>();
        IntStream.of(tune).forEach(i -> tuneOutlets.add(data.rows().get(i).outlet()));
        IntStream.of(report).forEach(i -> assertTrue(!tuneOutlets.contains(data.rows().get(i).outlet()),
                data.rows().get(i).outlet() + " is in both parts"));
        double share = tune.length / (double) data.size();
        assertTrue(share > 0.45 && share < 0.75, "tuning part holds " + share + " of the rows");
    }

    @Test
    void theSplitIsFixedAndStratified() {
        LabelledData data = corpus();
        assertArrayEquals(BenchClassifyCommand.part(data, true), BenchClassifyCommand.part(corpus(), true));
        double all = share(data, IntStream.range(0, data.size()).toArray());
        double report = share(data, BenchClassifyCommand.part(data, false));
        assertTrue(Math.abs(all - report) < 0.08, "share of b: all " + all + ", report part " + report);
    }

    private static double share(LabelledData data, int[] rows) {
        return IntStream.of(rows).filter(i -> data.labels().get(i).contains("b")).count() / (double) rows.length;
    }

    @Test
    void outletAucWithinFoldsRanksOutletsOnlyAgainstTheirFoldAndPoolingCanHideIt() {
        // two folds of four outlets; within each fold the high outlets score above the low ones, but fold 1's model
        // scores everything 0.4 lower, so pooled the high outlets of fold 1 sit below the low outlets of fold 0
        LabelScheme scheme = new LabelScheme(false, List.of("high", "low"), null);
        List<LabelledRow> rows = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        List<double[]> probs = new ArrayList<>();
        int[] folds = new int[8];
        for (int o = 0; o < 8; o++) {
            boolean high = o % 2 == 0;
            int fold = o / 4;
            double p = (high ? 0.7 : 0.5) - 0.4 * fold;
            rows.add(new LabelledRow("r" + o, "", "", "outlet" + o, new double[0], "", high ? "high" : "low"));
            labels.add(List.of(high ? "high" : "low"));
            probs.add(new double[] {p, 1 - p});
            folds[o] = fold;
        }
        LabelledData data = LabelledData.of(rows, labels, scheme);
        DecisionRule[] rules = new DecisionRule[8];
        Arrays.fill(rules, DecisionRule.defaults(scheme));
        PairedBootstrap.Scores scores = new PairedBootstrap.Scores(probs.toArray(new double[0][]), rules);
        double pooled = OutletEvaluation.of(data, scores).auc().get("macro");
        assertEquals(0.75, pooled, 1e-9); // 12 of 16 high-low pairs in order
        assertEquals("; outlet-level AUC within folds 1.0000 (mean of 2 folds: 1.000, 1.000)",
                BenchClassifyCommand.withinFoldOutletAuc(data, scores, folds, 2));
        assertEquals("", BenchClassifyCommand.withinFoldOutletAuc(data, scores, null, 2)); // not grouped CV
    }
}
