package org.presslens.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.presslens.analysis.ArticleAnalyzer;
import org.presslens.analysis.Outcome;
import org.presslens.analysis.StageTimes;
import org.presslens.ingest.ReadProgress;
import org.presslens.ingest.Slice;
import org.presslens.run.AnalysisEngine;
import org.presslens.run.ProgressListener;
import org.presslens.stats.OutletSummaryRunner;

/**
 * The Spark engine: the inputs are planned as slices (runs of whole files, byte ranges of large JSON Lines files), one
 * Spark partition each; each task reads its slice and analyses its documents with the same per-article code as the
 * default engine; the driver receives the slices in order, a few partitions in flight at a time, and hands the
 * outcomes to the run folder's writer. Spark retries a lost task; its result reaches the driver once, so no row is
 * written twice. The master is {@code --master}, else {@code spark.master} (as {@code spark-submit} sets it), else
 * {@code local[*]}.
 */
public final class SparkEngine implements AnalysisEngine, AutoCloseable {
    /** Slices per core of the job: small enough to balance, large enough that a task's overhead does not count. */
    private static final int SLICES_PER_CORE = 8;
    private static final long MIN_SLICE_BYTES = 256 * 1024;
    private static final long MAX_SLICE_BYTES = 64L * 1024 * 1024;

    /** Spark setting that fixes the slice size in bytes (else: the input over 8 slices per core, 256 KB to 64 MB). */
    public static final String SLICE_BYTES_KEY = "spark.presslens.sliceBytes";

    private final SparkConf conf;
    private final CompletableFuture<JavaSparkContext> context;
    private AnalysisRecipe recipe;
    private AnalysisRecipe.Prepared prepared;
    private ReadProgress read = new ReadProgress();
    private boolean shipText = true;
    private final Map<String, Object> manifest = new LinkedHashMap<>();

    /**
     * Starts the Spark context on a background thread, so that it comes up while the driver builds its analysis; give
     * that analysis to {@link #analysis} before {@link #run}, and close the engine when done.
     *
     * @param master the Spark master URL, or null for {@code spark.master} or {@code local[*]}
     */
    public SparkEngine(String master) {
        this.conf = new SparkConf().setAppName("presslens analyze");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        this.context = CompletableFuture.supplyAsync(() -> new JavaSparkContext(conf));
    }

    /**
     * The analysis the job runs.
     *
     * @param recipe   how executors build the analysis
     * @param prepared the analysis as the driver built it from the recipe (reused by local-mode tasks)
     * @param read     told the bytes of the slices as their results are written, for the progress display
     * @param keepText   whether the run writes {@code texts.jsonl}: only then do the tasks send the cleaned bodies and
     *                   removed lines to the driver (nothing else the driver writes reads them)
     */
    public SparkEngine analysis(AnalysisRecipe recipe, AnalysisRecipe.Prepared prepared, ReadProgress read,
                                boolean keepText) {
        this.recipe = recipe;
        this.prepared = prepared;
        this.read = read;
        this.shipText = keepText;
        return this;
    }

    /**
     * The outlet statistics' per-outlet feature summaries (the bootstrap) as jobs of this engine's context, one task per
     * outlet; use it before {@link #close}.
     */
    public OutletSummaryRunner outletSummaries() {
        return outlets -> {
            manifest.put("outlet_summaries", "spark, one task per outlet");
            return new SparkOutletSummaries(join(context)).run(outlets);
        };
    }

    /** Stops the Spark context (waiting for it to have started). */
    @Override
    public void close() {
        try {
            join(context).close();
        } catch (RuntimeException e) {
            // it did not start: nothing to stop
        }
    }

