package org.presslens.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.presslens.ingest.ReadProgress;
import org.presslens.report.ReportProgress;
import org.presslens.run.ProgressListener;

/**
 * Shows a run's progress: a progress bar when stderr is a terminal, otherwise a plain line every few
 * seconds (so logs of batch jobs stay readable; no escape codes). Both measure progress in bytes of the input files
 * read (known from the start, whatever the format: one JSONL file of a million records as well as a folder of
 * pages), with the item and article counts beside. While the output waits for a slow record the bar
 * says which and the plain lines go on, naming it. The report-side stages that follow get a line each when they
 * begin ({@code report: statistics...}), and the charts a bar of their own on a terminal, otherwise a line
 * {@code report: charts 12/41} every few seconds and when the last is drawn.
 */
final class ProgressDisplay implements ProgressListener, ReportProgress {
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private static final long MB = 1L << 20;

    private final PrintStream err;
    private final boolean terminal;
    private final String task;
    private ProgressBar bar;
    private final ReadProgress read;
    private ProgressBar chartBar;
    private long lastChartLine;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private long lastLine = System.nanoTime();
    private long items;
    private long articles;
    private long skipped;

    /** Plain lines to {@code err} at most every {@code intervalNanos}; no bar. */
    ProgressDisplay(PrintStream err, long intervalNanos, ReadProgress read) {
        this(err, null, intervalNanos, read);
    }

    private ProgressDisplay(PrintStream err, String task, long intervalNanos, ReadProgress read) {
        this.err = err;
        this.terminal = task != null;
        this.task = task;
        this.intervalNanos = intervalNanos;
        this.read = read;
    }

    /** A bar on a terminal (in MB of input read), plain lines otherwise. */
    static ProgressDisplay create(String task, PrintStream err, ReadProgress read) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new ProgressDisplay(err, terminal ? task : null, PLAIN_INTERVAL_NANOS, read);
    }

    /** The bar, drawn from the first report on, when the size of the input is known (no "? %"). */
    private ProgressBar bar() {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(read.totalBytes(), 1))
                    .setUpdateIntervalMillis(250).setStyle(ProgressBarStyle.ASCII).setUnit(" MB", MB).showSpeed()
                    .continuousUpdate().build();
        }
        return bar;
    }

    @Override
    public void progress(long items, long articles, long skipped) {
        this.items = items;
        this.articles = articles;
        this.skipped = skipped;
        if (terminal) {
            ProgressBar b = bar();
            b.stepTo(Math.min(read.bytesRead(), b.getMax()));
            b.setExtraMessage("; " + items + " items, " + counts());
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
        if (terminal) {
            bar().setExtraMessage("; " + counts() + "; " + what);
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
        } else if (!terminal && items > 0) {
            err.println(line(System.nanoTime()));
        }
    }

    private String line(long now) {
        double s = (now - startNanos) / 1e9;
        double f = read.fraction();
        return String.format(Locale.ROOT, "progress: %s%d items (%s) in %.0f s, %.0f items/s",
                f < 0 ? "" : String.format(Locale.ROOT, "%.0f %% of %s read, ", 100 * f, size(read.totalBytes())),
                items, counts(), s, s > 0 ? items / s : 0.0);
    }

    /** {@code 812 KB}, {@code 1.4 GB}. */
    static String size(long bytes) {
        if (bytes < MB) {
            return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
        }
        if (bytes < 1024L * MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * MB));
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
