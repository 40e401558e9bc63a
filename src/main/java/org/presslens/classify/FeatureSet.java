package org.presslens.classify;

import java.util.List;
import java.util.Map;

/**
 * The numeric features a model is trained on, or that a running pipeline computes.
 *
 * @param names           feature names in row order
 * @param hash            the feature-set hash of the pipeline that computes them
 * @param extractorHashes per extractor id (the family prefix of its feature names), the hash of what determines
 *                        its features (options, names, lexicons); empty when unknown (then models bind by
 *                        {@code hash})
 */
public record FeatureSet(List<String> names, String hash, Map<String, String> extractorHashes) {
    public FeatureSet {
        names = List.copyOf(names);
        extractorHashes = extractorHashes == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extractorHashes));
    }

    /** A feature set known only by its whole hash. */
    public FeatureSet(List<String> names, String hash) {
        this(names, hash, Map.of());
    }

    /** The feature set of a row source. */
    public static FeatureSet of(RowSource source) {
        return new FeatureSet(source.featureNames(), source.featureSetHash(), source.extractorHashes());
    }

    /** The family (extractor id) of a feature name: the part before the first dot. */
    public static String family(String featureName) {
        int dot = featureName.indexOf('.');
        return dot < 0 ? featureName : featureName.substring(0, dot);
    }

    /**
     * The extractor hashes a model trained on {@code used} of these features binds to: those of the families of
     * the features used, in order (empty when it uses none); {@code null} when a family's hash is unknown, and
     * the model must then bind to the whole {@link #hash()}.
     */
    public Map<String, String> bindings(List<String> used) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String f : used) {
            String id = family(f);
            String h = extractorHashes.get(id);
            if (h == null) {
                return null;
            }
            out.putIfAbsent(id, h);
        }
        return out;
    }
}
