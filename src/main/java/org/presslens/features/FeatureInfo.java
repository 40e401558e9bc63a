package org.presslens.features;

import java.util.Objects;

/**
 * What one feature column means, as its extractor declares it: the column name, a short label for chart axes
 * and tables, the unit of its values and a one-sentence definition. The run folder's {@code features.csv}, the
 * charts' axes and the report's methods section are written from these declarations, and a test holds
 * {@code docs/features.md} and {@code docs/attribution-and-quotes.md} to them.
 *
 * @param name       column name; without the family prefix when an extractor declares it
 *                   ({@code hedge_rate}), with it in {@link FeaturePipeline#features()} ({@code hedging.hedge_rate})
 * @param label      short human label ({@code Hedge rate})
 * @param unit       unit of the values, one of the constants of this type or a plain phrase ({@code US school grade})
 * @param definition how the value is computed, one sentence
 */
public record FeatureInfo(String name, String label, String unit, String definition) {
    /** A number of occurrences in the article. */
    public static final String COUNT = "count";
    /** Occurrences × 1000 / words. */
    public static final String PER_1000_WORDS = "per 1,000 words";
    /** Occurrences × 100 / words. */
    public static final String PERCENT_OF_WORDS = "percent of words";
    /** A part of a whole, between 0 and 1. */
    public static final String SHARE = "share, 0–1";
    /** An indicator: 1 when the property holds, else 0. */
    public static final String BINARY = "0/1";

    public FeatureInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(definition, "definition");
    }

    /** The same declaration under the column name {@code prefix.name}. */
    public FeatureInfo prefixed(String prefix) {
        return new FeatureInfo(prefix + "." + name, label, unit, definition);
    }

    /** Axis title: the label with its unit, e.g. {@code Hedge rate (per 1,000 words)}. */
    public String axis() {
        return label + " (" + unit + ")";
    }
}
