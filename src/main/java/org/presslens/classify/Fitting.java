package org.presslens.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Remove;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * Fits the model(s) of a label scheme and computes class probabilities: one classifier over the classes
 * (single-label) or one yes/no classifier per label (multi-label, binary relevance). With text features, the
 * bag-of-words filter is fitted once on the training rows and shared by all labels.
 */
final class Fitting {
    /** Key of the single-label model. */
    static final String SINGLE = "model";

    /**
     * Fitted models.
     *
     * @param scaling     the scaling of the numeric features, or {@code null} when the learner reads them as they are
     * @param vectorizer  the fitted bag-of-words filter, or {@code null} without text features
     * @param termFilter  removes the outlet terms from the vectorizer's output, or {@code null} when none are
     *                    removed
     * @param termScale   per attribute of the (filtered) bag-of-words output, the divisor of its values (its largest
     *                    training value; 0: left as it is), or {@code null} without term scaling
     * @param outletTerms the outlet terms found in the training rows, or {@code null} when not looked for
     * @param models      classifiers keyed by {@value #SINGLE} or by label, in label order; they read the
     *                    vectorizer's output (after the term filter)
     * @param calibration Platt scaling of their probabilities fitted on held-out rows, or {@code null}
     * @param rule        how their (calibrated) probabilities become labels
     */
    record Fitted(FeatureScaling scaling, StringToWordVector vectorizer, Remove termFilter, double[] termScale,
                  OutletTerms.Fit outletTerms, Map<String, Classifier> models, Calibration calibration,
                  DecisionRule rule) {
        /** The rows as the models read them: features scaled when the learner wants it. */
        List<LabelledRow> input(List<LabelledRow> rows) {
            return scaling == null ? rows : scaling.apply(rows);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Fitting.class);

    private final TrainingConfig config;
    private final List<String> featureNames;
    private final ClassifierFactory factory = new ClassifierFactory();

    Fitting(TrainingConfig config, List<String> featureNames) {
        this.config = config;
        this.featureNames = List.copyOf(featureNames);
    }

    /**
     * Fits the vectorizer (if any) and the classifiers, and, when configured, calibrates the probabilities
     * ({@link Calibration}) and tunes the decision cut-offs on the calibrated
     * out-of-fold probabilities of an inner {@value TrainingConfig#INNER_FOLDS}-fold split of these rows: all
     * folds scored below {@value TrainingConfig#INNER_HOLDOUT_ROWS} rows, only the first (a 20% holdout)
     * from there on, where it holds thousands of rows and a full inner cross-validation would cost five fits.
     * When the inner split cannot be made or fitted (fewer outlets than folds, a training fold without some
     * class), the default rule is kept and a warning logged. The rows are first capped per outlet when the
     * configuration says so ({@link OutletCap}).
     */
    Fitted fit(LabelledData given) {
        LabelledData data = OutletCap.apply(given, config.maxPerOutlet(), config.seed());
        DecisionRule rule = DecisionRule.defaults(data.scheme());
        Calibration calibration = null;
        if (config.cutoffs() != DecisionRule.Tuning.NONE) {
            TrainingConfig inner = config.withCutoffs(DecisionRule.Tuning.NONE).withFolds(TrainingConfig.INNER_FOLDS);
            try {
                int scored = data.size() < TrainingConfig.INNER_HOLDOUT_ROWS ? TrainingConfig.INNER_FOLDS : 1;
                CrossValidator.Holdout h = new CrossValidator(inner, featureNames, true).holdout(data, scored);
                List<List<String>> labels = java.util.Arrays.stream(h.rows()).mapToObj(i -> data.labels().get(i))
                        .toList();
                double[][] calibrated = h.probabilities();
                if (config.calibrate()) {
                    calibration = Calibration.fit(h.probabilities(), actual(data.scheme(), labels));
                    calibrated = new double[h.probabilities().length][];
                    for (int i = 0; i < calibrated.length; i++) {
                        calibrated[i] = calibration.apply(h.probabilities()[i], data.scheme().multiLabel());
                    }
                }
                rule = DecisionRule.tune(data.scheme(), labels, calibrated, config.cutoffs());
            } catch (IllegalStateException | IllegalArgumentException | org.presslens.core.ConfigException e) {
                calibration = null;
                LOG.warn("decision cut-offs not tuned on a training set of {} rows (inner split: {}); the default rule is kept", data.size(), e.getMessage());
            }
        }
        return fitModels(data, calibration, rule);
    }

    /** Whether each row has each class or label, in scheme order. */
    static boolean[][] actual(LabelScheme scheme, List<List<String>> labels) {
        boolean[][] out = new boolean[labels.size()][scheme.labels().size()];
        for (int i = 0; i < out.length; i++) {
            for (int c = 0; c < out[i].length; c++) {
                out[i][c] = labels.get(i).contains(scheme.labels().get(c));
            }
        }
        return out;
    }

    private Fitted fitModels(LabelledData data, Calibration calibration, DecisionRule rule) {
        LabelScheme scheme = data.scheme();
        boolean text = config.text().enabled();
        FeatureScaling scaling = FeatureScaling.wanted(config) && !featureNames.isEmpty()
                ? FeatureScaling.fit(data.rows(), featureNames.size()) : null;
        List<LabelledRow> rows = scaling == null ? data.rows() : scaling.apply(data.rows());
        Instances raw = WekaData.header(featureNames, text, classValues(scheme));
        raw = new Instances(raw, data.size());
        for (int i = 0; i < data.size(); i++) {
            int cls = scheme.multiLabel() ? 0 : raw.classAttribute().indexOfValue(data.labels().get(i).get(0));
            raw.add(WekaData.instance(raw, rows.get(i), featureNames.size(), text, cls));
        }
        StringToWordVector vectorizer = null;
        Remove termFilter = null;
        double[] termScale = null;
        OutletTerms.Fit outletTerms = null;
        Instances vec = raw;
        if (text) {
            vectorizer = factory.wordVector(config.text());
            try {
                vectorizer.setInputFormat(raw);
                vec = Filter.useFilter(raw, vectorizer);
                if (config.text().outletShare() > 0) {
                    outletTerms = OutletTerms.fit(vec, data.rows().stream().map(LabelledRow::outlet).toList(),
                            config.text().outletShare(), config.text().ngramMax());
                    termFilter = OutletTerms.remover(vectorizer.getOutputFormat(), outletTerms.terms());
                    if (termFilter != null) {
                        vec = Filter.useFilter(vec, termFilter);
                    }
                }
                if (config.text().termScaling()) {
                    termScale = termScale(vec, featureNames.size());
                    for (int i = 0; i < vec.numInstances(); i++) {
                        scaleTerms(vec.instance(i), termScale);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException("bag-of-words features failed: " + e.getMessage(), e);
            }
        }
        Map<String, Classifier> out = new LinkedHashMap<>();
        if (!scheme.multiLabel()) {
            out.put(SINGLE, build(vec, scheme.labels().size()));
        } else {
            for (String label : scheme.labels()) {
                out.put(label, build(binary(vec, data, label), 2));
            }
        }
        return new Fitted(scaling, vectorizer, termFilter, termScale, outletTerms, out, calibration, rule);
    }

    /**
     * A copy of the parts of a fitted model that keep per-call state (the bag-of-words filter, the term filter,
     * the classifiers with their internal filters), for one thread; the rest is shared. Copied through Weka's own
     * serialization of objects this process made or has already loaded through the model allow-list.
     */
    static Fitted copyForThread(Fitted f) {
        return copyForThread(f, true);
    }

    /**
     * {@link #copyForThread(Fitted)}, with {@code filters} false leaving out the bag-of-words and term filters
     * (the copy has none): for a model whose bag-of-words input a {@link TermVectorizer} builds, so that each
     * thread does not copy a vocabulary it never uses.
     */
    static Fitted copyForThread(Fitted f, boolean filters) {
        try {
            StringToWordVector vectorizer = f.vectorizer() == null || !filters ? null
                    : (StringToWordVector) Filter.makeCopy(f.vectorizer());
            Remove termFilter = f.termFilter() == null || !filters ? null : (Remove) Filter.makeCopy(f.termFilter());
            Map<String, Classifier> models = new LinkedHashMap<>();
            for (Map.Entry<String, Classifier> e : f.models().entrySet()) {
                models.put(e.getKey(), (Classifier) new weka.core.SerializedObject(e.getValue()).getObject());
            }
            return new Fitted(f.scaling(), vectorizer, termFilter, f.termScale(), f.outletTerms(), models,
                    f.calibration(), f.rule());
        } catch (Exception e) {
            throw new IllegalStateException("cannot copy the model for a thread: " + e.getMessage(), e);
        }
    }

    /** The training instances one model saw (after the bag-of-words filter), for inspection. */
    static Instances seen(Fitted fitted, LabelledData data, String key, List<String> featureNames, boolean text) {
        LabelScheme scheme = data.scheme();
        List<LabelledRow> rows = fitted.input(data.rows());
        Instances raw = WekaData.header(featureNames, text, classValues(scheme));
        raw = new Instances(raw, data.size());
        for (int i = 0; i < data.size(); i++) {
            int cls = scheme.multiLabel() ? (data.labels().get(i).contains(key) ? 1 : 0)
                    : raw.classAttribute().indexOfValue(data.labels().get(i).get(0));
            raw.add(WekaData.instance(raw, rows.get(i), featureNames.size(), text, cls));
        }
        if (fitted.vectorizer() == null) {
            return raw;
        }
        try {
            Instances vec = Filter.useFilter(raw, fitted.vectorizer());
            vec = fitted.termFilter() == null ? vec : Filter.useFilter(vec, fitted.termFilter());
            if (fitted.termScale() != null) {
                for (int i = 0; i < vec.numInstances(); i++) {
                    scaleTerms(vec.instance(i), fitted.termScale());
                }
            }
            return vec;
        } catch (Exception e) {
            throw new IllegalStateException("bag-of-words features failed: " + e.getMessage(), e);
        }
    }

    /**
     * The largest training value of each bag-of-words attribute (those after the {@code numFeatures} numeric
     * features, except the class), 0 for the others.
     */
    static double[] termScale(Instances vec, int numFeatures) {
        double[] max = new double[vec.numAttributes()];
        for (int i = 0; i < vec.numInstances(); i++) {
            Instance inst = vec.instance(i);
            for (int j = 0; j < inst.numValues(); j++) {
                int a = inst.index(j);
                if (a >= numFeatures && a != vec.classIndex()) {
                    max[a] = Math.max(max[a], inst.valueSparse(j));
                }
            }
        }
        return max;
    }

    /** Divides each bag-of-words value of an instance by its attribute's scale (in place). */
    static void scaleTerms(Instance inst, double[] scale) {
        for (int j = 0; j < inst.numValues(); j++) {
            int a = inst.index(j);
            if (scales(scale, a)) {
                inst.setValueSparse(j, inst.valueSparse(j) / scale[a]);
            }
        }
    }

    /**
     * {@link #scaleTerms(Instance, double[])} on the first {@code n} entries of sparse arrays (ascending
     * attribute indices, in place), step for step: a value that becomes 0 is removed, as
     * {@code SparseInstance.setValueSparse} removes it, and the entry that moves into its place is passed over.
     *
     * @return the number of entries left
     */
    static int scaleTerms(int[] index, double[] value, int n, double[] scale) {
        for (int j = 0; j < n; j++) {
            int a = index[j];
            if (scales(scale, a)) {
                double v = value[j] / scale[a];
                if (v != 0) {
                    value[j] = v;
                } else {
                    System.arraycopy(index, j + 1, index, j, n - j - 1);
                    System.arraycopy(value, j + 1, value, j, n - j - 1);
                    n--;
                }
            }
        }
        return n;
    }

    /** Whether term scaling divides the values of attribute {@code a}. */
    private static boolean scales(double[] scale, int a) {
        return a < scale.length && scale[a] > 0;
    }

    static List<String> classValues(LabelScheme scheme) {
        return scheme.multiLabel() ? WekaData.BINARY : scheme.labels();
    }

    private static Instances binary(Instances vec, LabelledData data, String label) {
        Instances y = new Instances(vec);
        for (int i = 0; i < y.numInstances(); i++) {
            y.instance(i).setClassValue(data.labels().get(i).contains(label) ? 1 : 0);
        }
        return y;
    }

    /**
     * Probabilities per row: of each class (single-label, scheme order) or of each label being present
     * (multi-label). Not thread-safe (the vectorizer keeps state).
     */
    static double[][] probabilities(Fitted fitted, LabelScheme scheme, List<String> featureNames, boolean text,
                                    List<LabelledRow> given) {
        return probabilities(fitted, null, scheme, featureNames, text, given, null);
    }

    /**
     * {@link #probabilities(Fitted, LabelScheme, List, boolean, List)}, the bag-of-words input built by a
     * {@link TermVectorizer} of the same model instead of Weka's filters (the same instances).
     *
     * @param fitted the model; with {@code fast}, only its scaling, classifiers and calibration are read (its
     *               filters may be absent, {@link #copyForThread(Fitted, boolean)})
     * @param fast   the term vectorizer of the model, or {@code null}: Weka's filters
     * @param terms  per row, its text with term counts to share with other models, or {@code null}: counted here
     */
    static double[][] probabilities(Fitted fitted, TermVectorizer fast, LabelScheme scheme, List<String> featureNames,
                                    boolean text, List<LabelledRow> given, List<TextTerms> terms) {
        List<LabelledRow> rows = fitted.input(given);
        int k = scheme.labels().size();
        double[][] out = new double[rows.size()][k];
        Instances raw = WekaData.header(featureNames, text, classValues(scheme));
        for (int i = 0; i < rows.size(); i++) {
            Instance inst;
            LabelledRow row = rows.get(i);
            if (fast != null) {
                WekaData.checkFeatures(row, featureNames.size());
                if (row.text() == null) {
                    throw new IllegalArgumentException(row.where() + ": no text");
                }
                inst = fast.vectorize(row.features(), terms == null ? new TextTerms(row.text()) : terms.get(i));
            } else {
                inst = WekaData.instance(raw, row, featureNames.size(), text, -1);
                if (fitted.vectorizer() != null) {
                    try {
                        fitted.vectorizer().input(inst);
                        inst = fitted.vectorizer().output();
                        if (fitted.termFilter() != null) {
                            fitted.termFilter().input(inst);
                            inst = fitted.termFilter().output();
                        }
                        if (fitted.termScale() != null) {
                            scaleTerms(inst, fitted.termScale());
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException("bag-of-words features failed: " + e.getMessage(), e);
                    }
                }
            }
            if (!scheme.multiLabel()) {
                out[i] = distribution(fitted.models().get(SINGLE), inst);
            } else {
                for (int j = 0; j < k; j++) {
                    out[i][j] = distribution(fitted.models().get(scheme.labels().get(j)), inst)[1];
                }
            }
            if (fitted.calibration() != null) {
                out[i] = fitted.calibration().apply(out[i], scheme.multiLabel());
            }
            if (text && fast == null) {
                raw.attribute(featureNames.size()).setStringValue(" ");
            }
        }
        return out;
    }

    private Classifier build(Instances train, int numClasses) {
        Classifier c = factory.pipeline(config, numClasses);
        try {
            c.buildClassifier(train);
        } catch (Exception e) {
            throw new IllegalStateException("training " + ClassifierFactory.describe(c) + " failed: "
                    + e.getMessage(), e);
        }
        return c;
    }

    static double[] distribution(Classifier c, Instance inst) {
        try {
            return c.distributionForInstance(inst);
        } catch (Exception e) {
            throw new IllegalStateException("prediction failed: " + e.getMessage(), e);
        }
    }
}
