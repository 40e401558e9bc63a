package org.presslens.run;

import org.presslens.analysis.ArticleAnalyzer;
import org.presslens.analysis.Outcome;
import org.presslens.analysis.StageTimes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.presslens.core.Article;
import org.presslens.core.Background;
import org.presslens.core.CsvCells;
import org.presslens.core.CsvOut;
import org.presslens.core.Presslens;
import org.presslens.features.FeatureCodebook;
import org.presslens.features.FeatureInfo;
import org.presslens.features.FeaturePipeline;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.InputRoot;
import org.presslens.ingest.Skip;

/**
 * One {@code analyze} run: has an {@link AnalysisEngine} analyse the input items with an {@link ArticleAnalyzer} and writes
 * the run folder ({@code articles.csv}, {@code skipped.csv}, evidence files, optional {@code texts.jsonl},
 * {@code run.json}) in input order. Memory stays bounded: results are written as they arrive; only the
 * body hashes of analysed articles (for exact-duplicate detection) and the set of source names are kept.
 */
public final class AnalyzeRun {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper JSONL = new ObjectMapper();

    /**
     * @param commandLine the command line, for {@code run.json}
     * @param threads     worker threads
     * @param keepText    write {@code texts.jsonl}
     * @param configName  configuration name and hash, for {@code run.json}
     * @param configSha256 SHA-256 of the configuration
     * @param inputs      the input roots, hashed into {@code run.json} under their display names
     * @param csvCells    how text cells of the CSV files are written (recorded in {@code run.json} as
     *                    {@code csv_cells}, so that the report reads them back right)
     */
    public record Options(String commandLine, int threads, boolean keepText, String configName, String configSha256,
                          List<InputRoot> inputs, CsvCells csvCells) {
    }

    private final ArticleAnalyzer analyzer;
    private final Options options;
    /** The inputs' hashes, computed once per run on a thread of their own while the articles are analysed. */
    private Background<List<InputHash>> inputHashes;

    public AnalyzeRun(ArticleAnalyzer analyzer, Options options) {
        this.analyzer = analyzer;
        this.options = options;
    }

    /**
     * What a run derives from its tables once every article is written (statistics, charts, report): called with
     * the working folder, which already holds a {@code run.json} of the per-article phase.
     */
    public interface Finisher {
        /**
         * Adds the derived outputs to the working folder {@code work}; returns the wall times of the report-side
         * stages, or null when it ran none of them.
         */
        ReportStages finish(Path work);

        /**
         * Called once {@code run.json} is final (its times cover the whole run), before the folder is committed: a
         * page written by {@link #finish} that shows the run's times can take the final ones here.
         */
        default void finalized(Path work) {
        }
    }

    /**
     * Wall seconds of the report-side stages, which run one after the other.
     *
     * @param statistics reading the tables back, the outlet comparison and the statistics tables
     * @param charts     every chart (PNG, SVG and chart CSV)
     * @param report     {@code report.html}
     */
    public record ReportStages(double statistics, double charts, double report) {
    }

    /**
     * Runs over {@code items} (closed by the caller) into {@code folder}, lets {@code finisher} add what is
     * derived from the tables (statistics, charts, report) to the working folder, then commits the folder.
     */
    public RunSummary run(Stream<InputItem> items, RunFolder folder, ProgressListener progress,
                          java.util.function.Consumer<Path> finisher) {
        return run(items, folder, progress, work -> {
            finisher.accept(work);
            return null;
        });
    }

    /**
     * Runs over {@code items} (closed by the caller) into {@code folder}, writes {@code run.json}, lets
     * {@code finisher} add what is derived from the tables (statistics, charts, report) to the working folder,
     * rewrites {@code run.json} with the times of every stage, then commits the folder.
     */
    public RunSummary run(Stream<InputItem> items, RunFolder folder, ProgressListener progress, Finisher finisher) {
        return run(new ThreadEngine(items, options.threads()), folder, progress, finisher);
    }

