package org.presslens.classify;

import java.util.List;
import java.util.Map;

/**
 * A model's output for one article.
 *
 * @param labels        the predicted class (single-label: one element) or the labels whose probability is at
 *                      least 0.5 (multi-label; may be empty)
 * @param probabilities probability of each class, or of each label being present, in label order
 */
public record Prediction(List<String> labels, Map<String, Double> probabilities) {
    public Prediction {
        labels = List.copyOf(labels);
        probabilities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(probabilities));
    }
}
