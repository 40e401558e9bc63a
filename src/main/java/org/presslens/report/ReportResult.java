package org.presslens.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report or plot run wrote: the report (null for plot), the tables and the chart files, and the wall time
 * of each stage.
 */
public record ReportResult(Path report, List<Path> tables, List<Path> charts, int articles, int outlets,
                           Times times) {
    public ReportResult {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /**
     * Wall seconds of the report-side stages, which run one after the other.
     *
     * @param statistics reading the run folder back, the outlet comparison and the statistics tables
     * @param charts     drawing and writing every chart
     * @param report     rendering and writing {@code report.html} (0 for plot)
     */
    public record Times(double statistics, double charts, double report) {
    }
}
