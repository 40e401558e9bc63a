package org.presslens.classify;

import java.util.List;
import java.util.Map;

/**
 * What a trained model was built from and how, written to {@code provenance.json} as nested records: where the
 * training data came from ({@link Data}), which features the model reads ({@link Features}), how it was trained
 * ({@link Trainer}) and how it was evaluated ({@link Evaluation}), plus what loading needs at the top level.
 *
 * @param presslensVersion presslens version that trained it
 * @param createdAt        creation time (ISO-8601 UTC); the only field that differs between identical runs
 * @param javaVersion      Java version
 * @param wekaVersion      Weka version ({@code weka.core.Version.VERSION})
 * @param labelScheme      single- or multi-label, classes/labels, delimiter
 * @param data             the training data
 * @param features         the features the model reads
 * @param trainer          the learner, its pipeline and decision rule
 * @param evaluation       its cross-validation
 * @param modelFiles       model file per class set: {@code model} (single-label) or each label
 * @param modelFileSha256  SHA-256 (hex) of each file of the folder that is not text (the model files,
 *                         {@code vectorizer.bin}, {@link ContentHashes#FILE}) by file name, written by
 *                         {@link TrainedModel#save} and checked before the file is read; empty before the model is
 *                         saved
 * @param retrainCommand   the command that rebuilds this model, run from the project root (paths relative to it)
 */
public record Provenance(
        String presslensVersion,
        String createdAt,
        String javaVersion,
        String wekaVersion,
        LabelScheme labelScheme,
        Data data,
        Features features,
        Trainer trainer,
        Evaluation evaluation,
        Map<String, String> modelFiles,
        Map<String, String> modelFileSha256,
        String retrainCommand) {

    /** This provenance with the SHA-256 of each non-text file (kept in file-name order). */
    public Provenance withModelFileSha256(Map<String, String> sha256) {
        return new Provenance(presslensVersion, createdAt, javaVersion, wekaVersion, labelScheme, data, features,
                trainer, evaluation, modelFiles, java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sha256)),
                retrainCommand);
    }

    /**
     * The training data.
     *
     * @param files             training files, relative to the project root when given on the command line
     * @param sha256            SHA-256 over their bytes in order
     * @param labelField        the label field
     * @param groupField        the field that grouped the folds (usually {@code outlet}), empty when not grouped
     * @param rows              rows trained on
     * @param skippedUnlabelled rows skipped for having no label
     * @param labelCounts       rows per class (single-label) or per label (multi-label)
     * @param bodyHashes        distinct training article bodies whose 64-bit hashes are kept in
     *                          {@link ContentHashes#FILE} (0: none, as for feature tables)
     */
    public record Data(List<String> files, String sha256, String labelField, String groupField, long rows,
                       long skippedUnlabelled, Map<String, Integer> labelCounts, int bodyHashes) {
    }

    /**
     * The features the model reads.
     *
     * @param featureSetHash the feature-set hash of the pipeline the features came from
     * @param featureNames   numeric feature names in the model's order
     * @param bindings       per extractor id whose features the model reads, that extractor's hash
     *                       ({@link FeatureSet#extractorHashes()}): the model is usable by any pipeline that computes
     *                       these extractors with these hashes, whatever else it computes; absent (rows without
     *                       extractor hashes): the model needs {@code featureSetHash} exactly
     * @param scaling        the min-max scaling of the numeric features fitted on the training rows
     *                       ({@link FeatureScaling}), absent when the learner reads them unscaled
     * @param text           bag-of-words settings
     * @param outletTerms    the bag-of-words terms removed for encoding the outlet ({@link OutletTerms}), absent when
     *                       the filter was off
     */
    public record Features(String featureSetHash, List<String> featureNames, Map<String, String> bindings,
                           FeatureScaling scaling, TextFeatures text, OutletTerms.Fit outletTerms) {
    }

    /**
     * How the model was trained.
     *
     * @param classifierName    presslens learner name, or {@code weka}
     * @param classifierClass   the Weka class of each stored model (the pipeline's outer class)
     * @param classifierOptions full Weka specification of the pipeline ({@code class options})
     * @param baseClassifier    the learner inside the pipeline ({@code class options})
     * @param classBalance      how class imbalance was handled
     * @param seed              seed
     * @param cutoffTuning      how the decision cut-offs were tuned ({@link DecisionRule.Tuning#option()})
     * @param calibration       Platt scaling of the probabilities fitted on held-out rows of the inner split that
     *                          tuned the cut-offs ({@link Calibration}); absent when the cut-offs were not tuned
     * @param decisionCutoffs   the {@link DecisionRule} cut-off of each class or label, applied to the calibrated
     *                          probabilities
     * @param maxRowsPerOutlet  at most this many rows of one outlet in each training set (0: all rows)
     */
    public record Trainer(String classifierName, String classifierClass, String classifierOptions,
                          String baseClassifier, String classBalance, long seed, String cutoffTuning,
                          Calibration calibration, Map<String, Double> decisionCutoffs, int maxRowsPerOutlet) {
    }

    /**
     * How the model was evaluated.
     *
     * @param folds               cross-validation folds (0: none)
     * @param groupedBy           field whose values grouped the folds, or empty when folds were not grouped
     * @param cvMetrics           cross-validation metrics (as in {@code metrics.json}), empty without CV
     * @param informativeFeatures per model, the attributes with the highest information gain on the training rows
     */
    public record Evaluation(int folds, String groupedBy, Map<String, Object> cvMetrics,
                             Map<String, List<RankedFeature>> informativeFeatures) {
    }

    /**
     * An attribute and its score.
     *
     * @param name    attribute name (a feature name, or {@code word:<term>})
     * @param score   information gain in bits
     * @param highest the class whose training rows have the highest mean value of the attribute ({@code yes}
     *                or {@code no} for a label of a multi-label model): the direction it points in
     */
    public record RankedFeature(String name, double score, String highest) {
    }

    // shortcuts to the nested fields most readers need

    public String featureSetHash() {
        return features == null ? null : features.featureSetHash();
    }

    public List<String> featureNames() {
        return features == null ? null : features.featureNames();
    }

    public Map<String, String> featureBindings() {
        return features == null ? null : features.bindings();
    }

    public FeatureScaling featureScaling() {
        return features == null ? null : features.scaling();
    }

    public TextFeatures textFeatures() {
        return features == null ? null : features.text();
    }

    public OutletTerms.Fit outletTerms() {
        return features == null ? null : features.outletTerms();
    }

    public Map<String, Double> decisionCutoffs() {
        return trainer == null ? null : trainer.decisionCutoffs();
    }

    public Map<String, List<RankedFeature>> informativeFeatures() {
        return evaluation == null ? Map.of() : evaluation.informativeFeatures();
    }

    public String groupedBy() {
        return evaluation == null ? "" : evaluation.groupedBy();
    }

    public Map<String, Object> cvMetrics() {
        return evaluation == null ? Map.of() : evaluation.cvMetrics();
    }
}
