package org.presslens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.presslens.classify.ClassifierFactory;
import org.presslens.classify.ClassifierSpec;
import org.presslens.classify.DataSource;
import org.presslens.classify.DecisionRule;
import org.presslens.classify.FeatureSet;
import org.presslens.run.PipelineRowSource;
import org.presslens.classify.LabelledData;
import org.presslens.classify.OutletCap;
import org.presslens.classify.RowSource;
import org.presslens.classify.TextFeatures;
import org.presslens.classify.TrainedModel;
import org.presslens.classify.Trainer;
import org.presslens.classify.TrainingConfig;
import org.presslens.core.CsvCells;
import org.presslens.core.CsvOut;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code presslens train}: cross-validate and train a Weka model on labelled articles. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Train a classifier on labelled articles: k-fold cross-validation (stratified, grouped by "
                + "outlet when the rows have outlets), then a final model on all rows, saved with its provenance.",
                "Writes MODEL_DIR/{model.bin | label-<name>.bin, vectorizer.bin, header.arff, provenance.json, "
                        + "metrics.json, metrics.csv, skipped.csv}."})
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "INPUT", description = "Labelled inputs: files or folders, in any format analyze reads, or feature tables")
    List<Path> data = new ArrayList<>();

    @Option(names = "--label", required = true, paramLabel = "FIELD", description = "Field holding the label: a "
            + "string (single-label), or a JSON array / values joined by the delimiter (multi-label)")
    String label;

    /** The learner {@code train} uses when none is named. */
    static final String DEFAULT_CLASSIFIER = "liblinear";
    /** The longest word n-gram of the default text features. */
    static final int DEFAULT_NGRAMS = 1;
    /** The default outlet-term share ({@link org.presslens.classify.OutletTerms}). */
    static final double DEFAULT_OUTLET_SHARE = 0.5;
    /** The default cut-off tuning. */
    static final String DEFAULT_TUNING = "rate";

    /**
     * What {@code train} does with no modelling options (chosen on the tuning parts, see docs/classify.md): the
     * presslens features and TF-IDF word unigrams (min frequency 3, at most 20,000 terms, each scaled by its
     * largest training value, outlet terms removed at share 0.5) in one {@code liblinear} model (cost 1), no class
     * balancing, cut-offs tuned by {@code rate} on an inner split, no calibration.
     */
    public static TrainingConfig defaultConfig(int folds, long seed) {
        return new TrainingConfig(ClassifierSpec.named(DEFAULT_CLASSIFIER),
                new TextFeatures(true, DEFAULT_NGRAMS, 3, 20_000, 0, DEFAULT_OUTLET_SHARE, true), false, folds, seed,
                true, DecisionRule.Tuning.parse(DEFAULT_TUNING), false, 0);
    }

    @Option(names = "--classifier", paramLabel = "NAME", description = "liblinear (the default: L2 logistic "
            + "regression), logistic, smo, sgd, random-forest, naive-bayes-multinomial, j48")
    String classifier;

    @Option(names = "--cost", paramLabel = "C", description = "Cost (inverse L2 penalty) of liblinear (default 1)")
    Double cost;

    @Option(names = "--weka", paramLabel = "\"CLASS OPTIONS\"", description = "Any Weka classifier, e.g. "
            + "\"weka.classifiers.trees.J48 -C 0.1\"")
    String weka;

    @Option(names = "--text-features", description = "Add bag-of-words TF-IDF features of the text (the default; "
            + "kept for older command lines)")
    boolean textFeatures;

    @Option(names = "--no-term-scaling", description = "Keep each term's TF-IDF values as they are (default: each "
            + "term divided by its largest training value, so that every term ranges over [0, 1])")
    boolean noTermScaling;

    @Option(names = "--no-text-features", description = "Presslens features only, no bag-of-words features (also "
            + "chosen when no row has text, as in a feature table)")
    boolean noTextFeatures;

    @Option(names = "--ngrams", paramLabel = "N", description = "Longest word n-gram of the text features (default "
            + DEFAULT_NGRAMS + ")")
    int ngrams = DEFAULT_NGRAMS;

    @Option(names = "--outlet-share", paramLabel = "S", description = "Remove text terms that encode the outlet, "
            + "fitted on the training rows: those whose documents lie for at least this share in one or two outlets "
            + "(and 3 times their share of rows), and outlet names; 0 keeps them (default " + DEFAULT_OUTLET_SHARE + ")")
    double outletShare = DEFAULT_OUTLET_SHARE;

    @Option(names = "--min-term-freq", paramLabel = "N", description = "Keep terms occurring at least N times (default 3)")
    int minTermFreq = 3;

    @Option(names = "--words-to-keep", paramLabel = "N", description = "Keep at most N most frequent terms (default 20000)")
    int wordsToKeep = 20_000;

    @Option(names = "--select", paramLabel = "K", description = "With --text-features: keep the K attributes with "
            + "the highest information gain on the training rows (default 0: keep all)")
    int select = 0;

    @Option(names = "--max-per-outlet", paramLabel = "N", description = "Train on at most N articles of each outlet "
            + "(a seeded choice by id, in every fold and the final fit), so that a few large outlets do not dominate; "
            + "0 uses all (default: " + OutletCap.DEFAULT_FOR_OUTLET_LABELS + " when the labels are the outlets' "
            + "(at least 95 %% of each outlet's rows share its labels), else 0)")
    Integer maxPerOutlet;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds; 0 skips it (default 5)")
    int folds = 5;

    @Option(names = "--group-by", paramLabel = "FIELD", description = "Field grouping the folds: no value of it "
            + "in both a training and a test fold (default outlet; 'none' for plain stratified folds)")
    String groupBy = "outlet";

    @Option(names = "--threads", paramLabel = "N", description = "Cross-validation folds fitted at once (default: "
            + "available cores; the result is the same for any number)")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for folds and randomised learners (default 1)")
    long seed = 1;

    @Option(names = "--classes", split = ",", paramLabel = "VALUE", description = "Allowed label values; any other "
            + "value is an error (default: the values found)")
    List<String> classes;

    @Option(names = "--delimiter", paramLabel = "TEXT", description = "Multi-label delimiter in plain-text labels (default ;)")
    String delimiter = ";";

    @Option(names = "--label-kind", paramLabel = "KIND", description = "auto (default: multi-label when a label is "
            + "a JSON array or holds the delimiter), single or multi")
    String labelKind = "auto";

    @Option(names = "--skip-unlabelled", description = "Skip rows without a label (listed in skipped.csv) instead "
            + "of failing")
    boolean skipUnlabelled;

    @Option(names = "--balance", description = "Weight classes equally (ClassBalancer weights, or a resample for "
            + "learners that ignore weights); default: no balancing")
    boolean balance;

    @Option(names = "--no-balance", description = "No class balancing (the default; kept for older command lines)")
    boolean noBalance;

    @Option(names = "--tune-cutoffs", arity = "0..1", fallbackValue = "shared", paramLabel = "HOW",
            description = "How the decision cut-offs are tuned, on an inner 5-fold cross-validation of the training "
                    + "rows grouped like the outer one (from 5,000 rows on, its first fold only): 'rate' (the "
                    + "default: each label's, or with two classes the second class's, F1 (macro-F1) among the "
                    + "cut-offs whose predicted rate is within 0.10 of the training rate), 'shared' (one cut-off for all "
                    + "labels maximising micro-F1; the value of a bare --tune-cutoffs), 'per-label' (each label's F1), "
                    + "or 'none' (0.5 per label, or the most probable class)")
    String tuneCutoffs = DEFAULT_TUNING;

    @Option(names = "--calibrate", description = "With tuned cut-offs, calibrate the probabilities first (Platt "
            + "scaling on the same held-out rows); off by default: it lowered the pooled cross-validated ROC AUC on "
            + "the tuning parts")
    boolean calibrate;

    @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Model folder")
    Path out;

    @Option(names = "--overwrite", description = "Replace files in an existing non-empty model folder")
    boolean overwrite;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final RowSource source;

    public TrainCommand() {
        this(PipelineRowSource.builtIn());
    }

    public TrainCommand(RowSource source) {
        this.source = source;
    }

    @Override
    public Integer call() throws IOException {
        TrainingConfig config = config();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UsageException("--threads must be at least 1, got " + n);
        }
        multiLabel();
        checkInputs(data);
        checkOutput(out, overwrite);
        String group = "none".equals(groupBy) ? null : groupBy;
        LabelledData labelled;
        try {
            labelled = LabelledData.read(source.rows(data, label, group),
                    new LabelledData.Options(label, classes, delimiter, skipUnlabelled, multiLabel()));
        } catch (LabelledData.NoLabelField e) {
            throw source.fieldsSeen().isEmpty() ? e
                    : new org.presslens.core.ConfigException(e.getMessage() + "; fields in the data: "
                    + String.join(", ", source.fieldsSeen()));
        }
        var w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "train: %d rows (%s, %d %s: %s)%s%n", labelled.size(), labelled.scheme().kind(),
                labelled.scheme().labels().size(), labelled.scheme().multiLabel() ? "labels" : "classes",
                labelled.labelCounts(), labelled.skipped().isEmpty() ? ""
                        : String.format(Locale.ROOT, "; skipped %d rows without a label (see skipped.csv)",
                        labelled.skipped().size()));
        w.flush();
        int defaultCap = maxPerOutlet == null ? OutletCap.defaultFor(labelled) : 0;
        if (defaultCap > 0) {
            config = config.withMaxPerOutlet(defaultCap);
            w.printf(Locale.ROOT, "train: the labels are the outlets' (each outlet's rows share its labels): at most %d "
                    + "articles of each outlet in each training set (--max-per-outlet 0 uses all)%n",
                    config.maxPerOutlet());
            w.flush();
        }
        if (config.text().enabled() && !textFeatures && labelled.rows().stream().allMatch(r -> r.text().isEmpty())) {
            config = config.withText(TextFeatures.none());
            w.println("train: no row has text (a feature table?): presslens features only");
        }
        DataSource ds = new DataSource(data.stream().map(TrainCommand::projectRelative).toList(),
                DataSource.sha256(data), label, group == null ? "" : group, retrainCommand());
        TrainedModel model = new Trainer(config, n).train(labelled, FeatureSet.of(source), ds);
        model.save(out);
        writeSkipped(out, labelled);
        if (model.cvMetrics() != null) {
            w.print(MetricsReport.format("cross-validation (" + config.folds() + " folds, "
                    + (model.provenance().groupedBy().isEmpty() ? "stratified, not grouped"
                    : "grouped by " + model.provenance().groupedBy()) + ")", model.cvMetrics()));
        }
        w.println("model written to " + out);
        return 0;
    }

    TrainingConfig config() {
        if (classifier != null && weka != null) {
            throw new UsageException("give either --classifier or --weka, not both");
        }
        ClassifierSpec cs;
        if (weka != null) {
            new ClassifierFactory().fromWekaSpec(weka);
            cs = ClassifierSpec.weka(weka);
        } else {
            String name = classifier != null ? classifier : DEFAULT_CLASSIFIER;
            if (!ClassifierFactory.NAMES.contains(name)) {
                throw new UsageException("--classifier: unknown classifier '" + name + "' (expected one of "
                        + ClassifierFactory.NAMES + ")");
            }
            if (cost != null && !"liblinear".equals(name)) {
                throw new UsageException("--cost applies to --classifier liblinear only");
            }
            if (cost != null && !(cost > 0)) {
                throw new UsageException("--cost: " + cost + " (expected a positive number)");
            }
            cs = cost == null ? ClassifierSpec.named(name) : new ClassifierSpec(name, "-C " + cost);
        }
        if (textFeatures && noTextFeatures) {
            throw new UsageException("give either --text-features or --no-text-features, not both");
        }
        if (balance && noBalance) {
            throw new UsageException("give either --balance or --no-balance, not both");
        }
        if (folds == 1 || folds < 0) {
            throw new UsageException("--folds: " + folds + " (expected 0 for no cross-validation, or at least 2)");
        }
        if (noTextFeatures && source.featureNames().isEmpty()) {
            throw new UsageException("the input gives no numeric features; drop --no-text-features");
        }
        TextFeatures text;
        try {
            text = new TextFeatures(!noTextFeatures, ngrams, minTermFreq, wordsToKeep, select, outletShare,
                    !noTermScaling);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        DecisionRule.Tuning tuning;
        try {
            tuning = DecisionRule.Tuning.parse(tuneCutoffs);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--tune-cutoffs: " + e.getMessage());
        }
        if (calibrate && tuning == DecisionRule.Tuning.NONE) {
            throw new UsageException("--calibrate needs tuned cut-offs (its held-out rows); drop --tune-cutoffs none");
        }
        if (maxPerOutlet != null && maxPerOutlet < 0) {
            throw new UsageException("--max-per-outlet: " + maxPerOutlet + " (expected 0 for all rows, or a positive number)");
        }
        return new TrainingConfig(cs, text, balance, folds, seed, !"none".equals(groupBy), tuning, calibrate,
                maxPerOutlet == null ? 0 : maxPerOutlet);
    }

    private Boolean multiLabel() {
        return switch (labelKind) {
            case "auto" -> null;
            case "single" -> false;
            case "multi" -> true;
            default -> throw new UsageException("--label-kind: '" + labelKind + "' (expected auto, single or multi)");
        };
    }

    /** Inputs are files or folders (read as {@code analyze} reads them); a missing one is a usage error. */
    static void checkInputs(List<Path> inputs) {
        for (Path f : inputs) {
            if (!Files.exists(f)) {
                throw new UsageException(f + ": input not found");
            }
        }
    }

    static void checkOutput(Path dir, boolean overwrite) throws IOException {
        if (Files.isDirectory(dir) && !overwrite) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new UsageException(dir + ": folder exists and is not empty (use --overwrite)");
                }
            }
        } else if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException(dir + ": exists and is not a folder");
        }
    }

    /**
     * The command that rebuilds this model, to be run from the project root: the arguments as given, with each
     * one that names an existing file or folder (or the output folder) rewritten relative to the project root
     * ({@code presslens.home}, set by the launcher; else the working folder).
     */
    private String retrainCommand() {
        List<String> args = spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs();
        StringBuilder sb = new StringBuilder("presslens train");
        int from = args.indexOf(spec.name()) + 1; // the parse result holds the whole command line
        String previous = "";
        for (String a : args.subList(from, args.size())) {
            String v = previous.equals("--out") || (!a.startsWith("-") && Files.exists(Path.of(a)))
                    ? projectRelative(Path.of(a)) : a;
            sb.append(' ').append(v.isEmpty() || v.matches(".*[\\s\"'$\\\\].*")
                    ? "'" + v.replace("'", "'\\''") + "'" : v);
            previous = a;
        }
        return sb.toString();
    }

    /** A path relative to the project root ({@code presslens.home}, else the working folder), with {@code /}. */
    static String projectRelative(Path p) {
        Path home = Path.of(System.getProperty("presslens.home", "")).toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        try {
            return home.relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
    }

    static void writeSkipped(Path dir, LabelledData labelled) {
        try (CsvOut csv = CsvOut.create(dir.resolve("skipped.csv"), CsvCells.NEUTRALISED)) {
            csv.row("id", "where", "reason");
            for (LabelledData.Skipped s : labelled.skipped()) {
                csv.row(s.id(), s.where(), s.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
