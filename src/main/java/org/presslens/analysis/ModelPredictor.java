package org.presslens.analysis;

import org.presslens.core.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.classify.Prediction;
import org.presslens.classify.TermIndex;
import org.presslens.classify.TextTerms;
import org.presslens.classify.TrainedModel;
import org.presslens.core.Article;
import org.presslens.features.Scored;

/**
 * Applies named Weka models to every analysed article: a {@code pred.<name>} column (the label, or the
 * labels joined by {@code ;} for multi-label models) and a {@code prob.<name>.<class>} column per class or
 * label. It counts, per model, the analysed articles whose body is among the model's training articles (by the
 * 64-bit body hashes kept with the model), for {@code run.json} ({@code training_overlap}) and the report's
 * warning.
 */
public final class ModelPredictor implements LabelPredictor {

    /**
     * A model with the name its columns carry.
     *
     * @param name     column name part ({@code pred.<name>})
     * @param location where it came from, for people ({@code built-in models/reliability} or the folder given)
     * @param dir      the folder it was loaded from
     * @param model    the model
     */
    public record Named(String name, String location, Path dir, TrainedModel model) {
    }

    private final List<Named> models;
    /** The vocabulary of the models' term vectorizers, through which each article's terms are counted once. */
    private final TermIndex termIndex;
    private final List<String> columns;
    /** Per model, the articles predicted so far and those among them that were in its training data. */
    private final java.util.concurrent.atomic.AtomicLongArray seen;
    private final java.util.concurrent.atomic.AtomicLongArray trained;

    public ModelPredictor(List<Named> models) {
        this.models = List.copyOf(models);
        this.termIndex = TermIndex.of(models.stream().map(Named::model).toList());
        List<String> cols = new ArrayList<>();
        for (Named m : models) {
            cols.add("pred." + m.name());
            for (String c : m.model().scheme().labels()) {
                cols.add("prob." + m.name() + "." + c);
            }
        }
        this.columns = List.copyOf(cols);
        this.seen = new java.util.concurrent.atomic.AtomicLongArray(models.size());
        this.trained = new java.util.concurrent.atomic.AtomicLongArray(models.size());
    }

    /** The models, in column order. */
    public List<Named> models() {
        return models;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public List<String> predict(Article article, Scored scored, long bodyHash) {
        List<String> out = new ArrayList<>(columns.size());
        TextTerms terms = termIndex.terms(article.body()); // counted once, for every model that reads the text
        TextTerms none = new TextTerms("");
        for (int i = 0; i < models.size(); i++) {
            Named m = models.get(i);
            seen.incrementAndGet(i);
            if (m.model().trainedOn(bodyHash)) {
                trained.incrementAndGet(i);
            }
            Prediction p = m.model().predict(scored.values(), m.model().usesText() ? terms : none);
            out.add(String.join(";", p.labels()));
            for (String c : m.model().scheme().labels()) {
                Double v = p.probabilities().get(c);
                out.add(v == null ? "" : Numbers.format(v));
            }
        }
        return out;
    }

    @Override
    public List<Object> describe() {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Named m = models.get(i);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", m.name());
            d.put("dir", m.location());
            Map<String, Object> overlap = new LinkedHashMap<>();
            overlap.put("analysed", seen.get(i));
            overlap.put("in_training_data", trained.get(i));
            overlap.put("training_articles_known", m.model().trainingHashCount());
            d.put("training_overlap", overlap);
            d.put("provenance", m.model().provenance());
            out.add(d);
        }
        return out;
    }
}
