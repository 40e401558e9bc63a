package org.presslens.report;

/**
 * Receives the progress of the report-side stages, which run one after the other: {@code statistics} (reading the
 * tables back, the outlet comparison, the statistics tables), {@code charts} and {@code report} (report.html).
 * {@link #charts} is called from the threads that draw the charts: implementations must be thread-safe.
 */
public interface ReportProgress {
    /** The statistics stage. */
    String STATISTICS = "statistics";
    /** The chart stage. */
    String CHARTS = "charts";
    /** The report.html stage. */
    String REPORT = "report";

    /** A stage begins ({@link #STATISTICS}, {@link #CHARTS} or {@link #REPORT}). */
    void stage(String name);

    /** {@code done} of {@code total} charts are drawn (called once with 0 before the first, then after each). */
    default void charts(int done, int total) {
    }

    /** A listener that ignores progress. */
    ReportProgress NONE = name -> { };
}
