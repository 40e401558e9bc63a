package org.presslens.classify;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.core.CsvCells;
import org.presslens.core.CsvOut;

/**
 * Classification metrics computed from predictions.
 *
 * <p>Single-label: {@code accuracy}; per class precision = tp/(tp+fp), recall = tp/(tp+fn), F1 =
 * 2pr/(p+r), each 0 when its denominator is 0; {@code macro_f1} = unweighted mean of the per-class F1 over
 * the classes that occur in the actual or the predicted labels; {@code weighted_f1} = mean weighted by
 * support; confusion matrix with rows = actual and columns = predicted class; {@code roc_auc} = unweighted
 * mean over classes of the one-versus-rest ROC AUC of that class's probability (ties count one half; classes
 * without positive or negative rows are left out).
 *
 * <p>Predictions come from the probabilities by a {@link DecisionRule} (by default the most probable class, or
 * each label whose probability is at least 0.5).
 *
 * <p>Multi-label (binary relevance):
 * {@code micro_f1} = 2·Σtp / (2·Σtp + Σfp + Σfn) over all labels; {@code macro_f1} = mean per-label F1
 * over all labels; {@code accuracy} = {@code subset_accuracy} = share of rows whose predicted label set
 * equals the actual set exactly; {@code hamming_loss} = share of wrong row×label decisions; {@code roc_auc}
 * = mean per-label ROC AUC.
 *
 * <p>Per class or label, {@code rate} is its share of the rows scored and {@code predicted_rate} the share of rows
 * it is predicted for; {@link #withTrainingRates} adds its share of the model's training rows.
 *
 * @param kind    {@code single-label} or {@code multi-label}
 * @param labels  the classes or labels, in scheme order
 * @param values  the scalar metrics by key
 * @param perLabel per class or label: precision, recall, f1, support, roc_auc
 * @param confusion single-label confusion matrix (rows actual, columns predicted), empty for multi-label
 */