    @Override
    public void run(ArticleAnalyzer analyzer, StageTimes times, Consumer<Outcome> sink, ProgressListener progress) {
        if (recipe == null) {
            throw new IllegalStateException("SparkEngine.analysis(...) was not called");
        }
        String masterUrl = conf.get("spark.master");
        boolean inProcess = masterUrl.equals("local") || masterUrl.startsWith("local[");
        ExecutorAnalysis.register(recipe.key(), prepared);
        try {
            JavaSparkContext sc = join(context);
            int cores = Math.max(1, sc.defaultParallelism());
            long total = prepared.reader().totalBytes(prepared.roots());
            long target = conf.getLong(SLICE_BYTES_KEY,
                    Math.max(MIN_SLICE_BYTES, Math.min(MAX_SLICE_BYTES, total / ((long) cores * SLICES_PER_CORE))));
            // a gzipped range inflates its file from the start: four per core, at most 64 per file
            List<Slice> plan = prepared.reader().plan(prepared.roots(), target, Math.min(4 * cores, 64));
            manifest.put("name", "spark");
            manifest.put("master", masterUrl);
            manifest.put("spark_version", sc.version());
            manifest.put("default_parallelism", cores);
            manifest.put("executors", inProcess ? 1 : null); // counted once the job has run
            manifest.put("partitions", plan.size());
            manifest.put("slice_target_bytes", target);
            read.total(plan.stream().mapToLong(Slice::bytes).sum());
            if (plan.isEmpty()) {
                return;
            }
            PartitionJobs partitions = new PartitionJobs(sc.sc(), sc.parallelize(plan, plan.size()).rdd(),
                    new SliceTask(recipe, shipText));
            Resequencer order = new Resequencer(prepared.reader().config());
            // jobs of one partition per core, submitted in order (Spark runs their tasks in that order), several in
            // flight: each partition is written as soon as it and those before it are done, while later ones run
            int maxInFlight = Math.min(3 * cores, 128);
            long maxInFlightBytes = inFlightBytes();
            manifest.put("in_flight_partitions", maxInFlight);
            manifest.put("in_flight_input_bytes", maxInFlightBytes);
            Deque<CompletableFuture<SliceResult>> inFlight = new ArrayDeque<>();
            long bytesInFlight = 0;
            int next = 0; // partitions [k, next) are submitted and not yet written
            for (int k = 0; k < plan.size(); k++) {
                int limit = next;
                while (limit < plan.size() && limit - k < maxInFlight
                        && (limit == k || bytesInFlight + plan.get(limit).bytes() <= maxInFlightBytes)) {
                    bytesInFlight += plan.get(limit++).bytes();
                }
                for (; next < limit; next = Math.min(limit, next + cores)) {
                    inFlight.addAll(partitions.submit(next, Math.min(limit, next + cores)));
                }
                SliceResult r;
                try {
                    r = join(inFlight.poll());
                } catch (RuntimeException e) {
                    throw stopped(sc, masterUrl, e);
                }
                bytesInFlight -= plan.get(k).bytes();
                for (StageTimes.Stage s : StageTimes.Stage.values()) {
                    times.add(s, r.stageNanos()[s.ordinal()]);
                }
                r.slots().forEach(slot -> order.accept(slot, sink));
                read.fileDone(plan.get(k).bytes());
            }
            if (!inProcess) {
                // the block managers of the executors that took part, without the driver's
                manifest.put("executors", Math.max(0, sc.sc().getExecutorMemoryStatus().size() - 1));
            }
        } finally {
            ExecutorAnalysis.forget(recipe.key());
        }
    }

    /**
     * Most input bytes of the partitions in flight: their results are held on the driver until written, so they cover
     * at most a quarter of the driver's heap, and at most 512 MB, which also keeps every job's result under Spark's
     * default {@code spark.driver.maxResultSize} of 1 GB (and at least {@link #MIN_SLICE_BYTES}).
     */
    private static long inFlightBytes() {
        return Math.max(MIN_SLICE_BYTES, Math.min(512L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4));
    }

    /**
     * A job that failed: when Spark stopped its context (a master that does not answer, an application the cluster
     * killed), says so with the master, pointing to Spark's own log lines for the reason.
     */
    private static RuntimeException stopped(JavaSparkContext sc, String master, RuntimeException e) {
        if (!sc.sc().isStopped()) {
            return e;
        }
        return new IllegalStateException("the Spark job on " + master + " was stopped (" + e.getMessage()
                + "); Spark's messages above say why, for example that the master does not answer", e);
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Spark job", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Spark job failed: " + c, c);
        }
    }

    @Override
    public Map<String, Object> manifest() {
        return manifest.isEmpty() ? Map.of("name", "spark") : manifest;
    }
}