    /**
     * Runs {@code engine} into {@code folder}, writes {@code run.json}, lets {@code finisher} add what is derived from
     * the tables (statistics, charts, report) to the working folder, rewrites {@code run.json} with the times of every
     * stage, then commits the folder.
     */
    public RunSummary run(AnalysisEngine engine, RunFolder folder, ProgressListener progress, Finisher finisher) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        hashInputs();
        Counters c = new Counters();
        StageTimes times = new StageTimes();
        Path work = folder.work();
        try (ArticleTableWriter table = new ArticleTableWriter(work.resolve("articles.csv"), analyzer.featureNames(),
                analyzer.predictionColumns(), options.csvCells());
             EvidenceWriter evidence = new EvidenceWriter(work, options.csvCells());
             CsvOut skipped = CsvOut.create(work.resolve("skipped.csv"), options.csvCells());
             BufferedWriter texts = options.keepText()
                     ? Files.newBufferedWriter(work.resolve("texts.jsonl"), StandardCharsets.UTF_8) : null) {
            skipped.row("source", "record", "reason");
            engine.run(analyzer, times, outcome -> {
                try {
                    accept(outcome, c, table, evidence, skipped, texts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.progress(c.items, c.articles, c.skipped);
            }, progress);
            progress.done();
            table.finish();
            List<FeatureInfo> declared = new ArrayList<>(FeaturePipeline.TEXT_COUNTS);
            declared.addAll(analyzer.features());
            FeatureCodebook.write(work.resolve(FeatureCodebook.FILE), declared, options.csvCells());
        } catch (IOException e) {
            throw new UncheckedIOException("writing run folder " + work + ": " + e.getMessage(), e);
        }
        double articlesWall = (System.nanoTime() - t0) / 1e9;
        Path manifest = work.resolve("run.json");
        // the report reads run.json (counts, models, csv_cells): the per-article phase's times first
        writeManifest(manifest, started, articlesWall, c, stages(articlesWall, times, null), engine);
        ReportStages report = finisher.finish(work);
        double wall = (System.nanoTime() - t0) / 1e9;
        RunSummary.Stages stages = stages(articlesWall, times, report);
        writeManifest(manifest, started, wall, c, stages, engine);
        finisher.finalized(work);
        Path done = folder.commit();
        return new RunSummary(done, c.sources.size(), c.articles, c.skipped, new TreeMap<>(c.byKind), c.duplicates, wall,
                stages);
    }

    private static RunSummary.Stages stages(double articlesWall, StageTimes times, ReportStages report) {
        return new RunSummary.Stages(articlesWall, times.seconds(StageTimes.Stage.READ_CLEAN),
                times.seconds(StageTimes.Stage.FEATURES), times.seconds(StageTimes.Stage.MODELS), report);
    }

    private void accept(Outcome outcome, Counters c, ArticleTableWriter table, EvidenceWriter evidence,
                        CsvOut skipped, BufferedWriter texts) throws IOException {
        c.items++;
        if (outcome instanceof Outcome.Rejected r) {
            c.sources.add(r.skip().source());
            skip(r.skip(), c, skipped);
            return;
        }
        Outcome.Analysed a = (Outcome.Analysed) outcome;
        Article art = a.article();
        c.sources.add(art.source());
        String first = c.bodies.putIfAbsent(a.bodyHash(), art.id());
        if (first != null) {
            c.duplicates++;
            skip(new Skip(art.source(), art.record(), "exact duplicate of article " + first), c, skipped);
            return;
        }
        c.articles++;
        table.write(a);
        evidence.write(art.id(), a.evidence());
        if (texts != null) {
            ObjectNode o = JSONL.createObjectNode();
            o.put("id", art.id());
            o.put("title", art.title());
            o.put("body", art.body());
            ArrayNode removed = o.putArray("removed");
            art.removedLines().forEach(removed::add);
            texts.write(JSONL.writeValueAsString(o));
            texts.write('\n');
        }
    }

    private static void skip(Skip s, Counters c, CsvOut skipped) throws IOException {
        if (s.summarized().isEmpty()) {
            c.skipped++;
            c.byKind.merge(reasonKind(s.reason()), 1L, Long::sum);
        } else {
            // a summary row of a file's skips beyond the cap: count the records it stands for
            c.skipped += s.count();
            s.summarized().forEach((kind, n) -> c.byKind.merge(kind, n, Long::sum));
        }
        skipped.row(s.source(), s.record(), s.reason());
    }

    /** The kind of a skip reason for counting (see {@link Skip#kindOf}). */
    static String reasonKind(String reason) {
        return Skip.kindOf(reason);
    }

    /** Starts hashing the inputs, once per run: run.json is written twice, and hashing a large corpus takes seconds. */
    private void hashInputs() {
        if (inputHashes == null) {
            List<InputRoot> roots = options.inputs();
            inputHashes = Background.start("presslens-input-hash",
                    () -> roots.stream().map(r -> InputHash.of(r.path())).toList());
        }
    }

    /**
     * Writes {@code run.json} atomically (a temporary file, then moved over the old one): a reader never sees half a
     * file, and the report reads the first version while the second is being prepared.
     */
    private void writeManifest(Path file, Instant started, double wall, Counters c, RunSummary.Stages stages,
                               AnalysisEngine engine) {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", options.commandLine());
        root.put("version", Presslens.version());
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.put("wall_seconds", seconds(wall));
        root.put("threads", options.threads());
        root.set("engine", JSON.valueToTree(engine.manifest()));
        root.put("csv_cells", options.csvCells().id());
        ObjectNode cfg = root.putObject("config");
        cfg.put("name", options.configName());
        cfg.put("sha256", options.configSha256());
        ArrayNode inputs = root.putArray("inputs");
        hashInputs();
        List<InputHash> hashes = inputHashes.join();
        for (int k = 0; k < options.inputs().size(); k++) {
            InputRoot input = options.inputs().get(k);
            InputHash h = hashes.get(k);
            ObjectNode o = inputs.addObject();
            o.put("path", input.displayName());
            o.put("files", h.files());
            o.put("bytes", h.bytes());
            o.put("sha256", h.sha256());
        }
        ObjectNode counts = root.putObject("counts");
        counts.put("inputs_seen", c.sources.size());
        counts.put("items", c.items);
        counts.put("articles", c.articles);
        counts.put("skipped", c.skipped);
        counts.put("duplicates", c.duplicates);
        ObjectNode byKind = counts.putObject("skipped_by_reason");
        new TreeMap<>(c.byKind).forEach(byKind::put);
        ArrayNode feats = root.putArray("features");
        analyzer.featureNames().forEach(feats::add);
        analyzer.manifest().forEach((k, v) -> root.set(k, JSON.valueToTree(v)));
        ObjectNode st = root.putObject("stages");
        st.put("articles_wall_seconds", seconds(stages.articlesWall()));
        st.put(StageTimes.Stage.READ_CLEAN.key(), seconds(stages.readClean()));
        st.put(StageTimes.Stage.FEATURES.key(), seconds(stages.features()));
        st.put(StageTimes.Stage.MODELS.key(), seconds(stages.models()));
        ReportStages r = stages.report();
        putSeconds(st, "statistics_wall_seconds", r == null ? null : r.statistics());
        putSeconds(st, "charts_wall_seconds", r == null ? null : r.charts());
        putSeconds(st, "report_wall_seconds", r == null ? null : r.report());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Seconds rounded to the millisecond, as run.json holds them. */
    private static double seconds(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

    /** A time in seconds, or null for a stage that did not run. */
    private static void putSeconds(ObjectNode o, String key, Double s) {
        if (s == null) {
            o.putNull(key);
        } else {
            o.put(key, seconds(s));
        }
    }

    /** Mutable tallies, touched only by the writing thread. */
    private static final class Counters {
        long items;
        long articles;
        long skipped;
        long duplicates;
        final Map<String, Long> byKind = new HashMap<>();
        final Set<String> sources = new HashSet<>();
        final Map<Long, String> bodies = new HashMap<>();
    }
}
