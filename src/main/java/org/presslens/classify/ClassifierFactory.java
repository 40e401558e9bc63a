package org.presslens.classify;

import java.util.ArrayList;
import java.util.List;
import org.presslens.core.ConfigException;
import weka.attributeSelection.InfoGainAttributeEval;
import weka.attributeSelection.Ranker;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SGD;
import weka.classifiers.functions.SMO;
import weka.classifiers.functions.supportVector.PolyKernel;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.meta.MultiClassClassifier;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;
import weka.core.Randomizable;
import weka.core.SelectedTag;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.core.stopwords.Null;
import weka.filters.Filter;
import weka.filters.MultiFilter;
import weka.filters.supervised.attribute.AttributeSelection;
import weka.filters.supervised.instance.ClassBalancer;
import weka.filters.supervised.instance.Resample;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * Builds Weka learners by name, the bag-of-words filter, and the per-model pipeline (feature selection and
 * class balancing as filters of a {@code FilteredClassifier}, so that they are fitted on training rows only).
 *
 * <p>Named learners and their defaults:
 * <ul>
 *   <li>{@code logistic}: {@code Logistic -R 1.0E-4 -M -1} (ridge 1e-4, iterate to convergence). Dense
 *       features only: far too slow on bag-of-words.</li>
 *   <li>{@code smo}: linear SVM, {@code SMO -C 1.0 -N 0 -M} with {@code PolyKernel -E 1.0}, attributes
 *       normalised to [0,1]; {@code -M} fits logistic calibration models so it outputs probabilities.</li>
 *   <li>{@code sgd}: logistic regression by stochastic gradient descent ({@code SGD -F 1 -L 0.01 -R 1.0E-4
 *       -E 20}, log loss, L2 penalty), wrapped in a one-versus-rest {@code MultiClassClassifier} when there
 *       are more than two classes. The fast linear learner for text.</li>
 *   <li>{@code liblinear}: L2-regularised logistic regression by LIBLINEAR's trust-region Newton solver
 *       ({@code LibLINEAR -S 0 -C 1.0 -E 0.001 -B 1.0 -P}: cost 1, bias term, probability estimates), one-versus-rest
 *       over more than two classes. Its numeric presslens features are scaled to [0, 1] on the training rows
 *       first ({@link FeatureScaling}; LIBLINEAR's own {@code -Z} would densify every bag-of-words row). Exact and
 *       fast on sparse text: the learner for text.</li>
 *   <li>{@code random-forest}: {@code RandomForest -I 100 -K 0} (100 trees, log2(m)+1 features per split),
 *       one execution slot.</li>
 *   <li>{@code naive-bayes-multinomial}: {@code NaiveBayesMultinomial} (needs non-negative features).</li>
 *   <li>{@code j48}: {@code J48 -C 0.25 -M 2}.</li>
 * </ul>
 * Randomised named learners get the training seed. A Weka specification is used exactly as written.
 */
public final class ClassifierFactory {
    /** The presslens learner names. */
    public static final List<String> NAMES =
            List.of("logistic", "smo", "sgd", "liblinear", "random-forest", "naive-bayes-multinomial", "j48");

    /** Cost (inverse L2 penalty) of the {@code liblinear} learner. */
    public static final double LIBLINEAR_COST = 1.0;

    /** Attribute name prefix of bag-of-words attributes. */
    public static final String WORD_PREFIX = "word:";

    public ClassifierFactory() {
        WekaRuntime.ensure();
    }

    /**
     * The base learner of a specification.
     *
     * @param numClasses classes of the (binary or nominal) target, used to wrap binary-only learners
     */
    public Classifier base(ClassifierSpec spec, long seed, int numClasses) {
        Classifier c;
        switch (spec.name()) {
            case "logistic" -> {
                Logistic l = new Logistic();
                l.setRidge(1.0E-4);
                l.setMaxIts(-1);
                c = l;
            }
            case "smo" -> {
                SMO s = new SMO();
                s.setC(1.0);
                PolyKernel k = new PolyKernel();
                k.setExponent(1.0);
                s.setKernel(k);
                s.setFilterType(new SelectedTag(SMO.FILTER_NORMALIZE, SMO.TAGS_FILTER));
                s.setBuildCalibrationModels(true);
                s.setRandomSeed((int) seed);
                c = s;
            }
            case "sgd" -> {
                SGD s = new SGD();
                s.setLossFunction(new SelectedTag(SGD.LOGLOSS, SGD.TAGS_SELECTION));
                s.setLearningRate(0.01);
                s.setLambda(1.0E-4);
                s.setEpochs(20);
                s.setSeed((int) seed);
                if (numClasses > 2) {
                    MultiClassClassifier m = new MultiClassClassifier();
                    m.setClassifier(s);
                    m.setSeed((int) seed);
                    c = m;
                } else {
                    c = s;
                }
            }
            case "liblinear" -> c = liblinear(spec.wekaSpec().startsWith("-C ")
                    ? Double.parseDouble(spec.wekaSpec().substring(3).strip()) : LIBLINEAR_COST);
            case "random-forest" -> {
                RandomForest rf = new RandomForest();
                rf.setNumIterations(100);
                rf.setNumExecutionSlots(1);
                rf.setSeed((int) seed);
                c = rf;
            }
            case "naive-bayes-multinomial" -> c = new NaiveBayesMultinomial();
            case "j48" -> {
                J48 j = new J48();
                j.setConfidenceFactor(0.25f);
                j.setMinNumObj(2);
                c = j;
            }
            case "weka" -> c = fromWekaSpec(spec.wekaSpec());
            default -> throw new ConfigException("unknown classifier '" + spec.name() + "' (expected one of "
                    + NAMES + ", or --weka \"CLASS OPTIONS\")");
        }
        if (c instanceof Randomizable r && !"weka".equals(spec.name())) {
            r.setSeed((int) seed);
        }
        return c;
    }

    /** LIBLINEAR's L2-regularised logistic regression with probability estimates on [0,1]-normalised inputs. */
    static weka.classifiers.functions.LibLINEAR liblinear(double cost) {
        weka.classifiers.functions.LibLINEAR l = new weka.classifiers.functions.LibLINEAR();
        l.setSVMType(new SelectedTag(0, weka.classifiers.functions.LibLINEAR.TAGS_SVMTYPE));
        l.setCost(cost);
        l.setEps(0.001);
        l.setBias(1.0);
        l.setProbabilityEstimates(true);
        l.setNormalize(false);
        return l;
    }

    /** A Weka classifier from {@code "weka.classifiers.X -opts"}. */
    public Classifier fromWekaSpec(String spec) {
        try {
            String[] parts = Utils.splitOptions(spec);
            if (parts.length == 0 || parts[0].isBlank()) {
                throw new ConfigException("--weka: empty classifier specification (expected \"CLASS OPTIONS\")");
            }
            return (Classifier) Utils.forName(Classifier.class, parts[0],
                    java.util.Arrays.copyOfRange(parts, 1, parts.length));
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigException("--weka \"" + spec + "\": not a usable Weka classifier: " + e.getMessage(), e);
        }
    }

    /**
     * The learner with its supervised filters: feature selection (when text features are on and
     * {@code selectTopK > 0}) and class balancing (when enabled), inside one {@code FilteredClassifier} so
     * that they are fitted on the training rows only. The bag-of-words filter ({@link #wordVector}) is
     * unsupervised and applied before, once for all labels of a multi-label scheme.
     */
    public Classifier pipeline(TrainingConfig config, int numClasses) {
        Classifier base = base(config.classifier(), config.seed(), numClasses);
        List<Filter> filters = new ArrayList<>();
        if (config.text().enabled() && config.text().selectTopK() > 0) {
            AttributeSelection sel = new AttributeSelection();
            sel.setEvaluator(new InfoGainAttributeEval());
            Ranker r = new Ranker();
            r.setNumToSelect(config.text().selectTopK());
            sel.setSearch(r);
            filters.add(sel);
        }
        if (config.balance()) {
            filters.add(balancer(base, config.seed()));
        }
        if (filters.isEmpty()) {
            return base;
        }
        FilteredClassifier fc = new FilteredClassifier();
        fc.setClassifier(base);
        if (filters.size() == 1) {
            fc.setFilter(filters.get(0));
        } else {
            MultiFilter mf = new MultiFilter();
            mf.setFilters(filters.toArray(new Filter[0]));
            fc.setFilter(mf);
        }
        fc.setDoNotCheckForModifiedClassAttribute(true);
        return fc;
    }

    /**
     * The class-balancing filter for a learner: {@code ClassBalancer} (instance weights n / (k * n_c)) when the
     * learner uses instance weights, else {@code Resample -B 1.0 -Z 100} (a seeded sample with replacement, of
     * the same size, with a uniform class distribution) — Weka's {@code SGD}, for one, ignores weights.
     */
    public Filter balancer(Classifier base, long seed) {
        if (handlesWeights(base)) {
            return new ClassBalancer();
        }
        Resample r = new Resample();
        r.setBiasToUniformClass(1.0);
        r.setSampleSizePercent(100);
        r.setNoReplacement(false);
        r.setRandomSeed((int) seed);
        return r;
    }

    /** Whether a learner (and any learner it wraps) uses instance weights. */
    public static boolean handlesWeights(Classifier c) {
        if (!(c instanceof WeightedInstancesHandler)) {
            return false;
        }
        if (c instanceof weka.classifiers.SingleClassifierEnhancer e) {
            return handlesWeights(e.getClassifier());
        }
        return true;
    }

    /** How {@link #balancer} balances classes for a learner, for provenance. */
    public static String balanceDescription(Classifier base) {
        return handlesWeights(base)
                ? "ClassBalancer: training instances weighted n/(k*n_c) so every class (multi-label: yes and no per "
                        + "label) has equal total weight"
                : "Resample -B 1.0 -Z 100: the learner ignores instance weights, so each training set is resampled "
                        + "with replacement (seeded, same size) to a uniform class distribution";
    }

    /** The bag-of-words filter of {@link TextFeatures}. */
    public StringToWordVector wordVector(TextFeatures t) {
        StringToWordVector swv = new StringToWordVector();
        WordNGramTokenizer tok = new WordNGramTokenizer(t.ngramMax());
        swv.setTokenizer(tok);
        swv.setStopwordsHandler(new Null());
        swv.setLowerCaseTokens(true);
        swv.setOutputWordCounts(true);
        swv.setTFTransform(true);
        swv.setIDFTransform(true);
        swv.setNormalizeDocLength(new SelectedTag(StringToWordVector.FILTER_NORMALIZE_ALL,
                StringToWordVector.TAGS_FILTER));
        swv.setWordsToKeep(t.wordsToKeep());
        swv.setDoNotOperateOnPerClassBasis(true);
        swv.setMinTermFreq(t.minTermFreq());
        swv.setAttributeNamePrefix(WORD_PREFIX);
        return swv;
    }

    /** {@code class options} of a configured classifier, for provenance. */
    public static String describe(Classifier c) {
        String opts = c instanceof weka.core.OptionHandler oh ? Utils.joinOptions(oh.getOptions()) : "";
        return opts.isEmpty() ? c.getClass().getName() : c.getClass().getName() + " " + opts;
    }
}
