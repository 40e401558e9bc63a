package org.presslens.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.presslens.charts.ChartFormat;
import org.presslens.charts.ChartRenderer;
import org.presslens.charts.ChartSet;
import org.presslens.charts.ChartSpec;
import org.presslens.charts.ChartWriter;
import org.presslens.core.Background;
import org.presslens.core.CsvCells;
import org.presslens.features.FeatureCodebook;
import org.presslens.features.FeatureInfo;
import org.presslens.stats.ArticleTable;
import org.presslens.stats.Comparison;
import org.presslens.stats.ModelMetrics;
import org.presslens.stats.OutletComparison;
import org.presslens.stats.StatsException;
import org.presslens.stats.StatsWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a run folder's comparison outputs from its files alone: {@code outlets.csv}, {@code tests.csv},
 * {@code keyness.csv}, {@code timeseries.csv}, {@code charts/} and {@code report.html}. Called at the end of
 * {@code analyze}, and by {@code presslens report} / {@code presslens plot} on an existing run.
 */
public final class RunReporter {
    /** Classpath location of the feature documentation ({@code docs/features.md} of the project). */
    public static final String FEATURE_DOCS = "presslens-docs/features.md";
    /** Classpath location of the attribution and quote definitions ({@code docs/attribution-and-quotes.md}). */
    public static final String ATTRIBUTION_DOCS = "presslens-docs/attribution-and-quotes.md";
    private static final Logger LOG = LoggerFactory.getLogger(RunReporter.class);

    private RunReporter() {
    }

    /** Writes the statistics tables, every chart and {@code report.html} into {@code runDir}. */
    public static ReportResult write(Path runDir, ReportOptions opts) {
        return write(runDir, runDir, opts, ReportProgress.NONE);
    }

    /**
     * Reads the run folder {@code runDir} and writes the statistics tables, every chart and {@code report.html}
     * into {@code outDir} (which may be {@code runDir}); nothing else is written.
     */
    public static ReportResult write(Path runDir, Path outDir, ReportOptions opts) {
        return write(runDir, outDir, opts, ReportProgress.NONE);
    }

