package org.presslens.report;

import java.nio.file.Path;
import java.util.List;

/** What a report or plot run wrote: the report (null for plot), the tables and the chart files. */
public record ReportResult(Path report, List<Path> tables, List<Path> charts, int articles, int outlets) {
    public ReportResult {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }
}
