package org.presslens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.presslens.bench.LiveHeapPeak;
import org.presslens.bench.OpenNlpPeer;
import org.presslens.bench.PeakHeap;
import org.presslens.core.CsvCells;
import org.presslens.core.Settings;
import org.presslens.core.SharedData;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.InputRoot;
import org.presslens.ingest.RawDocument;
import org.presslens.analysis.AnalysisSetup;
import org.presslens.run.AnalyzeRun;
import org.presslens.analysis.LabelPredictor;
import org.presslens.analysis.ModelSet;
import org.presslens.run.OrderedParallelMap;
import org.presslens.analysis.Outcome;
import org.presslens.run.ProgressListener;
import org.presslens.run.RunFolder;
import org.presslens.run.RunSummary;
import org.presslens.text.NlpModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code presslens bench analyze}: throughput and peak heap of the real analysis stages over a corpus
 * (default: allsides-mbfc, 30,200 articles). Stage {@code clean} is ingest + cleaning + metadata; stage
 * {@code full} is the whole {@code analyze} run with every extractor and the default models (unless
 * {@code --no-models}), writing a run folder (no report).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Throughput (articles/s, MB/s) and peak heap of ingest+cleaning or of the full analyze.")
public final class BenchAnalyzeCommand implements Callable<Integer> {

    /** What to measure. */
    enum Stage { ingest, clean, full }

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Inputs (default: datasets/allsides-mbfc/articles.jsonl.gz under the shared folder)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--stage", description = "ingest, clean or full (default: ${DEFAULT-VALUE})")
    Stage stage = Stage.full;

    @Option(names = "--peer", description = "Then run a plain OpenNLP pipeline (sentences, maxent tokens, POS on"
            + " every sentence) over the same records on as many threads, and print both throughputs and their ratio")
    boolean peer;

    @Option(names = "--no-models", description = "Stage full without the default label models (default: with them,"
            + " as analyze)")
    boolean noModels;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores)")
    Integer threads;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N input items")
    long limit = Long.MAX_VALUE;

    @Override
    public Integer call() throws IOException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<Path> paths = inputs.isEmpty() ? List.of(SharedData.require("datasets/allsides-mbfc/articles.jsonl.gz")) : inputs;
        List<InputRoot> roots = paths.stream().map(InputRoot::of).toList();
        long bytesOnDisk = 0;
        for (Path p : paths) {
            try (Stream<Path> s = Files.walk(p)) {
                bytesOnDisk += s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
        }
        long t0 = System.nanoTime();
        boolean models = stage == Stage.full && !noModels;
        AnalysisSetup setup = AnalysisSetup.create(Settings.builtIn(), List.of(), List.of(), models
                ? ModelSet.loader(List.of(), w -> System.err.println("presslens: warning: " + w)) : f -> LabelPredictor.NONE);
        double setupSeconds = (System.nanoTime() - t0) / 1e9;
        setup.reader().validate(roots);
        PeakHeap.reset();
        LiveHeapPeak live = LiveHeapPeak.start();
        AtomicLong items = new AtomicLong();
        AtomicLong articles = new AtomicLong();
        AtomicLong textChars = new AtomicLong();
        long start = System.nanoTime();
        try (Stream<InputItem> s = setup.reader().read(roots).limit(limit).peek(it -> {
            items.incrementAndGet();
            if (it instanceof RawDocument d) {
                textChars.addAndGet(d.text().length());
            }
        })) {
            switch (stage) {
                case ingest -> s.forEach(it -> articles.addAndGet(it instanceof RawDocument ? 1 : 0));
                case clean -> {
                    Iterator<InputItem> it = s.iterator();
                    new OrderedParallelMap<InputItem, Outcome>(n, n * 32).run(it,
                            item -> item instanceof RawDocument d ? setup.analyzer().prepare(d) : null,
                            o -> articles.addAndGet(o instanceof Outcome.Analysed ? 1 : 0));
                }
                case full -> {
                    Path tmp = Files.createTempDirectory("presslens-bench-");
                    RunFolder folder = RunFolder.prepare(tmp.resolve("run"), false, List.of());
                    RunSummary sum = new AnalyzeRun(setup.analyzer(), new AnalyzeRun.Options("presslens bench analyze",
                            n, false, "built-in", setup.settings().sha256(), roots, CsvCells.NEUTRALISED)).run(s, folder, ProgressListener.NONE, w -> { });
                    articles.set(sum.articles());
                    deleteTree(tmp);
                }
                default -> throw new IllegalStateException();
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "bench analyze --stage %s%s: %s%n", stage, stage != Stage.full ? ""
                : models ? " (default models on)" : " (no models)", paths);
        System.out.printf(Locale.ROOT, "threads %d, max heap %d MiB, setup (config, lexicons, models) %.2f s%n",
                n, PeakHeap.maxMiB(), setupSeconds);
        System.out.printf(Locale.ROOT, "items %d, articles analysed %d, time %.1f s%n", items.get(), articles.get(), secs);
        System.out.printf(Locale.ROOT, "throughput: %.0f articles/s, %.2f MB/s of text (%.2f MB/s of input files as stored)%n",
                articles.get() / secs, textChars.get() / 1e6 / secs, bytesOnDisk / 1e6 / secs);
        System.out.printf(Locale.ROOT, "peak heap (sum of heap pool peaks): %d MiB; live heap after collections,"
                + " at most: %d MiB%n", PeakHeap.bytes() >> 20, live.stop() >> 20);
        if (peer) {
            OpenNlpPeer nlp = new OpenNlpPeer(NlpModels.load());
            long p0 = System.nanoTime();
            OpenNlpPeer.Result r;
            try (Stream<InputItem> s = setup.reader().read(roots).limit(limit)) {
                r = nlp.run(s.iterator(), n);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
            double peerSecs = (System.nanoTime() - p0) / 1e9;
            System.out.printf(Locale.ROOT, "peer (plain OpenNLP: sentences, maxent tokens, POS on every sentence, %d"
                    + " threads): %d documents, %d tokens in %.1f s: %.0f articles/s%n", n, r.documents(), r.tokens(),
                    peerSecs, r.documents() / peerSecs);
            System.out.printf(Locale.ROOT, "presslens / peer throughput: %.2f%n",
                    (articles.get() / secs) / (r.documents() / peerSecs));
        }
        return 0;
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
