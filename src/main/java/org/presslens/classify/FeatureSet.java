package org.presslens.classify;

import java.util.List;

/**
 * The numeric features a model is trained on.
 *
 * @param names feature names in row order
 * @param hash  the feature-set hash of the pipeline that computes them
 */
public record FeatureSet(List<String> names, String hash) {
    public FeatureSet {
        names = List.copyOf(names);
    }

    /** The feature set of a row source. */
    public static FeatureSet of(RowSource source) {
        return new FeatureSet(source.featureNames(), source.featureSetHash());
    }
}
