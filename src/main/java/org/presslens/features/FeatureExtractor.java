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

    /** Feature names without the family prefix, in the order of {@link Extraction#values()}. */
    List<String> featureNames();

    /** Scores one article. The text is the article's cleaned body, analysed once. */
    Extraction extract(Article article, AnalyzedText text);
}
