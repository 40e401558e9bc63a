package org.presslens.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presslens.charts.ChartFormat;
import org.presslens.charts.OutletSelection;
import org.presslens.report.ReportOptions;
import org.presslens.report.ReportResult;
import org.presslens.report.RunReporter;
import org.presslens.stats.StatsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presslens plot RUN_DIR [--feature F] [--format png|svg]}: redraw a run's charts. */
@Command(name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Redraw the charts of an existing run folder into RUN_DIR/charts/ (each with the CSV of its "
                + "data): all of them, or the bar and box chart of one feature.")
public final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN_DIR", description = "A run folder written by presslens analyze")
    Path runDir;

    @Option(names = "--feature", paramLabel = "F", description = "Only the charts of this feature column, e.g. "
            + "framing.conflict")
    String feature;

    @Option(names = "--format", paramLabel = "png|svg",
            description = "Image format (default: both; png writes screen and 300 dpi versions)")
    String format;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file for the stats section")
    Path config;

    @CommandLine.Mixin
    ChartOutletsOption chartOutlets = new ChartOutletsOption();

    @Override
    public Integer call() {
        ReportOptions opts = ReportCommand.options(runDir, config, chartOutlets.maxOutlets, chartOutlets.outlets);
        if (format != null) {
            ChartFormat f = switch (format.toLowerCase(Locale.ROOT)) {
                case "png" -> ChartFormat.PNG;
                case "svg" -> ChartFormat.SVG;
                default -> throw new UsageException("--format '" + format + "': expected png or svg");
            };
            opts = opts.withFormats(EnumSet.of(f));
        }
        ReportResult r;
        try {
            r = RunReporter.plot(runDir, opts, feature);
        } catch (OutletSelection.UnknownOutletsException e) {
            throw new UsageException(e.getMessage());
        } catch (StatsException e) {
            if (feature != null && e.getMessage().contains("no feature column")) {
                throw new UsageException("--feature: " + e.getMessage());
            }
            throw e;
        }
        spec.commandLine().getOut().printf("plot: wrote %d files to %s%n", r.charts().size(), runDir.resolve("charts"));
        return 0;
    }
}
