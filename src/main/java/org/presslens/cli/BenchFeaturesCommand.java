package org.presslens.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import java.util.stream.Stream;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.InputRoot;
import org.presslens.ingest.RawDocument;
import org.presslens.analysis.AnalysisSetup;
import org.presslens.analysis.LabelPredictor;
import org.presslens.analysis.Outcome;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.presslens.core.Article;
import org.presslens.core.Settings;
import org.presslens.core.SharedData;
import org.presslens.features.FeaturePipeline;
import org.presslens.features.Scored;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens bench features}: throughput and memory of full feature extraction (sentence split,
 * tokenization, every configured extractor) over allsides-mbfc. Articles are read line by line with Jackson
 * (the {@code text} field as body, no cleaning) by one reader thread and scored by {@code --threads} workers.
 */
@Command(name = "features", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Feature extraction throughput (articles/s, MB/s) and peak heap over allsides-mbfc.")
public final class BenchFeaturesCommand implements Callable<Integer> {
    private static final Article POISON = new Article("", "", "", "", "", "", "", "", "", List.of(), 0, Map.of());

    @Option(names = "--data", paramLabel = "FILE", description = "JSONL(.gz) with a text field (default: <shared>/datasets/allsides-mbfc/articles.jsonl.gz)")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: built-in)")
    Path config;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N articles (default: all)")
    long limit = Long.MAX_VALUE;

    @Option(names = "--dictionary", paramLabel = "FILE", description = "Extra dictionary, LIWC-style .dic or quanteda YAML (repeatable)")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--profile", description = "Also measure the CPU time of text analysis and of each extractor (runs the extractors twice)")
    boolean profile;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        Path file = data != null ? data : SharedData.require("datasets/allsides-mbfc/articles.jsonl.gz");
        Settings settings = CheckedConfig.load(config, List.of()).settings();
        long l0 = System.nanoTime();
        NlpModels models = NlpModels.load();
        AnalysisSetup setup = AnalysisSetup.create(settings, List.of(), dictionaries, f -> LabelPredictor.NONE);
        FeaturePipeline pipeline = setup.features();
        double loadSecs = (System.nanoTime() - l0) / 1e9;

        org.presslens.bench.PeakHeap.reset();
        BlockingQueue<Article> queue = new ArrayBlockingQueue<>(256);
        AtomicLong articles = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong words = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong tagged = new AtomicLong();
        AtomicLong evidence = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        int nf = pipeline.featureNames().size();
        double[][] sums = new double[threads][nf];
        int nx = pipeline.extractors().size();
        long[][] stageNanos = new long[threads][nx + 1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            double[] sum = sums[w];
            long[] stage = stageNanos[w];
            futures.add(pool.submit(() -> {
                TextAnalyzer ta = new TextAnalyzer(models);
                long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                while (true) {
                    Article a = queue.take();
                    if (a == POISON) {
                        cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0);
                        return null;
                    }
                    java.lang.management.ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
                    long s0 = profile ? tmx.getCurrentThreadCpuTime() : 0;
                    AnalyzedText at = ta.analyze(a.body());
                    if (profile) {
                        at.words();
                        long s1 = tmx.getCurrentThreadCpuTime();
                        stage[0] += s1 - s0;
                        for (int x = 0; x < nx; x++) {
                            long x0 = tmx.getCurrentThreadCpuTime();
                            pipeline.extractors().get(x).extract(a, at);
                            stage[x + 1] += tmx.getCurrentThreadCpuTime() - x0;
                        }
                    }
                    Scored s = pipeline.score(a, at);
                    for (int i = 0; i < nf; i++) {
                        double v = s.value(i);
                        if (!Double.isNaN(v)) {
                            sum[i] += v;
                        }
                    }
                    articles.incrementAndGet();
                    words.addAndGet(s.words());
                    sentences.addAndGet(s.sentences());
                    tagged.addAndGet(at.taggedSentences());
                    evidence.addAndGet(s.evidence().size());
                }
            }));
        }
        long read = 0;
        // articles as analyze sees them: read by the ingest, cleaned, with their metadata (on this thread)
        try (Stream<InputItem> items = setup.reader().read(List.of(InputRoot.of(file)))) {
            Iterator<InputItem> it = items.iterator();
            while (read < limit && it.hasNext()) {
                if (it.next() instanceof RawDocument d && setup.analyzer().prepare(d) instanceof Outcome.Analysed a) {
                    bytes.addAndGet(a.article().body().getBytes(StandardCharsets.UTF_8).length);
                    queue.put(a.article());
                    read++;
                }
            }
        } finally {
            for (int w = 0; w < threads; w++) {
                queue.put(POISON);
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = org.presslens.bench.PeakHeap.bytes();
        long n = articles.get();
        System.out.printf(Locale.ROOT, "data: %s (%d articles, %.1f MB of text)%n", file, n, bytes.get() / 1e6);
        System.out.printf(Locale.ROOT, "pipeline: %s, %d features, feature-set hash %s%n",
                pipeline.extractors().stream().map(x -> x.id()).toList(), nf, pipeline.featureSetHash().substring(0, 16));
        System.out.printf(Locale.ROOT, "setup (models + lexicons): %.2f s%n", loadSecs);
        System.out.printf(Locale.ROOT, "threads: %d, max heap %d MB%n", threads, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "time: %.1f s -> %.0f articles/s, %.2f MB/s%n", secs, n / secs, bytes.get() / 1e6 / secs);
        System.out.printf(Locale.ROOT, "worker CPU time: %.1f s -> %.0f articles per CPU-second (throughput on an idle machine"
                + " is about threads x this; the wall-clock figure above depends on machine load)%n",
                cpuNanos.get() / 1e9, n / (cpuNanos.get() / 1e9));
        System.out.printf(Locale.ROOT, "peak heap (sum of heap pool peaks): %d MB%n", peak >> 20);
        System.out.printf(Locale.ROOT, "words %d, sentences %d, POS-tagged sentences %d (%.3f %%), evidence rows %d%n",
                words.get(), sentences.get(), tagged.get(), 100.0 * tagged.get() / Math.max(1, sentences.get()),
                evidence.get());
        if (profile) {
            long[] tot = new long[nx + 1];
            for (long[] st : stageNanos) {
                for (int i = 0; i <= nx; i++) {
                    tot[i] += st[i];
                }
            }
            System.out.printf(Locale.ROOT, "profile (CPU seconds): text analysis + word normalisation %.2f s%n", tot[0] / 1e9);
            for (int i = 0; i < nx; i++) {
                System.out.printf(Locale.ROOT, "profile (CPU seconds): %s %.2f s%n", pipeline.extractors().get(i).id(),
                        tot[i + 1] / 1e9);
            }
        }
        System.out.println("mean feature values:");
        for (int i = 0; i < nf; i++) {
            double s = 0;
            for (double[] sum : sums) {
                s += sum[i];
            }
            System.out.printf(Locale.ROOT, "  %-40s %10.4f%n", pipeline.featureNames().get(i), n == 0 ? 0 : s / n);
        }
        return 0;
    }
}
