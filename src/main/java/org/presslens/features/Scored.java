package org.presslens.features;

import java.util.List;

/**
 * One article scored by the whole pipeline: values in {@link FeaturePipeline#featureNames()} order (NaN where a
 * feature is undefined, e.g. readability of an empty body), the evidence rows of every extractor, and the
 * word and sentence counts the rates were computed from.
 */
public record Scored(double[] values, List<Evidence> evidence, int words, int sentences) {
    public Scored {
        values = values.clone();
        evidence = List.copyOf(evidence);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value at {@code index} without copying the array. */
    public double value(int index) {
        return values[index];
    }
}
