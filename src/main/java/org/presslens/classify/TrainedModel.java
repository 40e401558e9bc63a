package org.presslens.classify;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.core.ConfigException;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * A trained model: the Weka classifier(s) — one for single-label, one yes/no classifier per label for
 * multi-label — with their attribute header and {@link Provenance}. Saved to a folder holding
 * {@code model.bin} or {@code label-<name>.bin}, {@code vectorizer.bin} (the fitted bag-of-words filter, with
 * text features), {@code header.arff} (the empty training dataset, before the bag-of-words filter),
 * {@code provenance.json}, and, after cross-validation, {@code metrics.json}, {@code metrics.csv} and (single-label)
 * the confusion-matrix chart {@code confusion.png}.
 * Prediction is synchronized (Weka's filtered classifiers keep per-call state).
 */
public final class TrainedModel {
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Pretty JSON writer with {@code \n} line ends. */
    public static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** File of the fitted bag-of-words filter. */
    static final String VECTORIZER = "vectorizer.bin";

    private final LabelScheme scheme;
    private final List<String> featureNames;
    private final boolean text;
    private final Fitting.Fitted fitted;
    private final Provenance provenance;
    private final Metrics cvMetrics;

    TrainedModel(LabelScheme scheme, List<String> featureNames, boolean text, Fitting.Fitted fitted,
                 Provenance provenance, Metrics cvMetrics) {
        this.scheme = scheme;
        this.featureNames = List.copyOf(featureNames);
        this.text = text;
        this.fitted = fitted;
        this.provenance = provenance;
        this.cvMetrics = cvMetrics;
    }

    public LabelScheme scheme() {
        return scheme;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** Whether the model reads the article text (bag-of-words features). */
    public boolean usesText() {
        return text;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Cross-validation metrics as computed at training time, or {@code null} (after load, or without CV). */
    public Metrics cvMetrics() {
        return cvMetrics;
    }

    /** The empty Weka dataset the model was trained on (class attribute last). */
    public Instances header() {
        return WekaData.header(featureNames, text,
                scheme.multiLabel() ? WekaData.BINARY : scheme.labels());
    }

    /** Predicts one article from its feature values (in {@link #featureNames()} order) and text. */
    public Prediction predict(double[] features, String text) {
        return predict(List.of(new LabelledRow("article", "", "", "", features, text, null))).get(0);
    }

    /** Predicts rows (labels ignored). */
    public synchronized List<Prediction> predict(List<LabelledRow> rows) {
        double[][] p = Fitting.probabilities(fitted, scheme, featureNames, text, rows);
        List<Prediction> out = new ArrayList<>(rows.size());
        for (double[] probs : p) {
            out.add(toPrediction(probs));
        }
        return out;
    }

    /** Metrics of this model's predictions on validated data. */
    public Metrics evaluate(LabelledData data) {
        PairedBootstrap.Scores s = score(data);
        return CrossValidator.metrics(scheme, data.labels(), s.probabilities(), s.rules());
    }

    /** This model's probabilities and decision rule for each row of the data. */
    public PairedBootstrap.Scores score(LabelledData data) {
        double[][] p;
        synchronized (this) {
            p = Fitting.probabilities(fitted, scheme, featureNames, text, data.rows());
        }
        DecisionRule[] rules = new DecisionRule[p.length];
        java.util.Arrays.fill(rules, fitted.rule());
        return new PairedBootstrap.Scores(p, rules);
    }

    private Prediction toPrediction(double[] probs) {
        Map<String, Double> byLabel = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        boolean[] chosen = scheme.multiLabel() ? fitted.rule().predictLabels(probs) : null;
        for (int c = 0; c < probs.length; c++) {
            byLabel.put(scheme.labels().get(c), probs[c]);
            if (chosen != null && chosen[c]) {
                labels.add(scheme.labels().get(c));
            }
        }
        if (!scheme.multiLabel()) {
            labels.add(scheme.labels().get(fitted.rule().predictClass(probs)));
        }
        return new Prediction(labels, byLabel);
    }

    /** Writes the model folder (created if needed; files of the same names are replaced). */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : provenance.modelFiles().entrySet()) {
            try {
                SerializationHelper.write(dir.resolve(e.getValue()).toString(), fitted.models().get(e.getKey()));
            } catch (Exception ex) {
                throw new IOException(dir.resolve(e.getValue()) + ": cannot write model: " + ex.getMessage(), ex);
            }
        }
        if (fitted.vectorizer() != null) {
            try {
                SerializationHelper.write(dir.resolve(VECTORIZER).toString(), fitted.vectorizer());
            } catch (Exception ex) {
                throw new IOException(dir.resolve(VECTORIZER) + ": cannot write: " + ex.getMessage(), ex);
            }
        }
        Files.writeString(dir.resolve("header.arff"), header().toString() + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("provenance.json"), PRETTY.writeValueAsString(provenance) + "\n",
                StandardCharsets.UTF_8);
        if (cvMetrics != null) {
            writeMetrics(cvMetrics, dir);
        }
    }

    /** Writes {@code metrics.json}, {@code metrics.csv} and (single-label) {@code confusion.png} into a folder. */
    public static void writeMetrics(Metrics metrics, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("metrics.json"), PRETTY.writeValueAsString(metrics.toJson()) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("metrics.csv"), metrics.toCsv(), StandardCharsets.UTF_8);
        if (metrics.confusion().length > 0) {
            ConfusionChart.savePng(metrics, "Confusion matrix", dir.resolve("confusion.png"));
        }
    }

    /**
     * Loads a model folder.
     *
     * @param expectedFeatureSetHash the running pipeline's feature-set hash; {@code null} skips the check
     * @throws ConfigException when the folder is not a model or the feature-set hashes differ
     */
    public static TrainedModel load(Path dir, String expectedFeatureSetHash) {
        WekaRuntime.ensure();
        Provenance p;
        try {
            p = JSON.readValue(Files.readString(dir.resolve("provenance.json"), StandardCharsets.UTF_8),
                    Provenance.class);
        } catch (NoSuchFileException e) {
            throw new ConfigException(dir + ": not a presslens model folder (no provenance.json)");
        } catch (IOException e) {
            throw new ConfigException(dir.resolve("provenance.json") + ": unreadable provenance: " + e.getMessage(), e);
        }
        if (expectedFeatureSetHash != null && !expectedFeatureSetHash.equals(p.featureSetHash())) {
            throw new ConfigException("model " + dir + " was trained with feature-set hash " + p.featureSetHash()
                    + " but the running feature pipeline has " + expectedFeatureSetHash
                    + "; retrain the model with the current configuration: "
                    + (p.retrainCommand().isEmpty() ? "presslens train ... --out " + dir : p.retrainCommand()));
        }
        Instances header;
        try (Reader r = Files.newBufferedReader(dir.resolve("header.arff"), StandardCharsets.UTF_8)) {
            header = new Instances(r);
        } catch (IOException e) {
            throw new ConfigException(dir.resolve("header.arff") + ": unreadable header: " + e.getMessage(), e);
        }
        boolean text = p.textFeatures() != null && p.textFeatures().enabled();
        Instances expected = WekaData.header(p.featureNames(), text,
                p.labelScheme().multiLabel() ? WekaData.BINARY : p.labelScheme().labels());
        header.setClassIndex(header.numAttributes() - 1);
        String mismatch = expected.equalHeadersMsg(header);
        if (mismatch != null) {
            throw new ConfigException(dir.resolve("header.arff") + ": does not match provenance.json: " + mismatch);
        }
        Map<String, Classifier> models = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : p.modelFiles().entrySet()) {
            Path f = dir.resolve(e.getValue());
            try {
                models.put(e.getKey(), (Classifier) SerializationHelper.read(f.toString()));
            } catch (Exception ex) {
                throw new ConfigException(f + ": cannot read model: " + ex.getMessage(), ex);
            }
        }
        StringToWordVector vectorizer = null;
        if (text) {
            Path f = dir.resolve(VECTORIZER);
            try {
                vectorizer = (StringToWordVector) SerializationHelper.read(f.toString());
            } catch (Exception ex) {
                throw new ConfigException(f + ": cannot read the bag-of-words filter: " + ex.getMessage(), ex);
            }
        }
        DecisionRule rule;
        try {
            rule = DecisionRule.of(p.labelScheme(), p.decisionCutoffs());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(dir.resolve("provenance.json") + ": decision_cutoffs: " + e.getMessage(), e);
        }
        return new TrainedModel(p.labelScheme(), p.featureNames(), text,
                new Fitting.Fitted(vectorizer, models, rule), p, null);
    }
}
