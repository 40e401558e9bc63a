package org.presslens.cli;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.presslens.charts.ChartFormat;
import org.presslens.report.ReportOptions;
import org.presslens.report.ReportResult;
import org.presslens.report.RunReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code presslens bench report}: writes a synthetic run folder of random numbers (N articles × F features,
 * K outlets, a label column, dates over a year) and times the report on it: statistics, charts, HTML.
 * Prints articles/s and peak heap.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Time outlet statistics, charts and report.html on a synthetic run folder of random numbers.")
public final class BenchReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", description = "Articles (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--features", defaultValue = "80", description = "Feature columns (default: ${DEFAULT-VALUE})")
    int features;

    @Option(names = "--outlets", defaultValue = "20", description = "Outlets (default: ${DEFAULT-VALUE})")
    int outlets;

    @Option(names = "--out", description = "Run folder to write (default: a temporary folder, deleted after)")
    Path out;

    @Option(names = "--png-only", description = "Write only PNG charts (no SVG)")
    boolean pngOnly;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || features < 1 || outlets < 1) {
            throw new UsageException("--articles, --features and --outlets must be at least 1");
        }
        Path dir = out != null ? Files.createDirectories(out) : Files.createTempDirectory("presslens-bench-report");
        long t0 = System.nanoTime();
        write(dir);
        double gen = (System.nanoTime() - t0) / 1e9;
        ReportOptions opts = ReportOptions.defaults();
        if (pngOnly) {
            opts = opts.withFormats(EnumSet.of(ChartFormat.PNG));
        }
        long t1 = System.nanoTime();
        ReportResult r = RunReporter.write(dir, opts);
        double secs = (System.nanoTime() - t1) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "bench report: %d articles × %d features, %d outlets (synthetic, written in %.1f s)%n",
                articles, features, outlets, gen);
        o.printf(Locale.ROOT, "report (stats + %d chart files + report.html): %.1f s, %.0f articles/s%n",
                r.charts().size(), secs, articles / secs);
        o.printf(Locale.ROOT, "report stages (wall): statistics %.1f s, charts %.1f s, report.html %.1f s%n",
                r.times().statistics(), r.times().charts(), r.times().report());
        o.printf(Locale.ROOT, "peak heap: %.0f MB (max %.0f MB), %d cores%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, Runtime.getRuntime().availableProcessors());
        if (out == null) {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private void write(Path dir) throws IOException {
        SplittableRandom rnd = new SplittableRandom(1);
        LocalDate start = LocalDate.of(2024, 1, 1);
        String[] fams = {"attribution", "quotes", "hedging", "framing", "reliability"};
        try (Writer w = Files.newBufferedWriter(dir.resolve("articles.csv"), StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("id,source,outlet,date,title,byline,words,sentences");
            for (int f = 0; f < features; f++) {
                h.append(',').append(fams[f % fams.length]).append(".f").append(f);
            }
            w.write(h.append(",pred.label\n").toString());
            StringBuilder b = new StringBuilder(512);
            for (int i = 0; i < articles; i++) {
                int o = (int) Math.floor(outlets * Math.pow(rnd.nextDouble(), 1.5));
                b.setLength(0);
                b.append('a').append(i).append(",bench,Outlet ").append(o).append(',')
                        .append(start.plusDays(rnd.nextInt(365))).append(",t,,").append(200 + rnd.nextInt(1500))
                        .append(',').append(10 + rnd.nextInt(60));
                for (int f = 0; f < features; f++) {
                    double v = rnd.nextInt(4) == 0 ? 0 : Math.abs(rnd.nextDouble() * 5 + o * 0.05 * (f % 3));
                    b.append(',').append(String.format(Locale.ROOT, "%.3f", v));
                }
                b.append(',').append(rnd.nextInt(3) == 0 ? "low" : "high").append('\n');
                w.write(b.toString());
            }
        }
    }
}
