package org.presslens.classify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.core.Presslens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weka.attributeSelection.InfoGainAttributeEval;
import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;
import weka.filters.Filter;

/**
 * Trains a model: cross-validates (when {@code folds >= 2}), then fits the final model(s) on all rows and
 * records provenance, including the most informative attributes by information gain.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    /** How many informative attributes are kept per model. */
    public static final int TOP_FEATURES = 30;

    private final TrainingConfig config;
    private final int threads;

    public Trainer(TrainingConfig config) {
        this(config, 1);
    }

    /** A trainer whose cross-validation fits up to {@code threads} folds at once (same result for any number). */
    public Trainer(TrainingConfig config, int threads) {
        this.config = config;
        this.threads = threads;
    }

    /**
     * Trains on validated data.
     *
     * @param data     rows with validated labels
     * @param features the numeric features of the rows
     * @param source   training files and their hash
     */
    public TrainedModel train(LabelledData data, FeatureSet features, DataSource source) {
        CrossValidator.Result cv = null;
        Metrics cvMetrics = null;
        if (config.folds() >= 2) {
            long t0 = System.nanoTime();
            cv = new CrossValidator(config, features.names(), threads).run(data);
            cvMetrics = cv.metrics().withTrainingRates(data.labelCounts(), data.size());
            LOG.info("cross-validation: {} folds in {} s", config.folds(), seconds(t0));
        }
        long t0 = System.nanoTime();
        Fitting fitting = new Fitting(config, features.names());
        Fitting.Fitted fitted = fitting.fit(data);
        Map<String, Classifier> models = fitted.models();
        LOG.info("final model: {} rows in {} s", data.size(), seconds(t0));
        t0 = System.nanoTime();

        Map<String, List<Provenance.RankedFeature>> informative = new LinkedHashMap<>();
        LabelledData seen = OutletCap.apply(data, config.maxPerOutlet(), config.seed()); // the rows the fit used
        for (Map.Entry<String, Classifier> e : models.entrySet()) {
            informative.put(e.getKey(), informative(Fitting.seen(fitted, seen, e.getKey(), features.names(),
                    config.text().enabled())));
        }
        LOG.info("informative features of {} rows in {} s", seen.size(), seconds(t0));
        Map<String, String> files = modelFiles(data.scheme());
        Classifier first = models.values().iterator().next();
        Classifier base = first instanceof FilteredClassifier fc ? fc.getClassifier() : first;
        boolean grouped = cv != null && cv.grouped();
        ContentHashes hashes = ContentHashes.of(data.rows());
        Provenance p = new Provenance(
                Presslens.version(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                System.getProperty("java.version"),
                weka.core.Version.VERSION,
                data.scheme(),
                new Provenance.Data(source.files(), source.sha256(), source.labelField(), source.groupField(),
                        data.size(), data.skipped().size(), data.labelCounts(), hashes.size()),
                new Provenance.Features(features.hash(), features.names(), features.bindings(features.names()),
                        fitted.scaling(), config.text(), fitted.outletTerms()),
                new Provenance.Trainer(config.classifier().name(), first.getClass().getName(),
                        ClassifierFactory.describe(first), ClassifierFactory.describe(base),
                        config.balance() ? ClassifierFactory.balanceDescription(base) : "none", config.seed(),
                        config.cutoffs().option(), fitted.calibration(), fitted.rule().toMap(data.scheme()),
                        config.maxPerOutlet()),
                new Provenance.Evaluation(config.folds() >= 2 ? config.folds() : 0, grouped ? source.groupField() : "",
                        cvMetrics == null ? Map.of() : cvMetrics.toJson(), informative),
                files,
                Map.of(),
                source.command());
        return new TrainedModel(data.scheme(), features.names(), config.text().enabled(), fitted, p,
                cvMetrics, hashes, null);
    }

    /** Model file names: {@code model.bin}, or {@code label-<name>.bin} per label (unsafe characters as _). */
    static Map<String, String> modelFiles(LabelScheme scheme) {
        Map<String, String> files = new LinkedHashMap<>();
        if (!scheme.multiLabel()) {
            files.put(Fitting.SINGLE, "model.bin");
            return files;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        for (String l : scheme.labels()) {
            String base = "label-" + l.replaceAll("[^A-Za-z0-9._-]", "_");
            String name = base + ".bin";
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i + ".bin";
            }
            files.put(l, name);
        }
        return files;
    }

    /**
     * The attributes with the highest information gain on the training rows (after the bag-of-words filter),
     * best first, ties by name. Numeric features are discretised by Weka's MDL method
     * ({@code InfoGainAttributeEval}); bag-of-words terms are split at presence (value &gt; 0), which is fast
     * on sparse data.
     */
    static List<Provenance.RankedFeature> informative(Instances seen) {
        try {
            List<Provenance.RankedFeature> all = new ArrayList<>();
            List<Integer> words = new ArrayList<>();
            List<Integer> numeric = new ArrayList<>();
            for (int a = 0; a < seen.numAttributes(); a++) {
                if (a == seen.classIndex() || !(seen.attribute(a).isNumeric() || seen.attribute(a).isNominal())) {
                    continue;
                }
                (seen.attribute(a).name().startsWith(ClassifierFactory.WORD_PREFIX) ? words : numeric).add(a);
            }
            rank(seen, numeric, false, all);
            rank(seen, words, true, all);
            all.sort(Comparator.comparingDouble(Provenance.RankedFeature::score).reversed()
                    .thenComparing(Provenance.RankedFeature::name));
            List<Provenance.RankedFeature> top = new ArrayList<>();
            for (Provenance.RankedFeature f : all.subList(0, Math.min(TOP_FEATURES, all.size()))) {
                top.add(new Provenance.RankedFeature(f.name(), f.score(), highestMeanClass(seen, seen.attribute(f.name()))));
            }
            return List.copyOf(top);
        } catch (Exception e) {
            LOG.warn("information gain ranking failed: {}", e.toString());
            return List.of();
        }
    }

    /**
     * The class (single-label) or {@code yes}/{@code no} (a multi-label model) whose training rows have the
     * highest mean value of an attribute: the direction an informative attribute points in.
     */
    static String highestMeanClass(Instances seen, weka.core.Attribute attribute) {
        int k = seen.numClasses();
        double[] sum = new double[k];
        int[] n = new int[k];
        for (int i = 0; i < seen.numInstances(); i++) {
            weka.core.Instance inst = seen.instance(i);
            if (inst.classIsMissing() || inst.isMissing(attribute)) {
                continue;
            }
            int c = (int) inst.classValue();
            sum[c] += inst.value(attribute);
            n[c]++;
        }
        int best = -1;
        for (int c = 0; c < k; c++) {
            if (n[c] > 0 && (best < 0 || sum[c] / n[c] > sum[best] / n[best])) {
                best = c;
            }
        }
        return best < 0 ? "" : seen.classAttribute().value(best);
    }

    private static void rank(Instances seen, List<Integer> attrs, boolean binarize,
                             List<Provenance.RankedFeature> out) throws Exception {
        if (attrs.isEmpty()) {
            return;
        }
        int[] keep = new int[attrs.size() + 1];
        for (int i = 0; i < attrs.size(); i++) {
            keep[i] = attrs.get(i);
        }
        keep[attrs.size()] = seen.classIndex();
        java.util.Arrays.sort(keep);
        weka.filters.unsupervised.attribute.Remove remove = new weka.filters.unsupervised.attribute.Remove();
        remove.setAttributeIndicesArray(keep);
        remove.setInvertSelection(true);
        remove.setInputFormat(seen);
        Instances sub = Filter.useFilter(seen, remove);
        sub.setClassIndex(sub.attribute(seen.classAttribute().name()).index());
        InfoGainAttributeEval ig = new InfoGainAttributeEval();
        ig.setBinarizeNumericAttributes(binarize);
        ig.buildEvaluator(sub);
        for (int a = 0; a < sub.numAttributes(); a++) {
            if (a == sub.classIndex()) {
                continue;
            }
            out.add(new Provenance.RankedFeature(sub.attribute(a).name(), Math.round(ig.evaluateAttribute(a) * 1e6) / 1e6,
                    ""));
        }
    }

    private static String seconds(long t0) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9);
    }
}
