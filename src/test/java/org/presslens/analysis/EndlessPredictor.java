package org.presslens.analysis;

import java.util.List;
import java.util.function.Predicate;
import org.presslens.core.Article;
import org.presslens.core.Cancellation;
import org.presslens.features.Scored;

/**
 * A label model that never finishes on the articles it is told to (but checks for cancellation, as the hot loops of
 * the analysis do), to test the time budget.
 */
public final class EndlessPredictor implements LabelPredictor {
    private final Predicate<Article> endless;

    public EndlessPredictor(Predicate<Article> endless) {
        this.endless = endless;
    }

    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    public List<String> predict(Article article, Scored scored, long bodyHash) {
        while (endless.test(article)) {
            Cancellation.check();
            Thread.onSpinWait();
        }
        return List.of();
    }

    @Override
    public List<Object> describe() {
        return List.of();
    }
}
