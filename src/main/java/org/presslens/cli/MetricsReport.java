package org.presslens.cli;

import java.util.Locale;
import java.util.Map;
import org.presslens.classify.Metrics;

/** Formats {@link Metrics} as a short plain-text table for the terminal. */
final class MetricsReport {
    private MetricsReport() {
    }

    private static String rate(Double d) {
        return d == null || d.isNaN() ? "-" : String.format(Locale.ROOT, "%.4f", d);
    }

    static String format(String title, Metrics m) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append(": ").append((long) m.get("rows")).append(" rows\n");
        if (m.kind().equals("multi-label")) {
            sb.append(String.format(Locale.ROOT, "  micro-F1 %.4f  macro-F1 %.4f  subset accuracy %.4f  "
                    + "hamming loss %.4f  ROC AUC (macro) %.4f%n", m.get("micro_f1"), m.get("macro_f1"),
                    m.get("subset_accuracy"), m.get("hamming_loss"), m.get("roc_auc")));
        } else {
            sb.append(String.format(Locale.ROOT, "  accuracy %.4f  macro-F1 %.4f  weighted-F1 %.4f  "
                    + "ROC AUC (macro one-vs-rest) %.4f%n", m.get("accuracy"), m.get("macro_f1"),
                    m.get("weighted_f1"), m.get("roc_auc")));
        }
        sb.append(String.format(Locale.ROOT, "  %-28s %9s %9s %9s %8s %8s %8s %9s %9s%n", "label", "precision",
                "recall", "f1", "support", "auc", "rate", "predicted", "training"));
        for (Map.Entry<String, Map<String, Double>> e : m.perLabel().entrySet()) {
            Map<String, Double> r = e.getValue();
            sb.append(String.format(Locale.ROOT, "  %-28s %9.4f %9.4f %9.4f %8d %8.4f %8s %9s %9s%n", e.getKey(),
                    r.get("precision"), r.get("recall"), r.get("f1"), r.get("support").longValue(), r.get("roc_auc"),
                    rate(r.get("rate")), rate(r.get("predicted_rate")), rate(r.get("training_rate"))));
        }
        sb.append("  rate: share of the rows scored with the label; predicted: share predicted; training: share of "
                + "the model's training rows\n");
        if (m.confusion().length > 0) {
            sb.append("  confusion matrix (rows actual, columns predicted): ").append(m.labels()).append('\n');
            for (int a = 0; a < m.confusion().length; a++) {
                sb.append(String.format(Locale.ROOT, "  %-28s", m.labels().get(a)));
                for (int v : m.confusion()[a]) {
                    sb.append(String.format(Locale.ROOT, " %8d", v));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
