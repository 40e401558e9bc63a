package org.presslens.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Fits the model(s) of a label scheme and computes class probabilities: one classifier over the classes
 * (single-label) or one yes/no classifier per label (multi-label, binary relevance).
 */
final class Fitting {
    /** Key of the single-label model. */
    static final String SINGLE = "model";

    private final TrainingConfig config;
    private final List<String> featureNames;
    private final ClassifierFactory factory = new ClassifierFactory();

    Fitting(TrainingConfig config, List<String> featureNames) {
        this.config = config;
        this.featureNames = List.copyOf(featureNames);
    }

    /** Fitted classifiers keyed by {@value #SINGLE} or by label, in label order. */
    Map<String, Classifier> fit(LabelledData data) {
        Map<String, Classifier> out = new LinkedHashMap<>();
        LabelScheme scheme = data.scheme();
        if (!scheme.multiLabel()) {
            Instances train = WekaData.singleLabel(data, featureNames, config.text().enabled());
            out.put(SINGLE, build(train, scheme.labels().size()));
        } else {
            for (String label : scheme.labels()) {
                Instances train = WekaData.binary(data, label, featureNames, config.text().enabled());
                out.put(label, build(train, 2));
            }
        }
        return out;
    }

    /** The training instances of one model key (for inspection). */
    Instances trainingData(LabelledData data, String key) {
        return SINGLE.equals(key) ? WekaData.singleLabel(data, featureNames, config.text().enabled())
                : WekaData.binary(data, key, featureNames, config.text().enabled());
    }

    /**
     * Probabilities per row: of each class (single-label, scheme order) or of each label being present
     * (multi-label).
     */
    static double[][] probabilities(Map<String, Classifier> models, LabelScheme scheme, List<String> featureNames,
                                    boolean text, List<LabelledRow> rows) {
        int k = scheme.labels().size();
        double[][] out = new double[rows.size()][k];
        if (!scheme.multiLabel()) {
            Instances ds = WekaData.header(featureNames, text, scheme.labels());
            Classifier c = models.get(SINGLE);
            for (int i = 0; i < rows.size(); i++) {
                out[i] = distribution(c, WekaData.instance(ds, rows.get(i), featureNames.size(), text, -1));
            }
        } else {
            Instances ds = WekaData.header(featureNames, text, WekaData.BINARY);
            for (int j = 0; j < k; j++) {
                Classifier c = models.get(scheme.labels().get(j));
                for (int i = 0; i < rows.size(); i++) {
                    out[i][j] = distribution(c, WekaData.instance(ds, rows.get(i), featureNames.size(), text, -1))[1];
                }
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
