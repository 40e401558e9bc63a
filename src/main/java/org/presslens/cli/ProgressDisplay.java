package org.presslens.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.presslens.report.ReportProgress;
import org.presslens.run.ProgressListener;

/**
 * Shows a run's progress: a progress bar when stderr is a terminal, otherwise a plain line every few
 * seconds (so logs of batch jobs stay readable; no escape codes). While the output waits for a slow record the bar
 * says which and the plain lines go on, naming it. The report-side stages that follow get a line each when they
 * begin ({@code report: statistics...}), and the charts a bar of their own on a terminal, otherwise a line
 * {@code report: charts 12/41} every few seconds and when the last is drawn.
 */
final class ProgressDisplay implements ProgressListener, ReportProgress {
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final ProgressBar bar;
    private ProgressBar chartBar;
    private long lastChartLine;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private long lastLine = System.nanoTime();
    private long items;
    private long articles;
    private long skipped;

    /** Plain lines to {@code err} at most every {@code intervalNanos}; no bar. */
    ProgressDisplay(PrintStream err, long intervalNanos) {
        this(err, null, intervalNanos);
    }

    private ProgressDisplay(PrintStream err, ProgressBar bar, long intervalNanos) {
        this.err = err;
        this.terminal = bar != null;
        this.bar = bar;
        this.intervalNanos = intervalNanos;
    }

    /** A bar on a terminal, plain lines otherwise. */
    static ProgressDisplay create(String task, PrintStream err) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        ProgressBar bar = terminal
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUpdateIntervalMillis(250)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" items", 1).continuousUpdate().build()
                : null;
        return new ProgressDisplay(err, bar, PLAIN_INTERVAL_NANOS);
    }

    @Override
    public void progress(long items, long articles, long skipped) {
        this.items = items;
        this.articles = articles;
        this.skipped = skipped;
        if (bar != null) {
            bar.stepTo(items);
            bar.setExtraMessage(counts());
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos) {
            lastLine = now;
            err.println(line(now));
        }
    }

    @Override
    public void waiting(String item, double runningSeconds) {
        String what = String.format(Locale.ROOT, "waiting for %s (analysed for %.0f s)", item, runningSeconds);
        if (bar != null) {
            bar.setExtraMessage(counts() + "; " + what);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos) {
            lastLine = now;
            err.println(line(now) + "; " + what);
        }
    }

    private String counts() {
        return articles + " analysed, " + skipped + " skipped";
    }

    @Override
    public void done() {
        if (bar != null) {
            bar.close();
        } else if (items > 0) {
            err.println(line(System.nanoTime()));
        }
    }

    private String line(long now) {
        double s = (now - startNanos) / 1e9;
        return String.format(Locale.ROOT, "progress: %d items (%s) in %.0f s, %.0f items/s",
                items, counts(), s, s > 0 ? items / s : 0.0);
    }

    @Override
    public synchronized void stage(String name) {
        closeChartBar();
        switch (name) {
            case STATISTICS -> err.println("report: statistics (outlet comparison, tables)...");
            case CHARTS -> { } // the line comes with the chart count
            case REPORT -> err.println("report: report.html...");
            default -> err.println("report: " + name + "...");
        }
    }

    @Override
    public synchronized void charts(int done, int total) {
        if (terminal) {
            if (chartBar == null) {
                chartBar = new ProgressBarBuilder().setTaskName("report: charts").setInitialMax(total)
                        .setUpdateIntervalMillis(250).setStyle(ProgressBarStyle.ASCII).setUnit(" charts", 1)
                        .continuousUpdate().build();
            }
            chartBar.stepTo(done);
            if (done >= total) {
                closeChartBar();
            }
            return;
        }
        long now = System.nanoTime();
        if (done == 0 || done >= total || now - lastChartLine >= intervalNanos) {
            lastChartLine = now;
            err.println("report: charts " + done + "/" + total);
        }
    }

    private void closeChartBar() {
        if (chartBar != null) {
            chartBar.close();
            chartBar = null;
        }
    }
}
