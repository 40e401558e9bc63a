package org.presslens.classify;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * A trained model: the Weka classifier(s) — one for single-label, one yes/no classifier per label for
 * multi-label — with their attribute header and {@link Provenance}. Saved to a folder holding
 * {@code model.bin} or {@code label-<name>.bin}, {@code vectorizer.bin} (the fitted bag-of-words filter, with
 * text features), {@code header.arff} (the empty training dataset, before the bag-of-words filter),
 * {@code provenance.json}, and, after cross-validation, {@code metrics.json}, {@code metrics.csv} and (single-label)
 * the confusion-matrix chart {@code confusion.png}.
 * Prediction is thread-safe without a lock: Weka's filters and filtered classifiers keep per-call state, so each
 * thread predicts with its own copy of them ({@link Fitting#copyForThread}), made on its first call. With text
 * features, the bag-of-words input is built from the article's term counts by a {@link TermVectorizer} (made
 * once per model, shared by threads), which gives the instances of the model's Weka filters without their cost;
 * a model whose filters it does not reproduce predicts through the filters.
 */
public final class TrainedModel {
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Pretty JSON writer with {@code \n} line ends. */
    public static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrainedModel.class);

    /** File of the fitted bag-of-words filter. */
    static final String VECTORIZER = "vectorizer.bin";
    /** File of the term scales (a serialized {@code double[]}), with term scaling. */
    static final String TERM_SCALE = "term-scale.bin";
    /** File of the model's provenance. */
    static final String PROVENANCE = "provenance.json";

    private final LabelScheme scheme;
    private final List<String> featureNames;
    private final boolean text;
    private final Fitting.Fitted fitted;
    /**
     * Per thread, its own copy of the stateful parts of {@link #fitted}: the classifiers, and the filters when no
     * {@link #termVectorizer} replaces them.
     */
    private final ThreadLocal<Fitting.Fitted> perThread;
    /** Per thread, its own copy with the filters (the same as {@link #perThread} without a term vectorizer). */
    private final ThreadLocal<Fitting.Fitted> perThreadFilters;
    private final Provenance provenance;
    private final Metrics cvMetrics;
    /** Body hashes of the training articles, or {@code null} when unknown. */
    private final ContentHashes trainingHashes;
    /** Position in the caller's feature rows of each feature of the model, or {@code null}: the same order. */
    private final int[] inputColumns;
    /** Builds the bag-of-words input without Weka's filters, or {@code null}: the filters build it. */
    private final TermVectorizer termVectorizer;

    TrainedModel(LabelScheme scheme, List<String> featureNames, boolean text, Fitting.Fitted fitted,
                 Provenance provenance, Metrics cvMetrics) {
        this(scheme, featureNames, text, fitted, provenance, cvMetrics, null, null);
    }

    TrainedModel(LabelScheme scheme, List<String> featureNames, boolean text, Fitting.Fitted fitted,
                 Provenance provenance, Metrics cvMetrics, ContentHashes trainingHashes, int[] inputColumns) {
        this.trainingHashes = trainingHashes;
        this.inputColumns = inputColumns == null ? null : inputColumns.clone();
        this.scheme = scheme;
        this.featureNames = List.copyOf(featureNames);
        this.text = text;
        this.fitted = fitted;
        this.termVectorizer = termVectorizer(fitted, featureNames.size());
        boolean filters = termVectorizer == null;
        this.perThread = ThreadLocal.withInitial(() -> Fitting.copyForThread(fitted, filters));
        this.perThreadFilters = filters ? perThread : ThreadLocal.withInitial(() -> Fitting.copyForThread(fitted, true));
        this.provenance = provenance;
        this.cvMetrics = cvMetrics;
    }

    private static TermVectorizer termVectorizer(Fitting.Fitted fitted, int numFeatures) {
        if (fitted.vectorizer() == null) {
            return null;
        }
        try {
            return TermVectorizer.of(fitted, numFeatures);
        } catch (IllegalArgumentException e) {
            LOG.info("bag-of-words input through Weka's filters (slower): {}", e.getMessage());
            return null;
        }
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

    /** Whether an article body was among this model's training articles ({@code false} when they are unknown). */
    public boolean trainedOn(String body) {
        return trainingHashes != null && trainingHashes.contains(body);
    }

    /** {@link #trainedOn(String)} for the body's hash ({@code BodyHash.of}), computed once for several models. */
    public boolean trainedOn(long bodyHash) {
        return trainingHashes != null && trainingHashes.contains(bodyHash);
    }

    /** How many distinct training article bodies the model knows the hashes of (0: none kept). */
    public int trainingHashCount() {
        return trainingHashes == null ? 0 : trainingHashes.size();
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
        return predict(features, new TextTerms(text));
    }

    /**
     * Predicts one article from its feature values (in {@link #featureNames()} order) and text, with term counts
     * that other models of the same article reuse.
     */
    public Prediction predict(double[] features, TextTerms terms) {
        List<LabelledRow> rows = bound(List.of(new LabelledRow("article", "", "", "", features, terms.text(), null)));
        return toPrediction(Fitting.probabilities(perThread.get(), termVectorizer, scheme, featureNames, text, rows,
                List.of(terms))[0]);
    }

    /**
     * Probabilities per row as {@link #predict(List)} computes them, the bag-of-words input built by the term
     * vectorizer or, with {@code wekaFilters}, by the model's Weka filters (for tests comparing the two).
     */
    double[][] probabilities(List<LabelledRow> rows, boolean wekaFilters) {
        return wekaFilters ? Fitting.probabilities(perThreadFilters.get(), null, scheme, featureNames, text, bound(rows), null)
                : Fitting.probabilities(perThread.get(), termVectorizer, scheme, featureNames, text, bound(rows), null);
    }

    /** The fitted parts (shared by threads; for tests). */
    Fitting.Fitted fitted() {
        return fitted;
    }

    /** Its term vectorizer, or {@code null}: Weka's filters build the bag-of-words input. */
    TermVectorizer termVectorizer() {
        return termVectorizer;
    }

    /** Whether the bag-of-words input is built without Weka's filters. */
    boolean vectorizesTerms() {
        return termVectorizer != null;
    }

    /**
     * The rows with the model's features picked by name from the caller's rows (a model loaded against a running
     * feature set reads its own features wherever they are; see {@link #load(Path, FeatureSet)}).
     */
    private List<LabelledRow> bound(List<LabelledRow> rows) {
        if (inputColumns == null) {
            return rows;
        }
        List<LabelledRow> out = new ArrayList<>(rows.size());
        for (LabelledRow r : rows) {
            double[] f = new double[inputColumns.length];
            for (int i = 0; i < f.length; i++) {
                if (inputColumns[i] >= r.features().length) {
                    throw new IllegalArgumentException(r.where() + ": " + r.features().length
                            + " feature values, the running feature set has more");
                }
                f[i] = r.features()[inputColumns[i]];
            }
            out.add(new LabelledRow(r.id(), r.source(), r.record(), r.outlet(), f, r.text(), r.label()));
        }
        return out;
    }

    /** Predicts rows (labels ignored), their features in the order of the feature set the model was loaded for. */
    public List<Prediction> predict(List<LabelledRow> rows) {
        double[][] p = probabilities(rows, false);
        List<Prediction> out = new ArrayList<>(rows.size());
        for (double[] probs : p) {
            out.add(toPrediction(probs));
        }
        return out;
    }

    /** Metrics of this model's predictions on validated data. */
    public Metrics evaluate(LabelledData data) {
        PairedBootstrap.Scores s = score(data);
        Metrics m = CrossValidator.metrics(scheme, data.labels(), s.probabilities(), s.rules());
        Provenance.Data t = provenance.data();
        return t == null || t.labelCounts() == null ? m : m.withTrainingRates(t.labelCounts(), t.rows());
    }

    /** This model's probabilities and decision rule for each row of the data. */
    public PairedBootstrap.Scores score(LabelledData data) {
        double[][] p = probabilities(data.rows(), false);
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

    /**
     * Writes the model folder (created if needed; files of the same names are replaced). Each serialized file is
     * first read back through the checks {@link #load} applies, so that a model presslens would refuse (a
     * {@code --weka} learner made of classes outside the allow-list of {@link SafeModelInput}) is not written;
     * its SHA-256 goes into {@code provenance.json}.
     *
     * @return the provenance as written, with the SHA-256 of each serialized file
     * @throws ConfigException when presslens would refuse to load a serialized file
     */
    public Provenance save(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : provenance.modelFiles().entrySet()) {
            files.put(e.getValue(), serialize(fitted.models().get(e.getKey()), dir.resolve(e.getValue())));
            types.put(e.getValue(), Classifier.class);
        }
        if (fitted.vectorizer() != null) {
            files.put(VECTORIZER, serialize(fitted.vectorizer(), dir.resolve(VECTORIZER)));
            types.put(VECTORIZER, StringToWordVector.class);
        }
        if (fitted.termScale() != null) {
            files.put(TERM_SCALE, serialize(fitted.termScale(), dir.resolve(TERM_SCALE)));
            types.put(TERM_SCALE, double[].class);
        }
        Map<String, String> sha256 = new LinkedHashMap<>();
        byte[] hashes = trainingHashes == null || trainingHashes.size() == 0 ? null : trainingHashes.toBytes();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            try {
                ModelFileReader.decode(dir.resolve(e.getKey()).toString(), e.getValue(), types.get(e.getKey()));
            } catch (ConfigException ex) {
                throw new ConfigException(ex.getMessage() + "; the model was not saved, as presslens would refuse to "
                        + "load it", ex);
            }
            sha256.put(e.getKey(), Settings.sha256(e.getValue()));
        }
        if (hashes != null) {
            files.put(ContentHashes.FILE, hashes);
            sha256.put(ContentHashes.FILE, Settings.sha256(hashes));
        }
        Files.createDirectories(dir);
        for (String optional : List.of(VECTORIZER, TERM_SCALE, ContentHashes.FILE)) {
            if (!files.containsKey(optional)) {
                Files.deleteIfExists(dir.resolve(optional)); // left by an earlier model in a folder reused with --overwrite
            }
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        Provenance written = provenance.withModelFileSha256(sha256);
        Files.writeString(dir.resolve("header.arff"), header().toString() + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(PROVENANCE), PRETTY.writeValueAsString(written) + "\n",
                StandardCharsets.UTF_8);
        if (cvMetrics != null) {
            writeMetrics(cvMetrics, dir);
        }
        return written;
    }

    private static byte[] serialize(Object o, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new IOException(file + ": cannot write model: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
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
     * Loads a model folder, as untrusted input: every file through {@link ModelFileReader} (plain names inside
     * the folder, size limits), each serialized file only when its SHA-256 is the one {@code provenance.json}
     * records, and then through the class allow-list and limits of {@link SafeModelInput}.
     *
     * @param expectedFeatureSetHash the running pipeline's feature-set hash; {@code null} skips the check
     * @throws ConfigException when the folder is not a usable model, a file is refused, or the feature-set hashes
     *                         differ; the message names the file and the reason
     */
    /** Loads a model folder without checking its features against a pipeline (for inspection). */
    public static TrainedModel load(Path dir) {
        return load(dir, (FeatureSet) null, false);
    }

    public static TrainedModel load(Path dir, String expectedFeatureSetHash) {
        return load(dir, expectedFeatureSetHash == null ? null
                : new FeatureSet(List.of(), expectedFeatureSetHash), false);
    }

    /**
     * Loads a model folder (as {@link #load(Path, String)}) for a running feature set, binding the model's features
     * by name: a model that records {@code feature_bindings} is usable when the running set computes every
     * extractor it reads with the same extractor hash, whatever else it computes (another dictionary, a new
     * extractor); its rows are then read in the running set's order. A model without bindings needs the whole
     * feature-set hash.
     *
     * @throws Incompatible when an extractor the model reads is missing or has another hash (both named), or the
     *                      feature-set hash of a model without bindings differs
     */
    public static TrainedModel load(Path dir, FeatureSet running) {
        return load(dir, running, true);
    }

    /** A model that the running feature pipeline cannot feed; the message names both hashes. */
    public static final class Incompatible extends ConfigException {
        private static final long serialVersionUID = 1L;

        Incompatible(String message) {
            super(message);
        }
    }

    private static TrainedModel load(Path dir, FeatureSet running, boolean byName) {
        WekaRuntime.ensure();
        ModelFileReader files = new ModelFileReader(dir);
        if (!files.has(PROVENANCE)) {
            throw new ConfigException(dir + ": not a presslens model folder (no provenance.json)");
        }
        Provenance p;
        try {
            p = JSON.readValue(files.bytes(PROVENANCE, ModelFileReader.MAX_TEXT_BYTES), Provenance.class);
        } catch (IOException e) {
            throw new ConfigException(dir.resolve(PROVENANCE) + ": unreadable provenance: " + e.getMessage(), e);
        }
        requireFields(dir, p);
        int[] columns = null;
        if (running != null) {
            String retrain = "; retrain the model with the current configuration: "
                    + (p.retrainCommand() == null || p.retrainCommand().isEmpty()
                    ? "presslens train ... --out " + dir : p.retrainCommand());
            if (byName && p.featureBindings() != null) {
                for (Map.Entry<String, String> b : p.featureBindings().entrySet()) {
                    String have = running.extractorHashes().get(b.getKey());
                    if (!b.getValue().equals(have)) {
                        throw new Incompatible("model " + dir + " reads the '" + b.getKey() + "' features with "
                                + "extractor hash " + b.getValue() + " but the running feature pipeline "
                                + (have == null ? "does not compute them" : "computes them with extractor hash " + have)
                                + retrain);
                    }
                }
                columns = new int[p.featureNames().size()];
                Map<String, Integer> at = new java.util.HashMap<>();
                for (int i = 0; i < running.names().size(); i++) {
                    at.put(running.names().get(i), i);
                }
                for (int i = 0; i < columns.length; i++) {
                    Integer c = at.get(p.featureNames().get(i));
                    if (c == null) {
                        throw new Incompatible("model " + dir + " reads feature '" + p.featureNames().get(i)
                                + "', which the running feature pipeline does not compute" + retrain);
                    }
                    columns[i] = c;
                }
            } else if (!running.hash().equals(p.featureSetHash())) {
                throw new Incompatible("model " + dir + " was trained with feature-set hash " + p.featureSetHash()
                        + " but the running feature pipeline has " + running.hash() + retrain);
            }
        }
        byte[] arff = files.bytes("header.arff", ModelFileReader.MAX_TEXT_BYTES);
        Instances header;
        try (Reader r = new StringReader(new String(arff, StandardCharsets.UTF_8))) {
            header = new Instances(r);
        } catch (IOException | RuntimeException e) {
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
        Map<String, String> sha256 = p.modelFileSha256() == null ? Map.of() : p.modelFileSha256();
        Map<String, Classifier> models = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : p.modelFiles().entrySet()) {
            models.put(e.getKey(), files.object(e.getValue(), sha256.get(e.getValue()), Classifier.class));
        }
        StringToWordVector vectorizer = text
                ? files.object(VECTORIZER, sha256.get(VECTORIZER), StringToWordVector.class) : null;
        if (p.featureScaling() != null && p.featureScaling().min().size() != p.featureNames().size()) {
            throw new ConfigException(dir.resolve(PROVENANCE) + ": feature_scaling has " + p.featureScaling().min().size()
                    + " features, feature_names " + p.featureNames().size());
        }
        Calibration calibration = p.trainer() == null ? null : p.trainer().calibration();
        if (calibration != null && calibration.a().size() != p.labelScheme().labels().size()) {
            throw new ConfigException(dir.resolve(PROVENANCE) + ": trainer.calibration has " + calibration.a().size()
                    + " classes or labels, label_scheme " + p.labelScheme().labels().size());
        }
        DecisionRule rule;
        try {
            rule = DecisionRule.of(p.labelScheme(), p.decisionCutoffs());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(dir.resolve(PROVENANCE) + ": decision_cutoffs: " + e.getMessage(), e);
        }
        weka.filters.unsupervised.attribute.Remove termFilter = null;
        if (vectorizer != null && p.outletTerms() != null) {
            try {
                termFilter = OutletTerms.remover(vectorizer.getOutputFormat(), p.outletTerms().terms());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(dir.resolve(PROVENANCE) + ": outlet_terms: " + e.getMessage(), e);
            }
        }
        double[] termScale = vectorizer != null && p.textFeatures().termScaling()
                ? files.object(TERM_SCALE, sha256.get(TERM_SCALE), double[].class) : null;
        if (termScale != null && termScale.length != (termFilter == null ? vectorizer.getOutputFormat()
                : termFilter.getOutputFormat()).numAttributes()) {
            throw new ConfigException(dir.resolve(TERM_SCALE) + ": " + termScale.length + " scales for a vocabulary of "
                    + "another size");
        }
        ContentHashes hashes = null;
        if (sha256.containsKey(ContentHashes.FILE)) {
            byte[] b = files.bytes(ContentHashes.FILE, SafeModelInput.MAX_BYTES);
            String actual = Settings.sha256(b);
            if (!actual.equalsIgnoreCase(sha256.get(ContentHashes.FILE))) {
                throw new ConfigException(dir.resolve(ContentHashes.FILE) + ": refused: its SHA-256 is " + actual
                        + " but provenance.json records " + sha256.get(ContentHashes.FILE)
                        + ": it is not the file this model was trained with");
            }
            try {
                hashes = ContentHashes.fromBytes(b);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(dir.resolve(ContentHashes.FILE) + ": not a hash file: " + e.getMessage(), e);
            }
        }
        return new TrainedModel(p.labelScheme(), p.featureNames(), text,
                new Fitting.Fitted(p.featureScaling(), vectorizer, termFilter, termScale, p.outletTerms(), models,
                        p.trainer() == null ? null : p.trainer().calibration(), rule), p, null, hashes, columns);
    }

    /** Refuses a provenance without the fields loading needs, or whose model files do not match its labels. */
    private static void requireFields(Path dir, Provenance p) {
        String missing = p.labelScheme() == null ? "label_scheme" : p.features() == null ? "features"
                : p.featureNames() == null ? "features.feature_names" : p.modelFiles() == null ? "model_files" : null;
        if (missing != null) {
            throw new ConfigException(dir.resolve(PROVENANCE) + ": no '" + missing + "'"
                    + (p.features() == null ? " (a model from before provenance was nested: retrain it)" : ""));
        }
        java.util.Set<String> keys = p.labelScheme().multiLabel() ? new java.util.HashSet<>(p.labelScheme().labels())
                : java.util.Set.of(Fitting.SINGLE);
        if (!keys.equals(p.modelFiles().keySet())) {
            throw new ConfigException(dir.resolve(PROVENANCE) + ": model_files " + p.modelFiles().keySet()
                    + " do not match the labels " + keys);
        }
    }
}