public record Metrics(String kind, List<String> labels, Map<String, Double> values,
                      Map<String, Map<String, Double>> perLabel, int[][] confusion) {

    /** Metrics of single-label predictions: the most probable class of each row. */
    public static Metrics singleLabel(List<String> classes, int[] actual, double[][] probabilities) {
        int[] predicted = new int[actual.length];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = argmax(probabilities[i]);
        }
        return singleLabel(classes, actual, predicted, probabilities);
    }

    /** Metrics of single-label predictions; the probabilities give the ROC AUC. */
    public static Metrics singleLabel(List<String> classes, int[] actual, int[] predicted, double[][] probabilities) {
        int k = classes.size();
        int n = actual.length;
        int[][] cm = new int[k][k];
        for (int i = 0; i < n; i++) {
            cm[actual[i]][predicted[i]]++;
        }
        Map<String, Map<String, Double>> per = new LinkedHashMap<>();
        double correct = 0;
        double macro = 0;
        double weighted = 0;
        int present = 0;
        double aucSum = 0;
        int aucCount = 0;
        for (int c = 0; c < k; c++) {
            int tp = cm[c][c];
            int fn = 0;
            int fp = 0;
            for (int j = 0; j < k; j++) {
                if (j != c) {
                    fn += cm[c][j];
                    fp += cm[j][c];
                }
            }
            correct += tp;
            double[] prf = prf(tp, fp, fn);
            int support = tp + fn;
            boolean[] pos = new boolean[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                pos[i] = actual[i] == c;
                score[i] = probabilities[i][c];
            }
            double auc = auc(pos, score);
            if (!Double.isNaN(auc)) {
                aucSum += auc;
                aucCount++;
            }
            if (support > 0 || tp + fp > 0) {
                macro += prf[2];
                present++;
            }
            weighted += prf[2] * support;
            per.put(classes.get(c), row(prf, support, auc, n, tp + fp));
        }
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("rows", (double) n);
        v.put("accuracy", n == 0 ? 0 : correct / n);
        v.put("macro_f1", present == 0 ? 0 : macro / present);
        v.put("weighted_f1", n == 0 ? 0 : weighted / n);
        v.put("roc_auc", aucCount == 0 ? Double.NaN : aucSum / aucCount);
        return new Metrics("single-label", List.copyOf(classes), v, per, cm);
    }

    /** Metrics of multi-label predictions; a label is predicted when its probability is at least 0.5. */
    public static Metrics multiLabel(List<String> labels, boolean[][] actual, double[][] probabilities) {
        boolean[][] pred = new boolean[actual.length][labels.size()];
        for (int i = 0; i < pred.length; i++) {
            for (int c = 0; c < labels.size(); c++) {
                pred[i][c] = probabilities[i][c] >= 0.5;
            }
        }
        return multiLabel(labels, actual, pred, probabilities);
    }

    /** Metrics of multi-label predictions; the probabilities give the ROC AUC. */
    public static Metrics multiLabel(List<String> labels, boolean[][] actual, boolean[][] pred,
                                     double[][] probabilities) {
        int k = labels.size();
        int n = actual.length;
        Map<String, Map<String, Double>> per = new LinkedHashMap<>();
        long tpAll = 0;
        long fpAll = 0;
        long fnAll = 0;
        double macro = 0;
        double aucSum = 0;
        int aucCount = 0;
        int exact = 0;
        long wrong = 0;
        for (int i = 0; i < n; i++) {
            if (Arrays.equals(pred[i], actual[i])) {
                exact++;
            }
        }
        for (int c = 0; c < k; c++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            boolean[] pos = new boolean[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                boolean a = actual[i][c];
                boolean p = pred[i][c];
                tp += a && p ? 1 : 0;
                fp += !a && p ? 1 : 0;
                fn += a && !p ? 1 : 0;
                pos[i] = a;
                score[i] = probabilities[i][c];
            }
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
            wrong += fp + fn;
            double[] prf = prf(tp, fp, fn);
            macro += prf[2];
            double auc = auc(pos, score);
            if (!Double.isNaN(auc)) {
                aucSum += auc;
                aucCount++;
            }
            per.put(labels.get(c), row(prf, tp + fn, auc, n, tp + fp));
        }
        double[] micro = prf(tpAll, fpAll, fnAll);
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("rows", (double) n);
        v.put("accuracy", n == 0 ? 0 : (double) exact / n);
        v.put("subset_accuracy", n == 0 ? 0 : (double) exact / n);
        v.put("micro_precision", micro[0]);
        v.put("micro_recall", micro[1]);
        v.put("micro_f1", micro[2]);
        v.put("macro_f1", k == 0 ? 0 : macro / k);
        v.put("hamming_loss", n * k == 0 ? 0 : (double) wrong / ((double) n * k));
        v.put("roc_auc", aucCount == 0 ? Double.NaN : aucSum / aucCount);
        return new Metrics("multi-label", List.copyOf(labels), v, per, new int[0][0]);
    }

    /** A scalar metric ({@code NaN} when absent). */
    public double get(String key) {
        return values.getOrDefault(key, Double.NaN);
    }

    /**
     * ROC AUC of scores for a binary target: the probability that a random positive scores above a random
     * negative (ties one half), by the rank-sum formula. {@code NaN} without positives or negatives.
     */
    public static double auc(boolean[] positive, double[] score) {
        int n = score.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumPos = 0;
        long nPos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[idx[j + 1]] == score[idx[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (positive[idx[t]]) {
                    rankSumPos += avgRank;
                    nPos++;
                }
            }
            i = j + 1;
        }
        long nNeg = n - nPos;
        if (nPos == 0 || nNeg == 0) {
            return Double.NaN;
        }
        return (rankSumPos - nPos * (nPos + 1) / 2.0) / ((double) nPos * nNeg);
    }

    /** The metrics as an ordered JSON-ready tree (numbers rounded to 6 decimals; NaN as null). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            m.put(e.getKey(), e.getKey().equals("rows") ? (Object) e.getValue().longValue() : round(e.getValue()));
        }
        Map<String, Object> per = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> e : perLabel.entrySet()) {
            Map<String, Object> r = new LinkedHashMap<>();
            for (Map.Entry<String, Double> x : e.getValue().entrySet()) {
                r.put(x.getKey(), x.getKey().equals("support") ? (Object) x.getValue().longValue() : round(x.getValue()));
            }
            per.put(e.getKey(), r);
        }
        m.put(kind.equals("multi-label") ? "per_label" : "per_class", per);
        if (confusion.length > 0) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("rows_actual_columns_predicted", labels);
            List<List<Integer>> rows = new ArrayList<>();
            for (int[] r : confusion) {
                rows.add(Arrays.stream(r).boxed().toList());
            }
            cm.put("matrix", rows);
            m.put("confusion_matrix", cm);
        }
        return m;
    }

    /**
     * The metrics as CSV: {@code label,metric,value} with label {@code all} for the overall figures; label cells are
     * neutralised for spreadsheets ({@link CsvCells#NEUTRALISED}).
     */
    public String toCsv() {
        StringWriter w = new StringWriter();
        try (CsvOut csv = new CsvOut(w, CsvCells.NEUTRALISED)) {
            csv.row("label", "metric", "value");
            for (Map.Entry<String, Double> e : values.entrySet()) {
                csv.row("all", e.getKey(), fmt(e.getValue()));
            }
            for (Map.Entry<String, Map<String, Double>> e : perLabel.entrySet()) {
                for (Map.Entry<String, Double> x : e.getValue().entrySet()) {
                    csv.row(e.getKey(), x.getKey(), fmt(x.getValue()));
                }
            }
            for (int a = 0; a < confusion.length; a++) {
                for (int p = 0; p < confusion[a].length; p++) {
                    csv.row(labels.get(a), "predicted:" + labels.get(p), confusion[a][p]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static String fmt(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.6f", d);
    }

    private static Double round(double d) {
        return Double.isNaN(d) ? null : Math.round(d * 1e6) / 1e6;
    }

    private static Map<String, Double> row(double[] prf, int support, double auc, int n, int predicted) {
        Map<String, Double> r = new LinkedHashMap<>();
        r.put("precision", prf[0]);
        r.put("recall", prf[1]);
        r.put("f1", prf[2]);
        r.put("support", (double) support);
        r.put("roc_auc", auc);
        r.put("rate", n == 0 ? Double.NaN : (double) support / n);
        r.put("predicted_rate", n == 0 ? Double.NaN : (double) predicted / n);
        return r;
    }

    /**
     * These metrics with each class's or label's share of a model's training rows ({@code training_rate}) next
     * to its {@code rate} and {@code predicted_rate} in the rows scored.
     *
     * @param counts training rows per class or label
     * @param rows   training rows
     */
    public Metrics withTrainingRates(Map<String, Integer> counts, long rows) {
        Map<String, Map<String, Double>> per = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> e : perLabel.entrySet()) {
            Map<String, Double> r = new LinkedHashMap<>(e.getValue());
            Integer c = counts.get(e.getKey());
            r.put("training_rate", c == null || rows == 0 ? Double.NaN : c / (double) rows);
            per.put(e.getKey(), r);
        }
        return new Metrics(kind, labels, values, per, confusion);
    }

    /** F1 = 2tp / (2tp + fp + fn) (= 2pr/(p+r)), 0 without true positives. */
    static double f1(double tp, double fp, double fn) {
        return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    }

    private static double[] prf(double tp, double fp, double fn) {
        double p = tp + fp == 0 ? 0 : tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    static int argmax(double[] d) {
        int best = 0;
        for (int i = 1; i < d.length; i++) {
            if (d[i] > d[best]) {
                best = i;
            }
        }
        return best;
    }
}
