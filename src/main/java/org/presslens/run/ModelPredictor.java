package org.presslens.run;

import org.presslens.core.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.classify.Prediction;
import org.presslens.classify.TrainedModel;
import org.presslens.core.Article;
import org.presslens.features.Scored;

/**
 * Applies named Weka models to every analysed article: a {@code pred.<name>} column (the label, or the
 * labels joined by {@code ;} for multi-label models) and a {@code prob.<name>.<class>} column per class or
 * label.
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
    private final List<String> columns;

    public ModelPredictor(List<Named> models) {
        this.models = List.copyOf(models);
        List<String> cols = new ArrayList<>();
        for (Named m : models) {
            cols.add("pred." + m.name());
            for (String c : m.model().scheme().labels()) {
                cols.add("prob." + m.name() + "." + c);
            }
        }
        this.columns = List.copyOf(cols);
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
    public List<String> predict(Article article, Scored scored) {
        List<String> out = new ArrayList<>(columns.size());
        for (Named m : models) {
            Prediction p = m.model().predict(scored.values(), m.model().usesText() ? article.body() : "");
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
        for (Named m : models) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", m.name());
            d.put("dir", m.location());
            d.put("provenance", m.model().provenance());
            out.add(d);
        }
        return out;
    }
}
