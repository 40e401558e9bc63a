package org.presslens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.presslens.charts.OutletSelection;
import org.presslens.report.ReportOptions;
import org.presslens.report.ReportResult;
import org.presslens.report.RunReporter;
import org.presslens.stats.ArticleTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code presslens report RUN_DIR}: rebuild the statistics tables, charts and report.html of a run. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rebuild outlets.csv, tests.csv, keyness.csv, timeseries.csv, charts/ and report.html "
                + "from an existing run folder's CSVs, without analysing again.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN_DIR", description = "A run folder written by presslens analyze")
    Path runDir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file for the stats section (default: the built-in config/presslens.yaml)")
    Path config;

    @CommandLine.Mixin
    ChartOutletsOption chartOutlets = new ChartOutletsOption();

    @Option(names = "--out", paramLabel = "DIR", description = "Write the tables, charts/ and report.html into DIR (a "
            + "new or empty folder outside the run folder) and leave the run folder untouched (default: into the run "
            + "folder)")
    Path out;

    @Override
    public Integer call() {
        ReportOptions opts = options(runDir, config, chartOutlets.maxOutlets, chartOutlets.outlets);
        Path target = out == null ? runDir : checkedOut(runDir, out);
        ReportResult r;
        try {
            r = RunReporter.write(runDir, target, opts);
        } catch (OutletSelection.UnknownOutletsException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().printf("report: %d articles, %d outlets; wrote %s, %d tables and %d chart files%n",
                r.articles(), r.outlets(), r.report(), r.tables().size(), r.charts().size());
        return 0;
    }

    /** The {@code --out} folder, created: refused when it is in the run folder or holds files. */
    static Path checkedOut(Path runDir, Path out) {
        Path run = runDir.toAbsolutePath().normalize();
        Path dir = out.toAbsolutePath().normalize();
        if (dir.startsWith(run)) {
            throw new UsageException("--out " + out + ": inside the run folder " + runDir
                    + "; give a folder outside it (or leave --out away to rebuild the run folder's report)");
        }
        try {
            if (java.nio.file.Files.exists(dir)) {
                if (!java.nio.file.Files.isDirectory(dir)) {
                    throw new UsageException("--out " + out + ": exists and is not a folder");
                }
                try (var entries = java.nio.file.Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new UsageException("--out " + out + ": folder is not empty; give a new or empty one");
                    }
                }
            }
            return java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new UsageException("--out " + out + ": cannot create: " + e.getMessage());
        }
    }

    /** Options from the command line, validated before any work starts. */
    static ReportOptions options(Path runDir, Path config, int maxOutlets, String outlets) {
        if (!Files.isDirectory(runDir)) {
            throw new UsageException(runDir + ": not a directory (expected a run folder)");
        }
        if (!Files.isRegularFile(runDir.resolve("articles.csv"))) {
            throw new UsageException(runDir + ": no articles.csv (expected a run folder written by presslens analyze)");
        }
        if (maxOutlets < 1) {
            throw new UsageException("--max-outlets " + maxOutlets + ": expected at least 1");
        }
        CheckedConfig checked = CheckedConfig.load(config, List.of());
        checked.stats().requireKeyFeatures(checked.settings().name(),
                ArticleTable.featureColumns(runDir.resolve("articles.csv")));
        ReportOptions d = ReportOptions.defaults();
        // outlet renaming and merging from the configuration's outlet rules, as in analyze
        return new ReportOptions(checked.stats(), checked.outlets()::canonical, d.formats(), maxOutlets, d.width(),
                d.height(), outletNames(outlets, checked.outlets()::canonical), d.summaries());
    }

    /**
     * The names of {@code --outlets A,B,...}, renamed by the outlet rules as the run's outlets are (empty when the
     * option is not given); a name the run does not have is a usage error when the charts are drawn.
     */
    static List<String> outletNames(String option, java.util.function.UnaryOperator<String> canonical) {
        if (option != null && OutletSelection.parse(option).isEmpty()) {
            throw new UsageException("--outlets '" + option + "': expected outlet names separated by commas");
        }
        return OutletSelection.parse(option).stream().map(n -> {
            String c = canonical.apply(n);
            return c == null || c.isBlank() ? n : c;
        }).distinct().toList();
    }
}
