package org.presslens.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.presslens.charts.ChartFormat;
import org.presslens.stats.OutletSummaryRunner;
import org.presslens.stats.StatsConfig;

/**
 * How a run folder is reported.
 *
 * @param stats           statistics settings (config section {@code stats})
 * @param outletCanonical renames and merges outlets (e.g. the rules of {@code config/outlets.yaml}); applied
 *                        to every table, chart and the report alike
 * @param formats         chart image formats written under {@code charts/} (the CSV is always written)
 * @param maxOutlets      most outlets drawn in a chart by outlet
 * @param width           chart width in pixels at screen resolution
 * @param height          chart height in pixels at screen resolution
 * @param outlets         the outlets every chart shows ({@code --outlets}, names as in the run's tables); empty:
 *                        the {@code maxOutlets} largest
 * @param summaries       where the per-outlet feature summaries are computed (this process, or the Spark engine's job)
 */
public record ReportOptions(StatsConfig stats, UnaryOperator<String> outletCanonical, Set<ChartFormat> formats,
                            int maxOutlets, int width, int height, List<String> outlets,
                            OutletSummaryRunner summaries) {
    /** Options whose charts show the {@code maxOutlets} largest outlets, summarised in this process. */
    public ReportOptions(StatsConfig stats, UnaryOperator<String> outletCanonical, Set<ChartFormat> formats,
                         int maxOutlets, int width, int height) {
        this(stats, outletCanonical, formats, maxOutlets, width, height, List.of(), OutletSummaryRunner.LOCAL);
    }

    public ReportOptions {
        outlets = List.copyOf(outlets);
        formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
        if (maxOutlets < 1 || width < 200 || height < 150) {
            throw new IllegalArgumentException("maxOutlets ≥ 1, width ≥ 200 and height ≥ 150 expected");
        }
    }

    /** Defaults: built-in statistics settings, outlets as they are, PNG and SVG, 12 outlets, 1000 × 600. */
    public static ReportOptions defaults() {
        return new ReportOptions(StatsConfig.defaults(), UnaryOperator.identity(),
                EnumSet.of(ChartFormat.PNG, ChartFormat.SVG), 12, 1000, 600);
    }

    /** The same options with other statistics settings. */
    public ReportOptions withStats(StatsConfig s) {
        return new ReportOptions(s, outletCanonical, formats, maxOutlets, width, height, outlets, summaries);
    }

    /** The same options with the per-outlet feature summaries computed by {@code r}. */
    public ReportOptions withSummaries(OutletSummaryRunner r) {
        return new ReportOptions(stats, outletCanonical, formats, maxOutlets, width, height, outlets, r);
    }

    /** The same options with another outlet canonicaliser. */
    public ReportOptions withOutletCanonical(UnaryOperator<String> c) {
        return new ReportOptions(stats, c, formats, maxOutlets, width, height, outlets, summaries);
    }

    /** The same options with other chart formats. */
    public ReportOptions withFormats(Set<ChartFormat> f) {
        return new ReportOptions(stats, outletCanonical, f, maxOutlets, width, height, outlets, summaries);
    }

    /** The same options with another chart outlet selection: at most {@code max}, or those named. */
    public ReportOptions withOutlets(int max, List<String> named) {
        return new ReportOptions(stats, outletCanonical, formats, max, width, height, named, summaries);
    }
}
