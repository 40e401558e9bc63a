package org.presslens.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a model does outlet by outlet: per outlet its articles, accuracy (single-label: share of articles whose
 * class is predicted; multi-label: share whose label set is predicted exactly), the mean probability of each class
 * or label and the outlet's label (single-label: its most frequent class, ties to the first in scheme order), and,
 * single-label, the outlet-level ranking ROC AUC of each class: outlets whose label is the class against the
 * others, ranked by their mean probability of it (ties count one half). Articles without an outlet are left out.
 *
 * @param outlets per outlet, sorted by name
 * @param auc     single-label: per class, the outlet-level ROC AUC ({@code NaN} when no outlet or every outlet
 *                has the class); its {@code macro} entry is their mean; empty for multi-label
 */
public record OutletEvaluation(List<Outlet> outlets, Map<String, Double> auc) {

    /**
     * One outlet.
     *
     * @param outlet          the outlet
     * @param articles        its articles scored
     * @param label           its label (single-label: most frequent class; multi-label: empty)
     * @param accuracy        share of its articles predicted right (multi-label: exactly)
     * @param meanProbability mean probability of each class or label, in scheme order
     */
    public record Outlet(String outlet, int articles, String label, double accuracy, double[] meanProbability) {
    }

    /** Evaluates scores of rows by outlet. */
    public static OutletEvaluation of(LabelledData data, PairedBootstrap.Scores scores) {
        LabelScheme scheme = data.scheme();
        int k = scheme.labels().size();
        Map<String, List<Integer>> rows = new TreeMap<>();
        for (int i = 0; i < data.size(); i++) {
            String o = data.rows().get(i).outlet();
            if (!o.isEmpty()) {
                rows.computeIfAbsent(o, x -> new ArrayList<>()).add(i);
            }
        }
        List<Outlet> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rows.entrySet()) {
            double[] mean = new double[k];
            int[] count = new int[k];
            int right = 0;
            for (int i : e.getValue()) {
                double[] p = scores.probabilities()[i];
                for (int c = 0; c < k; c++) {
                    mean[c] += p[c] / e.getValue().size();
                }
                List<String> actual = data.labels().get(i);
                if (scheme.multiLabel()) {
                    boolean[] pred = scores.rules()[i].predictLabels(p);
                    boolean same = true;
                    for (int c = 0; c < k; c++) {
                        same &= pred[c] == actual.contains(scheme.labels().get(c));
                    }
                    right += same ? 1 : 0;
                } else {
                    int a = scheme.labels().indexOf(actual.get(0));
                    count[a]++;
                    right += scores.rules()[i].predictClass(p) == a ? 1 : 0;
                }
            }
            String label = "";
            if (!scheme.multiLabel()) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (count[c] > count[best]) {
                        best = c;
                    }
                }
                label = scheme.labels().get(best);
            }
            out.add(new Outlet(e.getKey(), e.getValue().size(), label, right / (double) e.getValue().size(), mean));
        }
        return new OutletEvaluation(List.copyOf(out), scheme.multiLabel() ? Map.of() : rankingAuc(out, scheme));
    }

    /**
     * The outlet-level ranking AUC (per class and {@code macro}, as {@link #auc()}) over the outlets with at least
     * {@code minArticles} scored articles, whose mean probability is less an article's own score than an
     * outlet's; empty for multi-label.
     */
    public Map<String, Double> aucOfOutletsWithAtLeast(int minArticles, LabelScheme scheme) {
        if (scheme.multiLabel()) {
            return Map.of();
        }
        return rankingAuc(outlets.stream().filter(o -> o.articles() >= minArticles).toList(), scheme);
    }

    private static Map<String, Double> rankingAuc(List<Outlet> out, LabelScheme scheme) {
        Map<String, Double> auc = new LinkedHashMap<>();
        double sum = 0;
        int n = 0;
        for (int c = 0; c < scheme.labels().size(); c++) {
            boolean[] pos = new boolean[out.size()];
            double[] score = new double[out.size()];
            for (int j = 0; j < out.size(); j++) {
                pos[j] = out.get(j).label().equals(scheme.labels().get(c));
                score[j] = out.get(j).meanProbability()[c];
            }
            double a = Metrics.auc(pos, score);
            auc.put(scheme.labels().get(c), a);
            if (!Double.isNaN(a)) {
                sum += a;
                n++;
            }
        }
        auc.put("macro", n == 0 ? Double.NaN : sum / n);
        return auc;
    }
}
