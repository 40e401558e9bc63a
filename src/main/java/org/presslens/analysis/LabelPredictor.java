package org.presslens.analysis;

import java.util.List;
import org.presslens.core.Article;
import org.presslens.features.Scored;

/** Applies label models to a scored article: the {@code pred.*} and {@code prob.*} columns of articles.csv. */
public interface LabelPredictor {
    /** Column names, in the order of {@link #predict}'s values. */
    List<String> columns();

    /**
     * Cell values for one article (labels and probabilities as text).
     *
     * @param bodyHash the body's {@link org.presslens.core.BodyHash}, computed once per article
     */
    List<String> predict(Article article, Scored scored, long bodyHash);

    /** What to record about the models in {@code run.json}. */
    List<Object> describe();

    /** A predictor without models. */
    LabelPredictor NONE = new LabelPredictor() {
        @Override
        public List<String> columns() {
            return List.of();
        }

        @Override
        public List<String> predict(Article article, Scored scored, long bodyHash) {
            return List.of();
        }

        @Override
        public List<Object> describe() {
            return List.of();
        }
    };
}
