package org.presslens.classify;

import java.util.Objects;

/**
 * One labelled (or unlabelled) article as the classifiers see it: numeric features plus optional text.
 *
 * @param id       the article id
 * @param source   the input file the row came from (for error messages)
 * @param record   where in the source, e.g. {@code "line 12"} (for error messages)
 * @param outlet   the grouping value (usually the outlet) or empty when unknown
 * @param features feature values in the order of the {@link RowSource#featureNames()} (may be empty; {@code NaN}
 *                 is a missing value); not copied, and compared by reference in {@code equals}
 * @param text     the article text for optional bag-of-words features, or empty
 * @param label    the raw label: a single value, a JSON array string ({@code ["a","b"]}) or values joined by
 *                 the configured delimiter; {@code null} or blank when the row has no label
 */
public record LabelledRow(String id, String source, String record, String outlet, double[] features,
                          String text, String label) {
    public LabelledRow {
        Objects.requireNonNull(id, "id");
        source = source == null ? "" : source;
        record = record == null ? "" : record;
        outlet = outlet == null ? "" : outlet;
        features = features == null ? new double[0] : features;
        text = text == null ? "" : text;
    }

    /** {@code source record} for error messages, e.g. {@code "train.jsonl line 12"}. */
    public String where() {
        return record.isEmpty() ? source : source + " " + record;
    }
}
