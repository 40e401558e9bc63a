package org.presslens.classify;

import java.util.ArrayList;
import java.util.List;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Converts rows to Weka instances. Attributes: the numeric features (in {@link RowSource#featureNames()}
 * order), then the text as a string attribute {@value #TEXT} (when text features are on), then the class
 * {@value #CLASS}: the scheme's classes (single-label) or {@code no}/{@code yes} (one binary-relevance label).
 */
final class WekaData {
    static final String TEXT = "presslens.text";
    static final String CLASS = "presslens.class";
    static final List<String> BINARY = List.of("no", "yes");

    private WekaData() {
    }

    /** The empty dataset with the attributes of a model. */
    static Instances header(List<String> featureNames, boolean text, List<String> classValues) {
        ArrayList<Attribute> atts = new ArrayList<>(featureNames.size() + 2);
        for (String f : featureNames) {
            atts.add(new Attribute(f));
        }
        if (text) {
            atts.add(new Attribute(TEXT, (List<String>) null));
        }
        atts.add(new Attribute(CLASS, new ArrayList<>(classValues)));
        Instances ds = new Instances("presslens", atts, 0);
        ds.setClassIndex(ds.numAttributes() - 1);
        return ds;
    }

    /** Single-label training data; the class value of each row is its one label. */
    static Instances singleLabel(LabelledData data, List<String> featureNames, boolean text) {
        Instances ds = header(featureNames, text, data.scheme().labels());
        ds = new Instances(ds, data.size());
        for (int i = 0; i < data.size(); i++) {
            ds.add(instance(ds, data.rows().get(i), featureNames.size(), text,
                    ds.classAttribute().indexOfValue(data.labels().get(i).get(0))));
        }
        return ds;
    }

    /** Binary-relevance training data for one label: {@code yes} when the row carries it. */
    static Instances binary(LabelledData data, String label, List<String> featureNames, boolean text) {
        Instances ds = header(featureNames, text, BINARY);
        ds = new Instances(ds, data.size());
        for (int i = 0; i < data.size(); i++) {
            ds.add(instance(ds, data.rows().get(i), featureNames.size(), text,
                    data.labels().get(i).contains(label) ? 1 : 0));
        }
        return ds;
    }

    /** Refuses a row without {@code numFeatures} feature values. */
    static void checkFeatures(LabelledRow row, int numFeatures) {
        if (row.features().length != numFeatures) {
            throw new IllegalArgumentException(row.where() + ": " + row.features().length
                    + " feature values, expected " + numFeatures);
        }
    }

    /**
     * One instance attached to {@code dataset} (whose string attribute receives the text).
     *
     * @param classIndex the class value index, or -1 for missing
     */
    static Instance instance(Instances dataset, LabelledRow row, int numFeatures, boolean text, int classIndex) {
        checkFeatures(row, numFeatures);
        double[] vals = new double[dataset.numAttributes()];
        System.arraycopy(row.features(), 0, vals, 0, numFeatures);
        if (text) {
            vals[numFeatures] = dataset.attribute(numFeatures).addStringValue(row.text());
        }
        vals[vals.length - 1] = classIndex < 0 ? weka.core.Utils.missingValue() : classIndex;
        Instance inst = new DenseInstance(1.0, vals);
        inst.setDataset(dataset);
        return inst;
    }
}