    /**
     * {@link #write(Path, Path, ReportOptions)}, telling {@code progress} when each stage (statistics, charts,
     * report) begins and how many charts are drawn; the result holds the wall time of each stage.
     */
    public static ReportResult write(Path runDir, Path outDir, ReportOptions opts, ReportProgress progress) {
        long t0 = System.nanoTime();
        progress.stage(ReportProgress.STATISTICS);
        RunInfo run = RunInfo.read(runDir);
        Comparison c = compare(runDir, opts, run.csvCells());
        String docs = featureDocs();
        Map<String, FeatureInfo> declared = FeatureCodebook.read(runDir, run.csvCells());
        ChartSet set = new ChartSet(opts.maxOutlets(), opts.outlets(), declared);
        set.selection(c); // an unknown --outlets name fails here, before anything is written
        List<ModelMetrics> models = models(runDir, run, c);
        List<ChartSpec> specs = set.all(c, models);
        long t1 = System.nanoTime();
        progress.stage(ReportProgress.CHARTS);
        // the tables are written on a thread of their own while the charts are drawn
        Background<List<Path>> tablesWritten = Background.start("presslens-tables",
                () -> StatsWriter.write(c, outDir, run.csvCells()));
        Path chartsDir = outDir.resolve("charts");
        List<Path> files = new ArrayList<>();
        Map<ChartSpec, byte[]> pngs = new LinkedHashMap<>();
        try {
            drawCharts(specs, new ChartWriter(new ChartRenderer(opts.width(), opts.height()), run.csvCells()), chartsDir,
                    opts, progress, files, pngs);
        } catch (RuntimeException | Error e) {
            try {
                tablesWritten.join(); // nothing is left being written when the report fails
            } catch (RuntimeException | Error also) {
                e.addSuppressed(also);
            }
            throw e;
        }
        LOG.info("{}: {} charts written to {}", runDir, specs.size(), chartsDir);
        List<Path> tables = tablesWritten.join();
        long t2 = System.nanoTime();
        progress.stage(ReportProgress.REPORT);
        String html = new HtmlReport(run, c, models, pngs, declared, docs, doc(ATTRIBUTION_DOCS), opts).render();
        Path report = outDir.resolve("report.html");
        writeAtomically(report, html);
        long t3 = System.nanoTime();
        return new ReportResult(report, tables, files, c.table().size(), c.table().outlets().size(),
                new ReportResult.Times((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9));
    }

    /** Draws the charts on all cores, adding their files and screen PNGs in the order of {@code specs}. */
    private static void drawCharts(List<ChartSpec> specs, ChartWriter writer, Path chartsDir, ReportOptions opts,
                                   ReportProgress progress, List<Path> files, Map<ChartSpec, byte[]> pngs) {
        clearCharts(chartsDir);
        AtomicInteger drawnCount = new AtomicInteger();
        progress.charts(0, specs.size());
        List<Map.Entry<List<Path>, byte[]>> drawn = specs.parallelStream().map(s -> {
            List<Path> written = writer.write(s, chartsDir, opts.formats());
            byte[] png = opts.formats().contains(ChartFormat.PNG)
                    ? readBytes(chartsDir.resolve(s.name() + ".png")) : writer.png(s);
            progress.charts(drawnCount.incrementAndGet(), specs.size());
            return Map.entry(written, png);
        }).toList();
        for (int k = 0; k < specs.size(); k++) {
            files.addAll(drawn.get(k).getKey());
            pngs.put(specs.get(k), drawn.get(k).getValue());
        }
    }

    /**
     * Rewrites the run block of {@code runDir}'s {@code report.html} (command, engine, times) from its
     * {@code run.json} as it is now, leaving the rest of the page as it is; does nothing when there is no
     * {@code report.html} or it has no run block. {@code analyze} calls this once run.json holds the times of the
     * whole run, report included, which are known only after the page is written.
     */
    public static void refreshRunBlock(Path runDir) {
        Path report = runDir.resolve("report.html");
        if (!Files.isRegularFile(report)) {
            return;
        }
        String html;
        try {
            html = Files.readString(report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(report + ": cannot read: " + e.getMessage(), e);
        }
        int start = html.indexOf(HtmlReport.RUN_BLOCK_START);
        int end = start < 0 ? -1 : html.indexOf(HtmlReport.RUN_BLOCK_END, start);
        if (end < 0) {
            return;
        }
        String block = HtmlReport.runBlock(RunInfo.read(runDir));
        writeAtomically(report, html.substring(0, start) + block
                + html.substring(end + HtmlReport.RUN_BLOCK_END.length()));
    }

    /**
     * Writes charts only: every chart, or the bar and box chart of one feature. Unknown feature names are a
     * {@link StatsException} listing the features the run has.
     */
    public static ReportResult plot(Path runDir, ReportOptions opts, String feature) {
        long t0 = System.nanoTime();
        RunInfo run = RunInfo.read(runDir);
        Comparison c = compare(runDir, opts, run.csvCells());
        List<ChartSpec> specs;
        ChartSet set = new ChartSet(opts.maxOutlets(), opts.outlets(), FeatureCodebook.read(runDir, run.csvCells()));
        set.selection(c); // an unknown --outlets name fails before anything is written
        if (feature == null) {
            specs = set.all(c, models(runDir, run, c));
        } else {
            if (!c.features().contains(feature)) {
                throw new StatsException(runDir.resolve("articles.csv") + ": no feature column '" + feature
                        + "'; the run has " + c.features());
            }
            specs = set.forFeature(c, feature);
        }
        long t1 = System.nanoTime();
        ChartWriter writer = new ChartWriter(new ChartRenderer(opts.width(), opts.height()), run.csvCells());
        List<Path> files = specs.parallelStream()
                .flatMap(s -> writer.write(s, runDir.resolve("charts"), opts.formats()).stream()).toList();
        return new ReportResult(null, List.of(), files, c.table().size(), c.table().outlets().size(),
                new ReportResult.Times((t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9, 0));
    }

    /** Reads the run's articles and terms (text cells in mode {@code cells}) and compares the outlets. */
    public static Comparison compare(Path runDir, ReportOptions opts, CsvCells cells) {
        Path articles = runDir.resolve("articles.csv");
        if (!Files.isRegularFile(articles)) {
            throw new StatsException(articles + ": not found — expected a run folder written by presslens analyze");
        }
        ArticleTable t = ArticleTable.read(articles, opts.outletCanonical(), cells);
        LOG.info("{}: {} articles, {} outlets, {} features", articles, t.size(), t.outlets().size(),
                t.features().size());
        return new OutletComparison(opts.stats(), opts.summaries()).compare(t, runDir.resolve("terms.csv"), cells);
    }

    /** Models used in the run: those listed in run.json, then any other {@code pred.<model>} column. */
    static List<ModelMetrics> models(Path runDir, RunInfo run, Comparison c) {
        Map<String, Path> dirs = new LinkedHashMap<>();
        JsonNode listed = run.run().path("models");
        if (listed.isArray()) {
            for (JsonNode m : listed) {
                String name = m.path("name").asText("");
                if (name.isEmpty()) {
                    continue;
                }
                // analyze copies each model's provenance and evaluation into models/<name>/ of the run folder:
                // the report reads (and names) that copy, wherever the model was loaded from
                Path d = runDir.resolve("models").resolve(name);
                if (!Files.isDirectory(d) && m.hasNonNull("dir")) {
                    Path given = Path.of(m.get("dir").asText());
                    given = given.isAbsolute() ? given : runDir.resolve(given);
                    d = Files.isDirectory(given) ? given : d;
                }
                dirs.put(name, d);
            }
        }
        for (String m : c.table().models()) {
            dirs.putIfAbsent(m, runDir.resolve("models").resolve(m));
        }
        List<ModelMetrics> out = new ArrayList<>();
        dirs.forEach((name, dir) -> out.add(ModelMetrics.read(name, dir)));
        return out;
    }

    /** The feature documentation shipped in the jar, or null when this build has none. */
    static String featureDocs() {
        return doc(FEATURE_DOCS);
    }

    /** A documentation file shipped in the jar, or null when this build has none. */
    static String doc(String resource) {
        try (InputStream in = RunReporter.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static void clearCharts(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{png,svg,csv}")) {
            for (Path p : ds) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot clear old charts: " + e.getMessage(), e);
        }
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void writeAtomically(Path file, String text) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
