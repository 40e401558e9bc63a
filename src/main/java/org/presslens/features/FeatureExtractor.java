package org.presslens.features;

import java.util.List;
import org.presslens.core.Article;
import org.presslens.text.AnalyzedText;

/**
 * Computes one family of features for an article. Implementations are stateless and thread-safe: one
 * instance serves every thread.
 */
public interface FeatureExtractor {
    /** The family name, used as the prefix of every feature name ({@code attribution}, {@code hedging}, ...). */
    String id();

    /**
     * Every feature this extractor computes, declared with its name (without the family prefix), label, unit and
     * definition, in the order of {@link Extraction#values()}.
     */
    List<FeatureInfo> features();

    /** Feature names without the family prefix, in the order of {@link Extraction#values()}. */
    default List<String> featureNames() {
        return features().stream().map(FeatureInfo::name).toList();
    }

    /**
     * The extractor's effective options as a deterministic string (e.g. {@code threshold=0.4;k=3}), part of
     * the pipeline's feature-set hash. Lexicons need not be included: the pipeline hashes every lexicon loaded
     * through {@link FeatureContext}. Default: no options.
     */
    default String configDigest() {
        return "";
    }

    /** Scores one article. The text is the article's cleaned body, analysed once. */
    Extraction extract(Article article, AnalyzedText text);
}
