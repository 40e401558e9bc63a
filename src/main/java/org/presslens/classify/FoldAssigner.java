package org.presslens.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.presslens.core.ConfigException;

/**
 * Assigns rows to cross-validation folds, grouped and stratified. All rows of a group (outlet) go to the
 * same fold; rows without a group are groups of their own. Groups are ordered by size, largest first (ties in
 * an order shuffled with the seed), and each is put in the fold where its labels are least represented so
 * far: the fold minimising {@code sum_c g_c * n_fc / N_c^2} ({@code g_c}: the group's rows with label c,
 * {@code n_fc}: the fold's, {@code N_c}: all rows'), ties to the smaller fold, then the lower index. With one
 * row per group this is plain stratification (per-class fold counts differ by at most one). Rows with an
 * empty label set (multi-label) count as a label of their own.
 */
public final class FoldAssigner {
    private final int folds;
    private final long seed;

    public FoldAssigner(int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        }
        this.folds = folds;
        this.seed = seed;
    }

    /**
     * The fold of every row.
     *
     * @param groups group of each row ({@code ""}: the row is its own group)
     * @param labels labels of each row
     */
    public int[] assign(List<String> groups, List<List<String>> labels) {
        int n = groups.size();
        if (labels.size() != n) {
            throw new IllegalArgumentException("groups and labels differ in size");
        }
        // label index space
        Map<String, Integer> labelIndex = new TreeMap<>();
        for (List<String> ls : labels) {
            if (ls.isEmpty()) {
                labelIndex.putIfAbsent("\u0000none", 0);
            }
            for (String l : ls) {
                labelIndex.putIfAbsent(l, 0);
            }
        }
        int li = 0;
        for (Map.Entry<String, Integer> e : labelIndex.entrySet()) {
            e.setValue(li++);
        }
        int numLabels = labelIndex.size();
        // groups in first-seen order, keyed by name; ungrouped rows get their own key
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String g = groups.get(i);
            String key = g == null || g.isEmpty() ? "\u0000row " + i : "g " + g;
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        if (members.size() < folds) {
            throw new ConfigException("cross-validation: " + members.size() + " groups (outlets) for " + folds
                    + " folds; need at least as many groups as folds (use fewer --folds)");
        }
        List<String> order = new ArrayList<>(members.keySet());
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed));
        order.sort(Comparator.comparingInt((String k) -> members.get(k).size()).reversed());

        double[] total = new double[numLabels];
        double[][] counts = new double[folds][numLabels];
        int[] sizes = new int[folds];
        for (List<String> ls : labels) {
            for (int c : indices(ls, labelIndex)) {
                total[c]++;
            }
        }
        int[] fold = new int[n];
        for (String key : order) {
            double[] g = new double[numLabels];
            for (int row : members.get(key)) {
                for (int c : indices(labels.get(row), labelIndex)) {
                    g[c]++;
                }
            }
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int f = 0; f < folds; f++) {
                double cost = 0;
                for (int c = 0; c < numLabels; c++) {
                    if (g[c] > 0) {
                        cost += g[c] * counts[f][c] / (total[c] * total[c]);
                    }
                }
                if (best < 0 || cost < bestCost - 1e-12
                        || (Math.abs(cost - bestCost) <= 1e-12 && sizes[f] < sizes[best])) {
                    best = f;
                    bestCost = cost;
                }
            }
            for (int c = 0; c < numLabels; c++) {
                counts[best][c] += g[c];
            }
            for (int row : members.get(key)) {
                fold[row] = best;
                sizes[best]++;
            }
        }
        return fold;
    }

    private static int[] indices(List<String> ls, Map<String, Integer> labelIndex) {
        if (ls.isEmpty()) {
            return new int[] {labelIndex.get("\u0000none")};
        }
        int[] out = new int[ls.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = labelIndex.get(ls.get(i));
        }
        return out;
    }
}
