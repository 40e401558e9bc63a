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

    @Option(names = "--classifier", paramLabel = "NAME", description = "logistic, smo, sgd, random-forest, "
            + "naive-bayes-multinomial, j48 (default: logistic; sgd with --text-features)")
    String classifier;

    @Option(names = "--weka", paramLabel = "\"CLASS OPTIONS\"", description = "Any Weka classifier, e.g. "
            + "\"weka.classifiers.trees.J48 -C 0.1\"")
    String weka;

    @Option(names = "--text-features", description = "Add bag-of-words TF-IDF features of the text")
    boolean textFeatures;

    @Option(names = "--ngrams", paramLabel = "N", description = "Longest word n-gram of the text features (default 2)")
    int ngrams = 2;

    @Option(names = "--min-term-freq", paramLabel = "N", description = "Keep terms occurring at least N times (default 3)")
    int minTermFreq = 3;

    @Option(names = "--words-to-keep", paramLabel = "N", description = "Keep at most N most frequent terms (default 20000)")
    int wordsToKeep = 20_000;

    @Option(names = "--select", paramLabel = "K", description = "With --text-features: keep the K attributes with "
            + "the highest information gain on the training rows (default 0: keep all)")
    int select = 0;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds; 0 skips it (default 5)")
    int folds = 5;

    @Option(names = "--group-by", paramLabel = "FIELD", description = "Field grouping the folds: no value of it "
            + "in both a training and a test fold (default outlet; 'none' for plain stratified folds)")
    String groupBy = "outlet";

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

    @Option(names = "--no-balance", description = "Do not weight classes equally (default: ClassBalancer weights)")
    boolean noBalance;

    @Option(names = "--tune-cutoffs", arity = "0..1", fallbackValue = "shared", paramLabel = "HOW",
            description = "Tune the decision cut-offs on an inner 5-fold cross-validation of the training rows (six "
                    + "times the training time): multi-label 'shared' (one cut-off for all labels, maximising "
                    + "micro-F1; the default of --tune-cutoffs) or 'per-label' (each label's F1); two classes: the "
                    + "cut-off maximising macro-F1. Without it: 0.5 per label, or the most probable class")
    String tuneCutoffs = "none";

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
        multiLabel();
        checkInputs(data);
        checkOutput(out, overwrite);
        String group = "none".equals(groupBy) ? null : groupBy;
        LabelledData labelled = LabelledData.read(source.rows(data, label, group),
                new LabelledData.Options(label, classes, delimiter, skipUnlabelled, multiLabel()));
        var w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "train: %d rows (%s, %d %s: %s)%s%n", labelled.size(), labelled.scheme().kind(),
                labelled.scheme().labels().size(), labelled.scheme().multiLabel() ? "labels" : "classes",
                labelled.labelCounts(), labelled.skipped().isEmpty() ? ""
                        : String.format(Locale.ROOT, "; skipped %d rows without a label (see skipped.csv)",
                        labelled.skipped().size()));
        w.flush();
        DataSource ds = DataSource.of(data, label, group == null ? "" : group, retrainCommand());
        TrainedModel model = new Trainer(config).train(labelled, FeatureSet.of(source), ds);
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
            String name = classifier != null ? classifier : textFeatures ? "sgd" : "logistic";
            if (!ClassifierFactory.NAMES.contains(name)) {
                throw new UsageException("--classifier: unknown classifier '" + name + "' (expected one of "
                        + ClassifierFactory.NAMES + ")");
            }
            cs = ClassifierSpec.named(name);
        }
        if (folds == 1 || folds < 0) {
            throw new UsageException("--folds: " + folds + " (expected 0 for no cross-validation, or at least 2)");
        }
        if (!textFeatures && source.featureNames().isEmpty()) {
            throw new UsageException("the input gives no numeric features; use --text-features");
        }
        TextFeatures text;
        try {
            text = new TextFeatures(textFeatures, ngrams, minTermFreq, wordsToKeep, select);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        DecisionRule.Tuning tuning;
        try {
            tuning = DecisionRule.Tuning.parse(tuneCutoffs);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--tune-cutoffs: " + e.getMessage());
        }
        return new TrainingConfig(cs, text, !noBalance, folds, seed, !"none".equals(groupBy), tuning);
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

    private String retrainCommand() {
        List<String> args = spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs();
        StringBuilder sb = new StringBuilder("presslens train");
        int from = args.indexOf(spec.name()) + 1; // the parse result holds the whole command line
        for (String a : args.subList(from, args.size())) {
            sb.append(' ').append(a.isEmpty() || a.matches(".*[\\s\"'$\\\\].*")
                    ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return sb.toString();
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
