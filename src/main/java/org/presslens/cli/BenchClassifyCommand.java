package org.presslens.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.presslens.classify.ClassifierSpec;
import org.presslens.classify.CrossValidator;
import org.presslens.classify.DataSource;
import org.presslens.classify.DecisionRule;
import org.presslens.classify.PairedBootstrap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.presslens.classify.FoldAssigner;
import org.presslens.classify.FeatureSet;
import org.presslens.bench.LiveHeapPeak;
import org.presslens.run.PipelineRowSource;
import org.presslens.classify.LabelledData;
import org.presslens.classify.LabelledRow;
import org.presslens.classify.Metrics;
import org.presslens.classify.OutletEvaluation;
import org.presslens.classify.OutletCap;
import org.presslens.classify.RowSource;
import org.presslens.classify.TextFeatures;
import org.presslens.classify.Trainer;
import org.presslens.classify.TrainingConfig;
import org.presslens.core.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens bench classify}: the presslens model against the bag-of-words baseline (TF-IDF + a linear
 * logistic learner) on the labelled corpora of {@code ../shared/datasets}, by outlet-grouped cross-validation
 * or on a tuning/report split, with a paired bootstrap interval of the difference.
 */
@Command(name = "classify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare the presslens model (features, features+text) with the plain TF-IDF + logistic "
                + "baseline on the same rows and folds of allsides-mbfc (reliability), narrative-frames and "
                + "semeval2023-frames (multi-label frames) and fakenewsnet-buzzfeed (fake/real); print accuracy, "
                + "macro-F1, micro-F1, ROC AUC, time, peak heap, and a bootstrap interval of the difference.")
public final class BenchClassifyCommand implements Callable<Integer> {

    /** A benchmark corpus. */
    record Corpus(String name, String file, String label) {
    }

    static final List<Corpus> CORPORA = List.of(
            new Corpus("allsides", "datasets/allsides-mbfc/articles.jsonl.gz", "reliability"),
            new Corpus("narrative", "datasets/narrative-frames/train.jsonl", "frames"),
            new Corpus("semeval", "datasets/semeval2023-frames/train.jsonl", "frames"),
            new Corpus("buzzfeed", "datasets/fakenewsnet-buzzfeed/articles.jsonl", "label"));

    @Option(names = "--datasets", split = ",", paramLabel = "NAME",
            description = "Corpora to run: allsides, narrative, semeval, buzzfeed (default: all)")
    List<String> datasets = new ArrayList<>(List.of("allsides", "narrative", "semeval", "buzzfeed"));

    @Option(names = "--limit", paramLabel = "N", description = "Use a seeded random sample of N labelled rows per corpus")
    Integer limit;

    @Option(names = "--classifier", paramLabel = "NAME", description = "Linear learner of the presslens "
            + "features+text variant: sgd (logistic loss, default), liblinear (exact L2 logistic regression) or smo "
            + "(linear SVM with logistic calibration)")
    String classifier = "sgd";

    @Option(names = "--baseline-classifier", paramLabel = "NAME", description = "Logistic learner of the baseline "
            + "(default: ${DEFAULT-VALUE}, as before this option existed)")
    String baselineClassifier = "sgd";

    @Option(names = "--outlet-share", paramLabel = "S", description = "Presslens features+text: remove terms that "
            + "encode the outlet, fitted on each training set (train --outlet-share; 0: keep them, default)")
    double outletShare = 0;

    @Option(names = "--min-term-freq", paramLabel = "N", description = "Presslens features+text: keep terms "
            + "occurring at least N times (default 3; the baseline keeps 3)")
    int minTermFreq = 3;

    @Option(names = "--words-to-keep", paramLabel = "N", description = "Presslens features+text: at most N terms "
            + "(default 20000; the baseline keeps 20000)")
    int wordsToKeep = 20_000;

