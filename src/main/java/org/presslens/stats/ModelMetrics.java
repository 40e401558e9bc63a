package org.presslens.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of a model used in a run, read from {@code models/<name>/metrics.json}
 * (keys {@code accuracy}, {@code macro_f1}, {@code micro_f1}, {@code per_class} or {@code per_label}
 * with per-class {@code precision}/{@code recall}/{@code f1}, {@code confusion_matrix}
 * {rows_actual_columns_predicted (or labels), matrix}).
 * Missing keys are NaN or empty; the raw JSON (and {@code provenance.json}) are kept for the report.
 */
public record ModelMetrics(String name, Path dir, double accuracy, double macroF1, double microF1,
                           Map<String, double[]> perClass, List<String> confusionLabels, long[][] confusion,
                           JsonNode metrics, JsonNode provenance) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * per-class values are {precision, recall, f1, training rate, predicted rate}: the share of the training rows
     * with the class and the share the model's evaluation predicted it for (NaN in metrics from before these keys).
     */
    public ModelMetrics {
        perClass = Map.copyOf(perClass);
        confusionLabels = List.copyOf(confusionLabels);
    }

    /** Reads a model folder; absent files give NaN metrics and null JSON. Unreadable JSON is an error. */
    public static ModelMetrics read(String name, Path dir) {
        JsonNode m = readJson(dir.resolve("metrics.json"));
        JsonNode p = readJson(dir.resolve("provenance.json"));
        Map<String, double[]> per = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        long[][] matrix = new long[0][];
        if (m != null) {
            JsonNode pc = m.has("per_class") ? m.get("per_class") : m.path("per_label");
            for (Iterator<Map.Entry<String, JsonNode>> it = pc.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                per.put(e.getKey(), new double[] {num(e.getValue(), "precision"), num(e.getValue(), "recall"),
                        num(e.getValue(), "f1"), num(e.getValue(), "training_rate"),
                        num(e.getValue(), "predicted_rate")});
            }
            JsonNode cm = m.path("confusion_matrix");
            // train writes the labels as rows_actual_columns_predicted; older files and fixtures as labels
            JsonNode cmLabels = cm.has("rows_actual_columns_predicted") ? cm.path("rows_actual_columns_predicted")
                    : cm.path("labels");
            if (cm.isObject() && cmLabels.isArray() && cm.path("matrix").isArray()) {
                cmLabels.forEach(l -> labels.add(l.asText()));
                matrix = new long[cm.get("matrix").size()][];
                for (int i = 0; i < matrix.length; i++) {
                    JsonNode row = cm.get("matrix").get(i);
                    matrix[i] = new long[row.size()];
                    for (int j = 0; j < row.size(); j++) {
                        matrix[i][j] = row.get(j).asLong();
                    }
                    if (row.size() != labels.size()) {
                        throw new StatsException(dir.resolve("metrics.json") + ": confusion_matrix row " + i + " has "
                                + row.size() + " values for " + labels.size() + " labels");
                    }
                }
                if (matrix.length != labels.size()) {
                    throw new StatsException(dir.resolve("metrics.json") + ": confusion_matrix has " + matrix.length
                            + " rows for " + labels.size() + " labels");
                }
            }
        }
        return new ModelMetrics(name, dir, m == null ? Double.NaN : num(m, "accuracy"),
                m == null ? Double.NaN : num(m, "macro_f1"), m == null ? Double.NaN : num(m, "micro_f1"),
                per, labels, matrix, m, p);
    }

    /**
     * Multi-label: per label its counts {true positives, false negatives, false positives, true negatives} over the
     * evaluation's rows, from {@code rows} and the label's {@code support}, {@code recall} and
     * {@code predicted_rate} in {@code metrics.json} (exact to the rounding of those to six decimals); empty for
     * single-label metrics or when a value is missing.
     */
    public Map<String, long[]> labelCounts() {
        if (metrics == null || !metrics.has("per_label") || !(num(metrics, "rows") > 0)) {
            return Map.of();
        }
        long rows = Math.round(num(metrics, "rows"));
        Map<String, long[]> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = metrics.get("per_label").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double support = num(e.getValue(), "support");
            double recall = num(e.getValue(), "recall");
            double predictedRate = num(e.getValue(), "predicted_rate");
            if (Double.isNaN(support) || Double.isNaN(predictedRate) || Double.isNaN(recall) && support > 0) {
                return Map.of();
            }
            long pos = Math.round(support);
            long tp = pos == 0 ? 0 : Math.round(recall * support);
            long predicted = Math.round(predictedRate * rows);
            out.put(e.getKey(), new long[] {tp, pos - tp, predicted - tp, rows - pos - (predicted - tp)});
        }
        return out;
    }

    private static double num(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v != null && v.isNumber() ? v.doubleValue() : Double.NaN;
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new StatsException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }
}
