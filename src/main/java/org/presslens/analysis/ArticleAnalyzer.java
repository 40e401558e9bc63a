package org.presslens.analysis;

import java.util.List;
import org.presslens.features.FeatureInfo;
import org.presslens.ingest.RawDocument;

/**
 * Turns a raw document into an {@link Outcome}: cleaning, metadata, features and predictions. Must be
 * thread-safe; per-thread state (OpenNLP instances) is the implementation's business.
 */
public interface ArticleAnalyzer {
    /** The feature columns as declared ({@code family.feature}), in the order of {@link Outcome.Analysed#features()}. */
    List<FeatureInfo> features();

    /** Feature column names ({@code family.feature}) in the order of {@link Outcome.Analysed#features()}. */
    default List<String> featureNames() {
        return features().stream().map(FeatureInfo::name).toList();
    }

    /** Prediction column names ({@code pred.<model>}, {@code prob.<model>.<class>}). */
    List<String> predictionColumns();

    /** What to record in {@code run.json} about the analysis (lexicons, models, feature-set hash). */
    default java.util.Map<String, Object> manifest() {
        return java.util.Map.of();
    }

    /** Analyses one document. */
    Outcome analyze(RawDocument doc);

    /**
     * Analyses one document, adding the time of each of its stages to {@code times} (summed thread time). An
     * analyzer that does not split its work into stages records nothing (the default).
     */
    default Outcome analyze(RawDocument doc, StageTimes times) {
        return analyze(doc);
    }
}
