package org.presslens.features.hedging;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import org.presslens.features.MaxentModelFile;
import org.presslens.text.AnalyzedText;

/**
 * Trains the hedge-cue model on labelled sentences (the tune part of wiki-weasel). Every candidate of a sentence
 * ({@link HedgeFinder} without a model) is one training event, labelled {@code hedge} when its sentence is
 * uncertain and {@code other} when it is certain (the corpus labels sentences, not cues). The learner is
 * OpenNLP's L2-regularised maxent (L-BFGS, one thread: same data and options give the same model). The cut-off is
 * the score that maximises sentence-level F1 over out-of-fold scores of a k-fold cross-validation of the same
 * sentences (fold = split bucket mod k); the final model is then fitted on all of them.
 */
public final class HedgeCueTrainer {
    /** Trainer options: L2 cost, L-BFGS iterations, minimum predicate count, cross-validation folds. */
    public record Options(double l2, int iterations, int minCount, int folds) {
        /** The options the built-in model was trained with. */
        public static Options defaults() {
            return new Options(10.0, 300, 2, 5);
        }

        String describe() {
            return String.format(Locale.ROOT, "MAXENT_QN L2Cost=%s Iterations=%d Cutoff=%d Threads=1; cut-off by %d-fold CV",
                    l2, iterations, minCount, folds);
        }
    }

    /** A trained model and its cross-validated figures on the training sentences. */
    public record Result(HedgeCueModel model, WeaselEvaluator.Counts crossValidated, int events) {
    }

    private record Item(List<String[]> contexts, boolean uncertain, int fold) {
    }

    private HedgeCueTrainer() {
    }

    /**
     * @param sentences  the training sentences (all of them are used)
     * @param analyze    analyses a sentence's text
     * @param candidates finds the candidates (its model is not used)
     * @param provenance provenance fields to record (data, split, command); the trainer adds its own
     */
    public static Result train(List<WeaselCorpus.Sentence> sentences, Function<String, AnalyzedText> analyze,
                               HedgeFinder candidates, Options options, ObjectNode provenance) {
        List<Item> items = new ArrayList<>(sentences.size());
        for (WeaselCorpus.Sentence s : sentences) {
            List<String[]> ctx = new ArrayList<>();
            for (HedgeFinder.Candidate c : candidates.candidates(analyze.apply(s.text()))) {
                ctx.add(c.context());
            }
            items.add(new Item(ctx, s.uncertain(), s.bucket() % options.folds()));
        }
        double[] oof = new double[items.size()];
        for (int f = 0; f < options.folds(); f++) {
            List<Item> train = new ArrayList<>();
            for (Item it : items) {
                if (it.fold() != f) {
                    train.add(it);
                }
            }
            AbstractModel m = fit(train, options);
            int yes = m.getIndex(HedgeCueModel.HEDGE);
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (it.fold() == f) {
                    double best = -1;
                    for (String[] c : it.contexts()) {
                        best = Math.max(best, m.eval(c)[yes]);
                    }
                    oof[i] = best;
                }
            }
        }
        double cutoff = 0.5;
        WeaselEvaluator.Counts bestCounts = null;
        for (int t = 1; t < 100; t++) {
            double c = t / 100.0;
            WeaselEvaluator.Counts k = new WeaselEvaluator.Counts(0, 0, 0, 0);
            for (int i = 0; i < items.size(); i++) {
                k = k.plus(oof[i] >= c, items.get(i).uncertain());
            }
            if (bestCounts == null || k.f1() > bestCounts.f1()) {
                bestCounts = k;
                cutoff = c;
            }
        }
        AbstractModel model = fit(items, options);
        int events = 0;
        for (Item it : items) {
            events += it.contexts().size();
        }
        ObjectNode p = provenance.deepCopy();
        p.put("trainer", "OpenNLP " + opennlp.tools.util.Version.currentVersion() + " " + options.describe());
        ObjectNode o = p.putObject("trainer_options");
        o.put("l2", options.l2());
        o.put("iterations", options.iterations());
        o.put("min_predicate_count", options.minCount());
        o.put("folds", options.folds());
        p.put("training_sentences", items.size());
        p.put("training_events", events);
        ObjectNode cv = p.putObject("cross_validated");
        cv.put("sentences", bestCounts.sentences());
        cv.put("uncertain", bestCounts.uncertain());
        cv.put("precision", round(bestCounts.precision()));
        cv.put("recall", round(bestCounts.recall()));
        cv.put("f1", round(bestCounts.f1()));
        return new Result(HedgeCueModel.of(model, cutoff, p), bestCounts, events);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** A fresh provenance object to fill in. */
    public static ObjectNode provenance() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static AbstractModel fit(List<Item> items, Options o) {
        List<Event> events = new ArrayList<>();
        for (Item it : items) {
            String outcome = it.uncertain() ? HedgeCueModel.HEDGE : HedgeCueModel.OTHER;
            for (String[] c : it.contexts()) {
                events.add(new Event(outcome, c));
            }
        }
        return MaxentModelFile.fit(events, o.l2(), o.iterations(), o.minCount());
    }
}
