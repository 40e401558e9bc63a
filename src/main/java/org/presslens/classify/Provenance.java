package org.presslens.classify;

import java.util.List;
import java.util.Map;

/**
 * What a trained model was built from and how, written to {@code provenance.json}.
 *
 * @param presslensVersion    presslens version that trained it
 * @param createdAt           creation time (ISO-8601 UTC); the only field that differs between identical runs
 * @param javaVersion         Java version
 * @param wekaVersion         Weka version ({@code weka.core.Version.VERSION})
 * @param featureSetHash      hash of the feature pipeline the features came from
 * @param featureNames        numeric feature names in order
 * @param trainingData        files, their SHA-256, row counts
 * @param labelScheme         single- or multi-label, classes/labels, delimiter
 * @param classifierName      presslens learner name, or {@code weka}
 * @param classifierClass     the Weka class of each stored model (the pipeline's outer class)
 * @param classifierOptions   full Weka specification of the pipeline ({@code class options})
 * @param baseClassifier      the learner inside the pipeline ({@code class options})
 * @param textFeatures        bag-of-words settings
 * @param classBalance        how class imbalance was handled
 * @param seed                seed
 * @param folds               cross-validation folds (0: none)
 * @param groupedBy           field whose values grouped the folds, or empty when folds were not grouped
 * @param cvMetrics           cross-validation metrics (as in {@code metrics.json}), empty without CV
 * @param modelFiles          model file per class set: {@code model} (single-label) or each label
 * @param modelFileSha256     SHA-256 (hex) of each serialized file of the folder by file name (the model files and
 *                            {@code vectorizer.bin}), written by {@link TrainedModel#save} and checked before the
 *                            file is read; empty before the model is saved
 * @param informativeFeatures per model, the attributes with the highest information gain on the training rows
 * @param retrainCommand      command that rebuilds this model
 * @param decisionCutoffs     the {@link DecisionRule} cut-off of each class or label; absent (older models) or
 *                            untuned: the default rule
 */
public record Provenance(
        String presslensVersion,
        String createdAt,
        String javaVersion,
        String wekaVersion,
        String featureSetHash,
        List<String> featureNames,
        TrainingData trainingData,
        LabelScheme labelScheme,
        String classifierName,
        String classifierClass,
        String classifierOptions,
        String baseClassifier,
        TextFeatures textFeatures,
        String classBalance,
        long seed,
        int folds,
        String groupedBy,
        Map<String, Object> cvMetrics,
        Map<String, String> modelFiles,
        Map<String, String> modelFileSha256,
        Map<String, List<RankedFeature>> informativeFeatures,
        String retrainCommand,
        Map<String, Double> decisionCutoffs) {

    /** This provenance with the SHA-256 of each serialized file (kept in file-name order). */
    public Provenance withModelFileSha256(Map<String, String> sha256) {
        return new Provenance(presslensVersion, createdAt, javaVersion, wekaVersion, featureSetHash, featureNames,
                trainingData, labelScheme, classifierName, classifierClass, classifierOptions, baseClassifier,
                textFeatures, classBalance, seed, folds, groupedBy, cvMetrics, modelFiles,
                java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sha256)),
                informativeFeatures, retrainCommand, decisionCutoffs);
    }

    /**
     * The training data of a model.
     *
     * @param files             training files as given
     * @param sha256            SHA-256 over their bytes in order
     * @param labelField        the label field
     * @param rows              rows trained on
     * @param skippedUnlabelled rows skipped for having no label
     * @param labelCounts       rows per class (single-label) or per label (multi-label)
     */
    public record TrainingData(List<String> files, String sha256, String labelField, long rows,
                               long skippedUnlabelled, Map<String, Integer> labelCounts) {
    }

    /**
     * An attribute and its score.
     *
     * @param name    attribute name (a feature name, or {@code word:<term>})
     * @param score   information gain in bits
     * @param highest the class whose training rows have the highest mean value of the attribute ({@code yes}
     *                or {@code no} for a label of a multi-label model): the direction it points in; empty in
     *                models from before this field
     */
    public record RankedFeature(String name, double score, String highest) {
    }
}
