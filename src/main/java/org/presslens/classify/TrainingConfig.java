package org.presslens.classify;

import java.util.Objects;

/**
 * Everything that determines a trained model besides the data.
 *
 * @param classifier   which learner ({@link ClassifierFactory})
 * @param text         optional bag-of-words features
 * @param balance      balance the classes of every training set (Weka {@code ClassBalancer}: every instance
 *                     of class c gets the weight n / (k * n_c); for learners that ignore weights, such as
 *                     {@code sgd}, a seeded {@code Resample} to a uniform class distribution instead; see
 *                     {@link ClassifierFactory#balancer}); for multi-label, per label (yes versus no)
 * @param folds        cross-validation folds (0 or 1: no cross-validation)
 * @param seed         seed for fold assignment and randomised learners
 * @param groupFolds   group folds by outlet when the rows have outlets
 * @param cutoffs      how the decision cut-offs are tuned ({@link DecisionRule#tune}): unless {@code NONE}, on
 *                     out-of-fold probabilities of an inner {@value #INNER_FOLDS}-fold cross-validation of every
 *                     training set (grouped like the outer one), which costs {@value #INNER_FOLDS} more fits; from
 *                     {@value #INNER_HOLDOUT_ROWS} rows on, of its first fold only (one more fit)
 * @param calibrate    with tuned cut-offs, first fit a Platt scaling ({@link Calibration}) on the same held-out
 *                     probabilities and tune the cut-offs on the calibrated ones; off by default: per-fold
 *                     calibration on an outlet-grouped holdout lowered the pooled out-of-fold ROC AUC on the
 *                     tuning parts (reliability 0.671 to 0.614 with the outlet filter added, narrative 0.718 to 0.697)
 * @param maxPerOutlet at most this many rows of one outlet in every training set ({@link OutletCap}); 0: all rows
 */
public record TrainingConfig(ClassifierSpec classifier, TextFeatures text, boolean balance, int folds, long seed,
                             boolean groupFolds, DecisionRule.Tuning cutoffs, boolean calibrate, int maxPerOutlet) {
    /** Folds of the inner cross-validation that tunes the decision cut-offs. */
    public static final int INNER_FOLDS = 5;
    /** From this many training rows on, cut-offs are tuned on one inner fold (a 20% holdout) only. */
    public static final int INNER_HOLDOUT_ROWS = 5_000;

    public TrainingConfig {
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cutoffs, "cutoffs");
        if (folds < 0) {
            throw new IllegalArgumentException("folds must be >= 0, got " + folds);
        }
        if (maxPerOutlet < 0) {
            throw new IllegalArgumentException("maxPerOutlet must be >= 0, got " + maxPerOutlet);
        }
    }

    /** A configuration that uses every row of every outlet. */
    public TrainingConfig(ClassifierSpec classifier, TextFeatures text, boolean balance, int folds, long seed,
                          boolean groupFolds, DecisionRule.Tuning cutoffs, boolean calibrate) {
        this(classifier, text, balance, folds, seed, groupFolds, cutoffs, calibrate, 0);
    }

    /** A configuration with the default decision rule (no cut-off tuning). */
    public TrainingConfig(ClassifierSpec classifier, TextFeatures text, boolean balance, int folds, long seed,
                          boolean groupFolds) {
        this(classifier, text, balance, folds, seed, groupFolds, DecisionRule.Tuning.NONE, false);
    }

    /** A configuration without calibration. */
    public TrainingConfig(ClassifierSpec classifier, TextFeatures text, boolean balance, int folds, long seed,
                          boolean groupFolds, DecisionRule.Tuning cutoffs) {
        this(classifier, text, balance, folds, seed, groupFolds, cutoffs, false);
    }

    public TrainingConfig withCalibration(boolean c) {
        return new TrainingConfig(classifier, text, balance, folds, seed, groupFolds, cutoffs, c, maxPerOutlet);
    }

    /** Defaults: the named classifier, no text features, class balancing, 5 grouped folds, seed 1. */
    public static TrainingConfig defaults(String classifierName) {
        return new TrainingConfig(ClassifierSpec.named(classifierName), TextFeatures.none(), true, 5, 1, true);
    }

    public TrainingConfig withText(TextFeatures t) {
        return new TrainingConfig(classifier, t, balance, folds, seed, groupFolds, cutoffs, calibrate, maxPerOutlet);
    }

    public TrainingConfig withFolds(int k) {
        return new TrainingConfig(classifier, text, balance, k, seed, groupFolds, cutoffs, calibrate, maxPerOutlet);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(classifier, text, balance, folds, s, groupFolds, cutoffs, calibrate, maxPerOutlet);
    }

    public TrainingConfig withBalance(boolean b) {
        return new TrainingConfig(classifier, text, b, folds, seed, groupFolds, cutoffs, calibrate, maxPerOutlet);
    }

    public TrainingConfig withClassifier(ClassifierSpec c) {
        return new TrainingConfig(c, text, balance, folds, seed, groupFolds, cutoffs, calibrate, maxPerOutlet);
    }

    public TrainingConfig withCutoffs(DecisionRule.Tuning tuning) {
        return new TrainingConfig(classifier, text, balance, folds, seed, groupFolds, tuning, calibrate, maxPerOutlet);
    }

    public TrainingConfig withMaxPerOutlet(int max) {
        return new TrainingConfig(classifier, text, balance, folds, seed, groupFolds, cutoffs, calibrate, max);
    }
}