    @Option(names = "--baseline-ngrams", paramLabel = "N", description = "Longest word n-gram of the baseline "
            + "(default 1)")
    int baselineNgrams = 1;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds (default 5)")
    int folds = 5;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default 1)")
    long seed = 1;

    @Option(names = "--ngrams", paramLabel = "N", description = "Longest word n-gram (default 1: plain bag of words)")
    int ngrams = 1;

    @Option(names = "--select", paramLabel = "K", description = "Presslens features+text: keep the K attributes "
            + "with the highest information gain (default 0: all; the baseline keeps all)")
    int select = 0;

    @Option(names = "--balance", description = "Balance classes when training the presslens variants (the "
            + "baseline is never balanced: a plain model like scikit-learn's default LogisticRegression)")
    boolean balance;

    @Option(names = "--tune-cutoffs", arity = "0..1", fallbackValue = "shared", paramLabel = "HOW",
            description = "Tune the decision cut-offs of the presslens variants on an inner cross-validation of "
                    + "each training set, as train --tune-cutoffs (shared or per-label; the baseline keeps 0.5 / the "
                    + "most probable class)")
    String tuneCutoffs = "none";

    @Option(names = "--split", paramLabel = "PART", description = "all: cross-validate on every row (default); "
            + "tune: cross-validate on the tuning part only (parts 1-3 of 5, about 60%% of the rows, dealt by outlet "
            + "and stratified by label as the folds are); report: train on the tuning part and score the report "
            + "part (parts 4-5), kept apart from every tuning choice")
    String split = "all";

    @Option(names = "--variants", split = ",", paramLabel = "NAME", description = "What to compare on the same "
            + "folds: baseline (TF-IDF text only), features (presslens features only, --features-classifier), "
            + "features+text (both, the linear learner), text (text only, the presslens learner and settings); "
            + "default (train's defaults: features+text as train runs with no modelling options); "
            + "default: the first three. default, features+text and text take settings after slashes, e.g. "
            + "features+text/c=liblinear/o=0.5/n=2/t=per-label (see withSettings)")
    List<String> variants = new ArrayList<>(List.of("baseline", "features", "features+text"));

    @Option(names = "--features-classifier", paramLabel = "NAME",
            description = "Learner for presslens features alone (default: ${DEFAULT-VALUE})")
    String featuresClassifier = "logistic";

    @Option(names = "--final", description = "Also train the final model on all rows (the tuning part with --split tune|report) and report its time")
    boolean finalModel;

    private final RowSource source;

    public BenchClassifyCommand() {
        this(PipelineRowSource.builtIn());
    }

    public BenchClassifyCommand(RowSource source) {
        this.source = source;
    }

    @Override
    public Integer call() {
        for (String d : datasets) {
            if (CORPORA.stream().noneMatch(c -> c.name().equals(d))) {
                throw new UsageException("--datasets: unknown corpus '" + d + "' (expected allsides, narrative, "
                        + "semeval, buzzfeed)");
            }
        }
        if (!List.of("all", "tune", "report").contains(split)) {
            throw new UsageException("--split: '" + split + "' (expected all, tune or report)");
        }
        TextFeatures text = new TextFeatures(true, ngrams, minTermFreq, wordsToKeep, select, outletShare);
        DecisionRule.Tuning tuning;
        try {
            tuning = DecisionRule.Tuning.parse(tuneCutoffs);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--tune-cutoffs: " + e.getMessage());
        }
        TrainingConfig config = new TrainingConfig(ClassifierSpec.named(classifier), text, balance, folds, seed, true,
                tuning);
        System.out.printf(Locale.ROOT, "bench classify: baseline = TF-IDF word 1-%d-grams (min freq 3, <= 20000 terms)"
                + " + %s, no class balancing, default decision rule; presslens features+text: %s, word 1-%d-grams "
                + "(min freq %d, <= %d terms), %s%s%s, %s; %s, "
                + "grouped by outlet where the corpus has outlets, seed %d%s%n",
                baselineNgrams, baselineClassifier, classifier, ngrams, minTermFreq, wordsToKeep,
                outletShare > 0 ? "outlet terms removed (share " + outletShare + "), " : "",
                select > 0 ? "top " + select + " attributes by information gain, " : "",
                balance ? "class-balanced" : "no class balancing",
                tuning == DecisionRule.Tuning.NONE ? "default decision rule"
                        : "decision cut-offs tuned (" + tuning.option() + ") by inner 5-fold CV",
                switch (split) {
                    case "tune" -> folds + "-fold CV on the tuning part";
                    case "report" -> "trained on the tuning part, scored on the report part";
                    default -> folds + "-fold CV on all rows";
                }, seed, limit == null ? "" : ", sample of " + limit + " rows per corpus");
        System.out.printf(Locale.ROOT, "%-10s %-24s %-12s %6s %7s %8s %8s %8s %8s %8s %13s %13s %9s %s%n", "corpus", "variant", "label",
                "rows", "skipped", "outlets", "accuracy", "macroF1", "microF1", "rocAUC", "cv_wall/cpu_s", "final_wall/cpu",
                "heap_MiB", "predicted/true rate per label");
        for (Corpus c : CORPORA) {
            if (!datasets.contains(c.name())) {
                continue;
            }
            run(c, config);
        }
        System.out.println("rows, outlets: of the part scored (with --split report: the report part; its model was "
                + "trained on the tuning part); skipped: rows of the corpus without a label");
        System.out.println("times in seconds, wall clock / CPU of the main thread (all work is on that thread); "
                + "final = training the model on all rows, or the tuning part with --split tune|report (--final)");
        System.out.println("heap_MiB: peak heap in use right after a garbage collection (live data), "
                + "from GC notifications while the corpus was read and cross-validated");
        return 0;
    }

    private void run(Corpus c, TrainingConfig config) {
        Path file = SharedData.require(c.file());
        LiveHeapPeak heap = LiveHeapPeak.start();
        LabelledData.Options options = new LabelledData.Options(c.label(), null, null, true, null);
        LabelledData data = LabelledData.read(source.rows(List.of(file), c.label(), "outlet"), options);
        int skipped = data.skipped().size();
        if (limit != null && limit < data.size()) {
            data = data.subset(sample(data.size(), limit, seed));
        }
        LabelledData reportPart = split.equals("report") ? data.subset(part(data, false)) : null;
        if (!split.equals("all")) {
            data = data.subset(part(data, true));
        }
        long outlets = (reportPart == null ? data : reportPart).rows().stream().map(LabelledRow::outlet)
                .filter(o -> !o.isEmpty()).distinct().count();
        Map<String, PairedBootstrap.Scores> scores = new LinkedHashMap<>();
        LabelledData scored = reportPart == null ? data : reportPart;
        for (String variant : variants) {
            String kind = variant.split("/", 2)[0];
            if (!List.of("baseline", "features", "features+text", "text", "default").contains(kind)) {
                throw new UsageException("--variants: unknown variant '" + variant + "' (expected baseline, features, "
                        + "features+text or text, the last two optionally with /key=value settings)");
            }
            boolean features = kind.startsWith("features") || kind.equals("default");
            boolean text = !kind.equals("features");
            TrainingConfig vc = kind.equals("features")
                    ? new TrainingConfig(ClassifierSpec.named(featuresClassifier), TextFeatures.none(), balance, folds,
                    seed, true, config.cutoffs())
                    : kind.equals("baseline") ? new TrainingConfig(ClassifierSpec.named(baselineClassifier),
                    new TextFeatures(true, baselineNgrams, 3, 20_000, 0), false, folds, seed, true)
                    : kind.equals("default") ? withSettings(TrainCommand.defaultConfig(folds, seed)
                    .withMaxPerOutlet(OutletCap.defaultFor(data)), variant)
                    : withSettings(config, variant);
            List<String> names = features ? source.featureNames() : List.of();
            scores.put(variant, evaluate(c, variant, view(data, features, text),
                    reportPart == null ? null : view(reportPart, features, text), vc, names, skipped, outlets, heap,
                    file));
        }
        if (scores.containsKey("baseline")) {
            String metric = scored.scheme().multiLabel() ? "micro_f1" : "macro_f1";
            for (Map.Entry<String, PairedBootstrap.Scores> e : scores.entrySet()) {
                if (e.getKey().equals("baseline") || e.getKey().equals("features")) {
                    continue;
                }
                PairedBootstrap.Interval d = PairedBootstrap.difference(scored, e.getValue(),
                        scores.get("baseline"), metric, BOOTSTRAP_RESAMPLES, 0.95, seed);
                System.out.printf(Locale.ROOT, "%-10s %s - baseline, %s: %+.4f, 95%% CI [%+.4f, %+.4f] (paired "
                        + "bootstrap of %d resamples over %d outlets or articles)%n", c.name(), e.getKey(), metric,
                        d.difference(), d.low(), d.high(), BOOTSTRAP_RESAMPLES, d.groups());
            }
        }
    }

    /** Outlets with at least this many scored articles get their own outlet-level AUC. */
    static final int LARGE_OUTLET = 30;

    /**
     * The configuration of a {@code features+text} or {@code text} variant: the command's options, changed by the
     * variant's {@code /key=value} settings: {@code c} learner name, {@code C} cost of {@code liblinear},
     * {@code n} longest n-gram, {@code o} outlet-term share, {@code m} minimum term frequency, {@code w} words to
     * keep, {@code k} attributes selected, {@code t} cut-off tuning, {@code b} class balancing (0 or 1), {@code p} Platt calibration (0 or 1), {@code g} at most this many training rows per outlet, {@code s} term scaling (0 or 1), {@code W} a
     * Weka classifier specification (as {@code train --weka}).
     */
    static TrainingConfig withSettings(TrainingConfig config, String variant) {
        String[] parts = variant.split("/");
        TrainingConfig out = config;
        TextFeatures t = config.text();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length != 2) {
                throw new UsageException("--variants: '" + parts[i] + "' in '" + variant + "' is not key=value");
            }
            String v = kv[1];
            switch (kv[0]) {
                case "c" -> out = out.withClassifier(ClassifierSpec.named(v));
                case "C" -> out = out.withClassifier(new ClassifierSpec("liblinear", "-C " + Double.parseDouble(v)));
                case "W" -> out = out.withClassifier(ClassifierSpec.weka(v));
                case "n" -> t = new TextFeatures(true, Integer.parseInt(v), t.minTermFreq(), t.wordsToKeep(),
                        t.selectTopK(), t.outletShare(), t.termScaling());
                case "o" -> t = t.withOutletShare(Double.parseDouble(v));
                case "s" -> t = t.withTermScaling("1".equals(v));
                case "m" -> t = new TextFeatures(true, t.ngramMax(), Integer.parseInt(v), t.wordsToKeep(),
                        t.selectTopK(), t.outletShare(), t.termScaling());
                case "w" -> t = new TextFeatures(true, t.ngramMax(), t.minTermFreq(), Integer.parseInt(v),
                        t.selectTopK(), t.outletShare(), t.termScaling());
                case "k" -> t = new TextFeatures(true, t.ngramMax(), t.minTermFreq(), t.wordsToKeep(),
                        Integer.parseInt(v), t.outletShare(), t.termScaling());
                case "t" -> out = out.withCutoffs(DecisionRule.Tuning.parse(v));
                case "b" -> out = out.withBalance("1".equals(v));
                case "p" -> out = out.withCalibration("1".equals(v));
                case "g" -> out = out.withMaxPerOutlet(Integer.parseInt(v));
                default -> throw new UsageException("--variants: unknown setting '" + kv[0] + "' in '" + variant + "'");
            }
        }
        return out.withText(t);
    }

    /** The rows with only the numeric features and/or the text a variant uses. */
    private static LabelledData view(LabelledData data, boolean features, boolean text) {
        return LabelledData.of(data.rows().stream().map(r -> new LabelledRow(r.id(), r.source(), r.record(),
                r.outlet(), features ? r.features() : new double[0], text ? r.text() : "", r.label())).toList(),
                data.labels(), data.scheme());
    }

    /**
     * Indices of the rows in the tuning part (or the report part): the rows are dealt into five parts by the
     * same grouped, label-stratified {@link FoldAssigner} as cross-validation folds (all rows of an outlet in
     * one part; seed {@value #SPLIT_SEED}, whatever {@code --seed} says); parts 1-3 tune, parts 4-5 report.
     */
    static int[] part(LabelledData data, boolean tuning) {
        List<String> groups = data.rows().stream().map(LabelledRow::outlet).toList();
        int[] parts = new FoldAssigner(5, SPLIT_SEED).assign(groups, data.labels());
        return java.util.stream.IntStream.range(0, data.size()).filter(i -> (parts[i] < 3) == tuning).toArray();
    }

    /** Seed of the tuning/report split. */
    static final long SPLIT_SEED = 1;

    /** Resamples of the paired bootstrap of the difference between the presslens model and the baseline. */
    static final int BOOTSTRAP_RESAMPLES = 1_000;

    private PairedBootstrap.Scores evaluate(Corpus c, String variant, LabelledData data, LabelledData heldOut,
                                            TrainingConfig config, List<String> featureNames, int skipped,
                                            long outlets, LiveHeapPeak heap, Path file) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Metrics m;
        boolean grouped;
        PairedBootstrap.Scores scores;
        int[] folds = null;
        if (heldOut == null) {
            CrossValidator.Result cv = new CrossValidator(config, featureNames).run(data);
            folds = cv.grouped() ? cv.folds() : null;
            m = cv.metrics();
            grouped = cv.grouped();
            scores = new PairedBootstrap.Scores(cv.probabilities(), cv.rules());
        } else {
            scores = new Trainer(config.withFolds(0)).train(data, new FeatureSet(featureNames, source.featureSetHash()),
                    new DataSource(List.of(file.toString()), "", c.label(), "outlet", "")).score(heldOut);
            m = CrossValidator.metrics(heldOut.scheme(), heldOut.labels(), scores.probabilities(), scores.rules());
            grouped = data.hasGroups();
        }
        LabelledData shown = heldOut == null ? data : heldOut;
        double cvSeconds = (System.nanoTime() - t0) / 1e9;
        double cvCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        String finalSeconds = "-";
        if (finalModel) {
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            new Trainer(config.withFolds(0)).train(data, new FeatureSet(featureNames, source.featureSetHash()),
                    new DataSource(List.of(file.toString()), "", c.label(), "outlet", ""));
            finalSeconds = String.format(Locale.ROOT, "%.1f/%.1f", (System.nanoTime() - t1) / 1e9,
                    (threads.getCurrentThreadCpuTime() - cpu1) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%-10s %-24s %-12s %6d %7d %8s %8.4f %8.4f %8s %8.4f %13s %13s %9d %s%n", c.name(),
                variant, c.label() + (shown.scheme().multiLabel() ? "[" + shown.scheme().labels().size() + "]" : ""),
                shown.size(), skipped, grouped ? Long.toString(outlets) : "none", m.get("accuracy"),
                m.get("macro_f1"),
                shown.scheme().multiLabel() ? String.format(Locale.ROOT, "%.4f", m.get("micro_f1")) : "-",
                m.get("roc_auc"), String.format(Locale.ROOT, "%.1f/%.1f", cvSeconds, cvCpu), finalSeconds, heap.stop() >> 20,
                rates(m) + outletAuc(shown, scores) + withinFoldOutletAuc(shown, scores, folds, config.folds()));
        System.out.flush();
        return scores;
    }

    /** Single-label: the outlet-level ROC AUC of the rows scored ({@link OutletEvaluation}). */
    static String outletAuc(LabelledData scored, PairedBootstrap.Scores scores) {
        if (scored.scheme().multiLabel() || !scored.hasGroups()) {
            return "";
        }
        OutletEvaluation e = OutletEvaluation.of(scored, scores);
        long large = e.outlets().stream().filter(o -> o.articles() >= LARGE_OUTLET).count();
        return String.format(Locale.ROOT, "; outlet-level AUC %.4f over %d outlets, %.4f over the %d with >= %d articles",
                e.auc().get("macro"), e.outlets().size(),
                e.aucOfOutletsWithAtLeast(LARGE_OUTLET, scored.scheme()).get("macro"), large, LARGE_OUTLET);
    }

    /**
     * Single-label cross-validation grouped by outlet: the outlet-level ROC AUC within each test fold (outlets ranked
     * only against the outlets scored by the same fold's model), averaged over the folds that hold outlets of more
     * than one label. Pooled over folds, the outlet-level AUC also ranks the fold models against each other: a fold
     * whose held-out outlets are mostly of one class leaves a training set with fewer of them, whose model gives
     * that class lower probabilities throughout the fold.
     */
    static String withinFoldOutletAuc(LabelledData scored, PairedBootstrap.Scores scores, int[] folds, int k) {
        if (folds == null || scored.scheme().multiLabel() || !scored.hasGroups()) {
            return "";
        }
        double sum = 0;
        int n = 0;
        StringBuilder each = new StringBuilder();
        for (int f = 0; f < k; f++) {
            int fold = f;
            int[] rows = java.util.stream.IntStream.range(0, folds.length).filter(i -> folds[i] == fold).toArray();
            double[][] p = new double[rows.length][];
            DecisionRule[] r = new DecisionRule[rows.length];
            for (int j = 0; j < rows.length; j++) {
                p[j] = scores.probabilities()[rows[j]];
                r[j] = scores.rules()[rows[j]];
            }
            double auc = OutletEvaluation.of(scored.subset(rows), new PairedBootstrap.Scores(p, r)).auc()
                    .getOrDefault("macro", Double.NaN);
            each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", auc));
            if (!Double.isNaN(auc)) {
                sum += auc;
                n++;
            }
        }
        return String.format(Locale.ROOT, "; outlet-level AUC within folds %.4f (mean of %d folds: %s)",
                n == 0 ? Double.NaN : sum / n, n, each);
    }

    /** Each label's predicted rate against its rate in the rows scored, and the largest gap. */
    static String rates(Metrics m) {
        StringBuilder sb = new StringBuilder();
        double gap = 0;
        for (Map.Entry<String, Map<String, Double>> e : m.perLabel().entrySet()) {
            double p = e.getValue().get("predicted_rate");
            double r = e.getValue().get("rate");
            gap = Math.max(gap, Math.abs(p - r));
            sb.append(String.format(Locale.ROOT, "%s%s %.2f/%.2f", sb.length() == 0 ? "" : " ", e.getKey(), p, r));
        }
        return String.format(Locale.ROOT, "max gap %.3f: %s", gap, sb);
    }

    /** A sorted seeded sample of k of n indices. */
    static int[] sample(int n, int k, long seed) {
        List<Integer> idx = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            idx.add(i);
        }
        java.util.Collections.shuffle(idx, new Random(seed));
        return idx.subList(0, k).stream().mapToInt(Integer::intValue).sorted().toArray();
    }

}
