package org.presslens.features;

import java.util.List;

/**
 * What one extractor found in one article: feature values (in the extractor's feature order) and the
 * evidence rows behind them.
 */
public record Extraction(double[] values, List<Evidence> evidence) {
    public Extraction {
        values = values.clone();
        evidence = List.copyOf(evidence);
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
