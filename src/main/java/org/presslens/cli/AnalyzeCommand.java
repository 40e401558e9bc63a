package org.presslens.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.presslens.core.Settings;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.ReadProgress;
import org.presslens.ingest.InputRoot;
import org.presslens.charts.ChartWarmup;
import org.presslens.charts.OutletSelection;
import org.presslens.report.ReportOptions;
import org.presslens.report.ReportResult;
import org.presslens.report.RunReporter;
import org.presslens.analysis.AnalysisSetup;
import org.presslens.analysis.ModelSet;
import org.presslens.run.AnalyzeRun;
import org.presslens.analysis.CorpusAnalyzer;
import org.presslens.run.RunFolder;
import org.presslens.run.RunSummary;
import org.presslens.run.AnalysisEngine;
import org.presslens.run.ThreadEngine;
import org.presslens.spark.AnalysisRecipe;
import org.presslens.spark.SparkEngine;
import org.presslens.spark.SparkSupport;
import org.presslens.analysis.Bundled;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code presslens analyze}: ingest, clean and score a corpus into a run folder. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Analyse a corpus (files or directories; the bundled sample corpus when none is given) "
                + "into a run folder under notebooks-output/.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or directories: .txt .html .htm .json .jsonl .ndjson .csv, optionally .gz "
                    + "(default: the bundled sample corpus); with --engine spark also hdfs://, s3a://, ... URIs")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run folder (default: notebooks-output/<yyyyMMdd-HHmmss>-analyze in the working folder)")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the built-in config/presslens.yaml)")
    Path config;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores)")
    Integer threads;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "Sidecar CSV with a 'file' column mapping file names to outlet, date and labels (repeatable)")
    List<Path> metadataFiles = new ArrayList<>();

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "Extra dictionary, LIWC-style .dic or quanteda YAML, whose categories become "
                    + "dic.<name>.<category> features and whose matches are rows of terms.csv (repeatable)")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--dictionary-percent", description = "Dictionary features as the percentage of words, as "
            + "LIWC reports them (default: features.dictionary_unit, per 1,000 words)")
    boolean dictionaryPercent;

    @Option(names = "--keep-text", description = "Write texts.jsonl: cleaned body and removed lines of every article")
    boolean keepText;

    @Option(names = "--overwrite", description = "Replace an existing run folder")
    boolean overwrite;

    @Option(names = "--model", paramLabel = "DIR",
            description = "A model folder written by presslens train; its labels become pred.<name> and "
                    + "prob.<name>.<class> columns (repeatable; default: the bundled reliability and framing models)")
    List<Path> models = new ArrayList<>();

    @Option(names = "--no-models", description = "Apply no label models")
    boolean noModels;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Where the per-article analysis runs: threads (this process, the default) or spark "
                    + "(a Spark job: local mode in this process, or the cluster spark-submit names)")
    String engine = "threads";

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark: local[N], spark://..., yarn, k8s://... "
                    + "(default: spark.master as spark-submit sets it, else local[*])")
    String master;

    @Option(names = "--no-report", description = "Skip the outlet comparison (statistics, charts, report.html); "
            + "build it later with presslens report RUN_DIR")
    boolean noReport;

    @CommandLine.Mixin
    ChartOutletsOption chartOutlets = new ChartOutletsOption();

    @Option(names = "--strict", description = "Exit 1 when any input or record was skipped")
    boolean strict;

    @CommandLine.Mixin
    RawCsvOption rawCsv = new RawCsvOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The master URLs Spark accepts. */
    private static final java.util.regex.Pattern SPARK_MASTER = java.util.regex.Pattern.compile(
            "local|local\\[(\\d+|\\*)(,\\d+)?]|local-cluster\\[.+]|(spark|mesos|k8s)://.+|yarn");

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                java.nio.charset.StandardCharsets.UTF_8);
        // everything that can be wrong with the command line or configuration fails here, before any work
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UsageException("--threads must be at least 1, got " + n);
        }
        for (Path p : metadataFiles) {
            if (!Files.isRegularFile(p)) {
                throw new UsageException("--metadata " + p + ": file not found");
            }
        }
        boolean spark = switch (engine) {
            case "threads" -> false;
            case "spark" -> true;
            default -> throw new UsageException("--engine " + engine + ": expected threads or spark");
        };
        if (master != null && !spark) {
            throw new UsageException("--master is for --engine spark");
        }
        if (spark && threads != null) {
            throw new UsageException("--threads is for the default engine; with --engine spark, --master local[N] "
                    + "sets the cores");
        }
        if (master != null && !SPARK_MASTER.matcher(master).matches()) {
            throw new UsageException("--master " + master + ": expected local, local[N], local[*], spark://HOST:PORT, "
                    + "yarn or k8s://URL");
        }
        if (spark && !SparkSupport.available()) {
            throw new UsageException("--engine spark: Spark is not on the class path. The ./presslens launcher adds "
                    + "target/spark-lib; on a cluster, give the jar to spark-submit (see the README)");
        }
        // the Spark context comes up while the analysis below is built (models, lexicons)
        try (SparkEngine sparkEngine = spark ? new SparkEngine(master) : null) {
            return analyze(err, n, sparkEngine);
        }
    }

    private int analyze(PrintStream err, int n, SparkEngine sparkEngine) {
        boolean spark = sparkEngine != null;
        List<InputRoot> given = new ArrayList<>();
        if (inputs.isEmpty()) {
            given.add(new InputRoot(Bundled.sampleCorpus(), Bundled.SAMPLE_CORPUS_NAME));
        } else {
            for (String name : inputs) {
                if (InputPaths.isHadoopUri(name) && !spark) {
                    throw new UsageException(name + ": inputs on a Hadoop file system (hdfs://, s3a://, ...) are read "
                            + "by the Spark engine: add --engine spark");
                }
                given.add(InputRoot.of(InputPaths.of(name)));
            }
        }
        AnalyzeRecipe recipe = new AnalyzeRecipe(java.util.UUID.randomUUID().toString(),
                config == null ? null : config.toString(), strings(metadataFiles), strings(dictionaries),
                dictionaryPercent, strings(models), noModels,
                given.stream().map(r -> List.of(r.path().toString(), r.displayName())).toList());
        if (!noReport) {
            ChartWarmup.start(); // on the core the set-up leaves idle
        }
        AnalyzeRecipe.Built built = recipe.setup(w -> err.println("presslens: warning: " + w));
        CheckedConfig checked = built.checked();
        Settings settings = checked.settings();
        AnalysisSetup setup = built.setup();
        List<InputRoot> roots = built.roots();
        setup.reader().validate(roots);
        if (chartOutlets.maxOutlets < 1) {
            throw new UsageException("--max-outlets " + chartOutlets.maxOutlets + ": expected at least 1");
        }
        ReportOptions options = ReportOptions.defaults().withStats(checked.stats())
                .withOutletCanonical(setup.outlets()::canonical)
                .withOutlets(chartOutlets.maxOutlets,
                        ReportCommand.outletNames(chartOutlets.outlets, setup.outlets()::canonical));
        // with the Spark engine, each outlet's bootstrap is a task of its own
        ReportOptions reportOptions = spark ? options.withSummaries(sparkEngine.outletSummaries()) : options;
        RunFolder folder = RunFolder.prepare(out == null ? defaultOut() : out, overwrite, filesRead(roots));

        CorpusAnalyzer analyzer = setup.analyzer();
        AnalyzeRun run = new AnalyzeRun(analyzer, new AnalyzeRun.Options(commandLine(), n, keepText, settings.name(),
                settings.sha256(), roots, rawCsv.cells()));
        err.println("presslens: analysing " + describe(roots) + (spark ? " as a Spark job" : " on " + n + " thread"
                + (n == 1 ? "" : "s")) + " into " + folder.target());
        RunSummary summary;
        String[] unknownOutlets = {null};
        boolean[] reported = {false};
        ReadProgress read = new ReadProgress();
        ProgressDisplay progress = ProgressDisplay.create("analyze", err, read);
        try (Stream<InputItem> items = spark ? Stream.empty() : setup.reader().read(roots, read)) {
            AnalysisEngine chosen = spark
                    ? sparkEngine.analysis(recipe, new AnalysisRecipe.Prepared(setup.reader(), roots, analyzer), read,
                            keepText)
                    : new ThreadEngine(items, n);
            summary = run.run(chosen, folder, progress, new AnalyzeRun.Finisher() {
                @Override
                public AnalyzeRun.ReportStages finish(Path work) {
                    ModelSet.copyProvenance(setup.analyzer(), work);
                    if (noReport) {
                        return null;
                    }
                    err.println("presslens: comparing outlets (statistics, charts, report.html)...");
                    long t0 = System.nanoTime();
                    try {
                        ReportResult.Times t = RunReporter.write(work, work, reportOptions, progress).times();
                        reported[0] = true;
                        return new AnalyzeRun.ReportStages(t.statistics(), t.charts(), t.report());
                    } catch (OutletSelection.UnknownOutletsException e) {
                        // the outlets are known only now: keep the analysis, leave the report to presslens report
                        unknownOutlets[0] = e.getMessage();
                        return new AnalyzeRun.ReportStages((System.nanoTime() - t0) / 1e9, 0, 0);
                    }
                }

                @Override
                public void finalized(Path work) {
                    if (reported[0]) {
                        RunReporter.refreshRunBlock(work); // the page shows run.json's times, now of the whole run
                    }
                }
            });
        }
        printSummary(summary, err);
        if (unknownOutlets[0] != null) {
            throw new UsageException(unknownOutlets[0] + ". The run folder " + summary.folder() + " has no report;"
                    + " build it with presslens report " + summary.folder() + " --outlets ...");
        }
        return strict && summary.skipped() > 0 ? 1 : 0;
    }

    private static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    /** Every file or folder the run reads: a run folder that holds one of them is never replaced. */
    private List<Path> filesRead(List<InputRoot> roots) {
        List<Path> read = new ArrayList<>();
        roots.forEach(r -> read.add(r.path()));
        read.addAll(metadataFiles);
        read.addAll(dictionaries);
        read.addAll(models);
        if (config != null) {
            read.add(config);
        }
        return read;
    }

    private String commandLine() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        return "presslens " + String.join(" ", args);
    }

    /** {@code notebooks-output/<stamp>-analyze} in the working folder, wherever presslens is installed. */
    private static Path defaultOut() {
        Path base = Path.of("notebooks-output");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        return base.resolve(stamp + "-analyze");
    }

    private static String describe(List<InputRoot> roots) {
        return roots.size() == 1 ? roots.get(0).displayName() : roots.size() + " inputs";
    }

    private static void printSummary(RunSummary s, PrintStream err) {
        err.printf(Locale.ROOT, "presslens: %d articles analysed from %d inputs in %.1f s; %d skipped%s%n",
                s.articles(), s.inputsSeen(), s.wallSeconds(), s.skipped(),
                s.skipped() > 0 ? " (see skipped.csv)" : "");
        for (Map.Entry<String, Long> e : s.skippedByKind().entrySet()) {
            err.printf(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey());
        }
        err.println(stagesLine(s.stages()));
        err.println("presslens: run folder " + s.folder());
    }

    /**
     * The stage times in one line: the per-article phase's wall time with the thread seconds of its stages (summed
     * over threads), then the wall time of each report-side stage.
     */
    static String stagesLine(RunSummary.Stages st) {
        String line = String.format(Locale.ROOT, "presslens: stages: articles %.1f s (thread-seconds: read + clean "
                        + "%.1f, features %.1f, models %.1f)", st.articlesWall(), st.readClean(), st.features(),
                st.models());
        AnalyzeRun.ReportStages r = st.report();
        return r == null ? line + "; no report"
                : line + String.format(Locale.ROOT, ", statistics %.1f s, charts %.1f s, report %.1f s",
                        r.statistics(), r.charts(), r.report());
    }
}
