package org.presslens.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.presslens.clean.BoilerplateCleaner;
import org.presslens.clean.CleanedText;
import org.presslens.clean.CleaningGold;
import org.presslens.clean.LineKind;
import org.presslens.clean.LineVerdict;
import org.presslens.core.Settings;
import org.presslens.core.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code presslens bench cleaning}: seed precision/recall of kept body lines, boilerplate markers left in
 * raw scrapes, share of lines removed from clean corpora, and cleaning throughput.
 */
@Command(name = "cleaning", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Cleaning benchmark: seed line precision/recall, boilerplate markers before/after on "
                + "fakenewsnet-buzzfeed, lines removed from clean corpora, throughput on allsides-mbfc.")
public final class BenchCleaningCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 256;
    /** Boilerplate marker patterns counted before and after cleaning, in report order. */
    private static final Map<String, Pattern> MARKERS = markers();

    private static Map<String, Pattern> markers() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("advertisement", Pattern.compile(
                "(?i)^\\W*(advertisement|advertisements|ad|ads|sponsored)\\b|stor(y|ies) continue[sd]? below"
                        + "|continue reading below"));
        m.put("share", Pattern.compile(
                "(?i)^\\W*shares?\\W*$|^\\W*share\\s*:|\\bshare (this|on|via)\\b|^\\W*[\\d.,]+k?\\s+shares\\b"
                        + "|^\\W*(share|tweet|email|facebook|twitter)(\\W+(share|tweet|email|facebook|twitter|linkedin"
                        + "|pinterest|whatsapp|reddit|print))+\\W*$"));
        m.put("subscribe", Pattern.compile("(?i)\\bsubscribe\\b|\\bnewsletters?\\b|\\bsign up\\b"));
        m.put("copyright", Pattern.compile("(?i)©|\\bcopyright\\b|all rights reserved"));
        return java.util.Collections.unmodifiableMap(m);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", description = "Shared data folder (default: ../shared).")
    Path shared;

    @Option(names = "--config", paramLabel = "FILE", description = "presslens.yaml to use (default: built-in).")
    Path config;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Seed line gold (default: src/test/resources/clean/seed-gold.csv of the checkout).")
    Path gold;

    @Option(names = "--limit", paramLabel = "N", description = "Articles of allsides-mbfc for throughput (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--clean-sample", paramLabel = "N", defaultValue = "2000",
            description = "Articles of allsides-mbfc counted as a clean corpus (default: ${DEFAULT-VALUE}).")
    int cleanSample;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Cleaning threads for the parallel run (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "10",
            description = "Remaining marker lines to show per marker (default: ${DEFAULT-VALUE}).")
    int examples;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = CheckedConfig.load(config, List.of()).settings();
        BoilerplateCleaner cleaner = BoilerplateCleaner.fromSettings(settings);
        seeds(out, cleaner);
        markers(out, cleaner);
        cleanCorpus(out, cleaner, "polnear/dev.jsonl", Integer.MAX_VALUE);
        cleanCorpus(out, cleaner, "allsides-mbfc/articles.jsonl.gz", cleanSample);
        if (threads < 1) {
            throw new UsageException("--threads: expected a positive number, got " + threads);
        }
        throughput(out, cleaner);
        out.flush();
        return 0;
    }

    private void seeds(PrintWriter out, BoilerplateCleaner cleaner) throws IOException {
        Path goldFile = gold != null ? gold
                : Path.of(System.getProperty("presslens.home", ".")).resolve("src/test/resources/clean/seed-gold.csv");
        if (!Files.exists(goldFile)) {
            throw new UsageException(goldFile + ": seed gold not found (run from a checkout or pass --gold FILE)");
        }
        CleaningGold g;
        try (Reader r = Files.newBufferedReader(goldFile, StandardCharsets.UTF_8)) {
            g = CleaningGold.parse(r, goldFile.toString());
        }
        CleaningGold.Score s = g.score(data("seeds"), cleaner);
        out.println("== (a) seeds: kept body lines vs line gold (" + goldFile.getFileName() + ")");
        out.printf(Locale.ROOT, "documents %d, non-blank lines %d, gold body lines %d, kept %d, kept body %d%n",
                s.documents(), s.lines(), s.goldBody(), s.kept(), s.keptBody());
        out.printf(Locale.ROOT, "precision %.4f  recall %.4f%n", s.precision(), s.recall());
        for (String e : s.errors()) {
            out.println("  mismatch: " + e);
        }
    }

    private void markers(PrintWriter out, BoilerplateCleaner cleaner) throws IOException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> left = new LinkedHashMap<>();
        MARKERS.keySet().forEach(k -> {
            counts.put(k, new int[2]);
            left.put(k, new java.util.ArrayList<>());
        });
        long[] lines = new long[2];
        int docs = jsonl("datasets/fakenewsnet-buzzfeed/articles.jsonl", Integer.MAX_VALUE, (text, title) -> {
            CleanedText c = cleaner.clean(text, title);
            lines[0] += c.inputLines().size();
            lines[1] += c.inputLines().size() - c.removedLines().size();
            for (String l : c.inputLines()) {
                MARKERS.forEach((k, p) -> counts.get(k)[0] += p.matcher(l).find() ? 1 : 0);
            }
            if (c.body().isEmpty()) {
                return;
            }
            for (String l : c.body().split("\n\n")) {
                MARKERS.forEach((k, p) -> {
                    if (p.matcher(l).find()) {
                        counts.get(k)[1]++;
                        if (left.get(k).size() < examples) {
                            left.get(k).add(l.length() > 100 ? l.substring(0, 100) + "..." : l);
                        }
                    }
                });
            }
        });
        out.println("== (b) fakenewsnet-buzzfeed (raw scrapes): lines matching boilerplate markers, before -> after");
        out.printf(Locale.ROOT, "articles %d, lines %d -> %d kept%n", docs, lines[0], lines[1]);
        counts.forEach((k, v) -> out.printf(Locale.ROOT, "%-14s %4d -> %4d%n", k, v[0], v[1]));
        left.forEach((k, v) -> v.forEach(l -> out.println("  left (" + k + "): " + l)));
    }

    private void cleanCorpus(PrintWriter out, BoilerplateCleaner cleaner, String file, int max) throws IOException {
        long[] n = new long[2];
        long[] noTitle = new long[1];
        Map<LineKind, Integer> kinds = new EnumMap<>(LineKind.class);
        int docs = jsonl("datasets/" + file, max, (text, title) -> {
            for (LineVerdict v : cleaner.classify(text, title)) {
                n[0]++;
                if (!v.kept()) {
                    n[1]++;
                    kinds.merge(v.kind(), 1, Integer::sum);
                }
            }
            noTitle[0] += cleaner.clean(text).removedLines().size();
        });
        out.println("== (c) clean corpus " + file + " (first " + docs + " articles, record titles given)");
        out.printf(Locale.ROOT, "lines %d, removed %d (%.2f %%); without the record title: removed %d (%.2f %%)%n",
                n[0], n[1], 100.0 * n[1] / Math.max(1, n[0]), noTitle[0], 100.0 * noTitle[0] / Math.max(1, n[0]));
        StringBuilder b = new StringBuilder("removed by reason:");
        kinds.forEach((k, v) -> b.append(' ').append(k.label()).append('=').append(v));
        out.println(b);
    }

    private void throughput(PrintWriter out, BoilerplateCleaner cleaner) throws IOException {
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        long[] t = new long[3];
        long wall = System.nanoTime();
        long cpu = tmx.getCurrentThreadCpuTime();
        int docs = jsonl("datasets/allsides-mbfc/articles.jsonl.gz", limit, (text, title) -> {
            long s = tmx.getCurrentThreadCpuTime();
            CleanedText c = cleaner.clean(text, title);
            t[0] += tmx.getCurrentThreadCpuTime() - s;
            t[1] += text.getBytes(StandardCharsets.UTF_8).length;
            t[2] += c.body().length();
        });
        wall = System.nanoTime() - wall;
        double cpuS = (tmx.getCurrentThreadCpuTime() - cpu) / 1e9;
        double cleanS = t[0] / 1e9;
        double wallS = wall / 1e9;
        double mb = t[1] / 1e6;
        out.println("== (d) throughput on allsides-mbfc (" + docs + " articles, "
                + String.format(Locale.ROOT, "%.1f", mb) + " MB of text, record titles given)");
        out.printf(Locale.ROOT, "1 thread, cleaning only (thread CPU time): %.0f articles/s, %.1f MB/s (%.2f s)%n",
                docs / cleanS, mb / cleanS, cleanS);
        out.printf(Locale.ROOT, "1 thread, gunzip+JSON+cleaning (thread CPU time): %.0f articles/s, %.1f MB/s (%.2f s)%n",
                docs / cpuS, mb / cpuS, cpuS);
        out.printf(Locale.ROOT, "1 thread, gunzip+JSON+cleaning (wall):     %.0f articles/s, %.1f MB/s (%.2f s)%n",
                docs / wallS, mb / wallS, wallS);
        parallel(out, cleaner);
        long peak = org.presslens.bench.PeakHeap.bytes();
        out.printf(Locale.ROOT, "peak heap (sum of pool peaks) %.0f MiB, max heap %.0f MiB, %d processors, "
                        + "load average at end %.2f%n", peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** One reader thread (gunzip + JSON) feeding {@code threads} cleaning threads through a bounded queue. */
    private void parallel(PrintWriter out, BoilerplateCleaner cleaner) throws IOException {
        BlockingQueue<List<String[]>> queue = new ArrayBlockingQueue<>(2 * threads);
        List<String[]> poison = List.of();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong bodyChars = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                while (true) {
                    List<String[]> batch = queue.take();
                    if (batch == poison) {
                        return null;
                    }
                    for (String[] d : batch) {
                        bodyChars.addAndGet(cleaner.clean(d[0], d[1]).body().length());
                    }
                }
            }));
        }
        long wall = System.nanoTime();
        List<String[]> batch = new ArrayList<>(BATCH);
        List<List<String[]>> holder = new ArrayList<>(List.of(batch));
        int docs;
        try {
            docs = jsonl("datasets/allsides-mbfc/articles.jsonl.gz", limit, (text, title) -> {
                List<String[]> b = holder.get(0);
                b.add(new String[] {text, title});
                if (b.size() == BATCH) {
                    put(queue, b);
                    holder.set(0, new ArrayList<>(BATCH));
                }
            });
            put(queue, holder.get(0));
            for (int i = 0; i < threads; i++) {
                put(queue, poison);
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("cleaning failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double wallS = (System.nanoTime() - wall) / 1e9;
        out.printf(Locale.ROOT, "%d cleaning threads + 1 reader, gunzip+JSON+cleaning (wall): %.0f articles/s (%.2f s)%n",
                threads, docs / wallS, wallS);
    }

    private static void put(BlockingQueue<List<String[]>> q, List<String[]> b) {
        try {
            q.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A path under --shared, or under the default shared folder; fails loudly when absent. */
    private Path data(String relative) {
        if (shared == null) {
            return SharedData.require(relative);
        }
        Path p = shared.resolve(relative);
        if (!Files.exists(p)) {
            throw new UsageException(p + ": not found under --shared " + shared);
        }
        return p;
    }

    /**
     * Streams a JSONL(.gz) file under the shared folder with Jackson's streaming parser, passing the string
     * fields {@code text} and {@code title} of each record; returns the count.
     */
    private int jsonl(String relative, int max, BiConsumer<String, String> each) throws IOException {
        Path p = data(relative);
        int n = 0;
        try (InputStream raw = Files.newInputStream(p);
             InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int lineNo = 0;
            while (n < max && (line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String text = "";
                String title = "";
                try (JsonParser jp = JSON.getFactory().createParser(line)) {
                    if (jp.nextToken() != JsonToken.START_OBJECT) {
                        throw new IOException("expected a JSON object");
                    }
                    while (jp.nextToken() == JsonToken.FIELD_NAME) {
                        String field = jp.currentName();
                        JsonToken v = jp.nextToken();
                        if (v == JsonToken.VALUE_STRING && field.equals("text")) {
                            text = jp.getText();
                        } else if (v == JsonToken.VALUE_STRING && field.equals("title")) {
                            title = jp.getText();
                        } else {
                            jp.skipChildren();
                        }
                    }
                } catch (IOException e) {
                    throw new IOException(p + " line " + lineNo + ": not valid JSON: " + e.getMessage(), e);
                }
                each.accept(text, title);
                n++;
            }
        }
        return n;
    }
}
