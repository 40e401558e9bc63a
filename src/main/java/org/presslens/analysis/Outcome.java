package org.presslens.analysis;

import java.util.List;
import org.presslens.core.Article;
import org.presslens.features.Evidence;
import org.presslens.ingest.Skip;

/** What analysing one input item produced: an analysed article, or a skip with its reason. */
public sealed interface Outcome extends java.io.Serializable permits Outcome.Analysed, Outcome.Rejected {

    /**
     * An analysed article.
     *
     * @param article     the cleaned article with its metadata
     * @param words       word tokens in the body
     * @param sentences   sentences in the body
     * @param features    feature values in the order of {@link ArticleAnalyzer#featureNames()}
     * @param evidence    evidence rows behind the features
     * @param predictions values in the order of {@link ArticleAnalyzer#predictionColumns()}
     * @param bodyHash    hash of the normalised body, for exact-duplicate detection
     */
    record Analysed(Article article, int words, int sentences, double[] features, List<Evidence> evidence,
                    List<String> predictions, long bodyHash) implements Outcome {
    }

    /** An item that was not analysed. */
    record Rejected(Skip skip) implements Outcome {
    }
}
