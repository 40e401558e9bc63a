package org.presslens.classify;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * k-fold cross-validation, stratified by label and grouped by outlet when the rows have outlets (no outlet
 * in both a training and a test fold; see {@link FoldAssigner}). Every filter (bag-of-words, feature
 * selection, class balancing) is fitted on the training folds only.
 */
public final class CrossValidator {
    private static final Logger LOG = LoggerFactory.getLogger(CrossValidator.class);

    /**
     * The outcome of a cross-validation.
     *
     * @param metrics       metrics over the out-of-fold predictions of all rows
     * @param folds         fold of each row
     * @param grouped       whether folds were grouped by outlet
     * @param probabilities out-of-fold probabilities of each row (per class, or per label)
     * @param rules         the decision rule of each row (its fold's)
     */
    public record Result(Metrics metrics, int[] folds, boolean grouped, double[][] probabilities,
                         DecisionRule[] rules) {
    }

    private final TrainingConfig config;
    private final List<String> featureNames;
    private final boolean inner;
    private final int threads;

    public CrossValidator(TrainingConfig config, List<String> featureNames) {
        this(config, featureNames, false, 1);
    }

    /**
     * A cross-validation whose folds are fitted on up to {@code threads} threads at once. Folds are independent
     * and seeded, so the result is the same for any number of threads.
     */
    public CrossValidator(TrainingConfig config, List<String> featureNames, int threads) {
        this(config, featureNames, false, threads);
    }

    /** @param inner an inner cross-validation (tuning inside a training set): folds are logged at debug level */
    CrossValidator(TrainingConfig config, List<String> featureNames, boolean inner) {
        this(config, featureNames, inner, 1);
    }

    private CrossValidator(TrainingConfig config, List<String> featureNames, boolean inner, int threads) {
        if (config.folds() < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + config.folds());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.config = config;
        this.featureNames = List.copyOf(featureNames);
        this.inner = inner;
        this.threads = threads;
    }

    /** Whether these data would be cross-validated with folds grouped by outlet. */
    public boolean grouped(LabelledData data) {
        return config.groupFolds() && data.hasGroups();
    }

    /** The fold of each row. */
    public int[] folds(LabelledData data) {
        boolean grouped = grouped(data);
        List<String> groups = new ArrayList<>(data.size());
        for (LabelledRow r : data.rows()) {
            groups.add(grouped ? r.outlet() : "");
        }
        return new FoldAssigner(config.folds(), config.seed()).assign(groups, data.labels());
    }

    /** Runs the cross-validation. */
    public Result run(LabelledData data) {
        int[] folds = folds(data);
        LabelScheme scheme = data.scheme();
        double[][] probs = new double[data.size()][];
        DecisionRule[] rules = new DecisionRule[data.size()];
        score(data, folds, config.folds(), probs, rules);
        return new Result(metrics(scheme, data.labels(), probs, rules), folds, grouped(data), probs, rules);
    }

    /**
     * Out-of-fold probabilities of the rows of the first {@code scored} folds only (a holdout when
     * {@code scored} is 1): the indices of those rows, and their probabilities in the same order.
     */
    Holdout holdout(LabelledData data, int scored) {
        int[] folds = folds(data);
        double[][] probs = new double[data.size()][];
        score(data, folds, Math.min(scored, config.folds()), probs, new DecisionRule[data.size()]);
        int[] idx = java.util.stream.IntStream.range(0, data.size()).filter(i -> probs[i] != null).toArray();
        double[][] p = new double[idx.length][];
        for (int j = 0; j < idx.length; j++) {
            p[j] = probs[idx[j]];
        }
        return new Holdout(idx, p);
    }

    /** Scored rows of a {@link #holdout}. */
    record Holdout(int[] rows, double[][] probabilities) {
    }

    private void score(LabelledData data, int[] folds, int scored, double[][] probs, DecisionRule[] rules) {
        int n = Math.min(threads, scored);
        if (n <= 1) {
            for (int f = 0; f < scored; f++) {
                scoreFold(data, folds, f, probs, rules);
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "presslens-cv");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int f = 0; f < scored; f++) {
                int fold = f;
                done.add(pool.submit(() -> scoreFold(data, folds, fold, probs, rules))); // disjoint rows per fold
            }
            for (java.util.concurrent.Future<?> d : done) {
                try {
                    d.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("cross-validation interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fits fold {@code f}'s training rows and stores the probabilities and rule of its test rows. */
    private void scoreFold(LabelledData data, int[] folds, int f, double[][] probs, DecisionRule[] rules) {
        LabelScheme scheme = data.scheme();
        Fitting fitting = new Fitting(config, featureNames);
        long t0 = System.nanoTime();
        List<Integer> trainIdx = new ArrayList<>();
        List<Integer> testIdx = new ArrayList<>();
        for (int i = 0; i < folds.length; i++) {
            (folds[i] == f ? testIdx : trainIdx).add(i);
        }
        LabelledData train = data.subset(trainIdx.stream().mapToInt(Integer::intValue).toArray());
        LabelledData test = data.subset(testIdx.stream().mapToInt(Integer::intValue).toArray());
        Fitting.Fitted models = fitting.fit(train);
        double[][] p = Fitting.probabilities(models, scheme, featureNames, config.text().enabled(), test.rows());
        for (int j = 0; j < testIdx.size(); j++) {
            probs[testIdx.get(j)] = p[j];
            rules[testIdx.get(j)] = models.rule();
        }
        (inner ? LOG.atDebug() : LOG.atInfo()).log("fold {}/{}: {} training rows, {} test rows, {} s", f + 1,
                config.folds(), trainIdx.size(), testIdx.size(),
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    }

    /** Metrics of probabilities against validated labels, each row decided by its own rule (its fold's). */
    public static Metrics metrics(LabelScheme scheme, List<List<String>> labels, double[][] probs,
                                  DecisionRule[] rules) {
        List<String> classes = scheme.labels();
        if (!scheme.multiLabel()) {
            int[] actual = new int[labels.size()];
            int[] predicted = new int[labels.size()];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = classes.indexOf(labels.get(i).get(0));
                predicted[i] = rules[i].predictClass(probs[i]);
            }
            return Metrics.singleLabel(classes, actual, predicted, probs);
        }
        boolean[][] actual = new boolean[labels.size()][classes.size()];
        boolean[][] predicted = new boolean[labels.size()][];
        for (int i = 0; i < actual.length; i++) {
            for (int c = 0; c < classes.size(); c++) {
                actual[i][c] = labels.get(i).contains(classes.get(c));
            }
            predicted[i] = rules[i].predictLabels(probs[i]);
        }
        return Metrics.multiLabel(classes, actual, predicted, probs);
    }
}
