package org.presslens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.presslens.core.SharedData;
import org.presslens.spark.SparkSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code presslens bench spark}: the same {@code analyze} (no report unless asked) over the same records with the default engine,
 * Spark {@code local[1]} and Spark {@code local[2]}, each a process of its own started through the {@code presslens}
 * launcher (its JVM options, as a user's run gets them), in rotating order over several rounds;
 * prints the median wall times, throughputs, their ratios, the projected throughput per executor core, and whether
 * every per-article file of the Spark runs equals the default engine's byte for byte.
 */
@Command(name = "spark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Default engine vs Spark local[1] and local[2] on the same records: medians, ratios, identity "
                + "of the per-article files.")
public final class BenchSparkCommand implements Callable<Integer> {
    private static final List<String> PER_ARTICLE = List.of("articles.csv", "attributions.csv", "quotes.csv",
            "terms.csv", "skipped.csv", "features.csv");

    @Parameters(paramLabel = "INPUT", arity = "0..1",
            description = "A JSON Lines file, optionally .gz (default: datasets/allsides-mbfc/articles.jsonl.gz under "
                    + "the shared folder)")
    Path input;

    @Option(names = "--records", paramLabel = "N", description = "Records taken from the input's start, written "
            + "uncompressed so that Spark can cut them into slices (default: ${DEFAULT-VALUE})")
    int records = 3000;

    @Option(names = "--skip", paramLabel = "N", description = "Records passed over first (default: ${DEFAULT-VALUE})")
    int skip;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds of the three runs (default: ${DEFAULT-VALUE})")
    int rounds = 3;

    @Option(names = "--with-report", description = "Runs with the outlet comparison, charts and report.html "
            + "(default: --no-report, the engines alone)")
    boolean withReport;

    @Option(names = "--no-models", description = "Apply no label models (default: the default models, as analyze)")
    boolean noModels;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!SparkSupport.available()) {
            throw new UsageException("bench spark: Spark is not on the class path (run it through ./presslens)");
        }
        if (records < 1 || rounds < 1 || skip < 0) {
            throw new UsageException("--records and --rounds must be at least 1, --skip at least 0");
        }
        Path source = input != null ? input : SharedData.require("datasets/allsides-mbfc/articles.jsonl.gz");
        Path work = Files.createTempDirectory("presslens-bench-spark");
        Path corpus = work.resolve("records.jsonl");
        int taken = copyRecords(source, corpus);
        System.out.printf(Locale.ROOT, "input: %d records of %s (after %d), %.1f MB uncompressed, %d rounds, models %s, "
                + "report %s%n", taken, source, skip, Files.size(corpus) / 1e6, rounds, noModels ? "off" : "on",
                withReport ? "on" : "off");
        Map<String, List<String>> configs = new LinkedHashMap<>();
        configs.put("default engine (2 threads)", List.of("--threads", "2"));
        configs.put("spark local[1]", List.of("--engine", "spark", "--master", "local[1]"));
        configs.put("spark local[2]", List.of("--engine", "spark", "--master", "local[2]"));
        List<String> names = new ArrayList<>(configs.keySet());
        Map<String, List<Double>> walls = new LinkedHashMap<>();
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        names.forEach(n -> walls.put(n, new ArrayList<>()));
        names.forEach(n -> phases.put(n, new ArrayList<>()));
        Map<String, Path> firstRun = new LinkedHashMap<>();
        long articles = -1;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((k + r) % names.size()); // rotate: no configuration always runs first
                Path out = work.resolve("round" + r + "-" + names.indexOf(name));
                double wall = runAnalyze(corpus, out, configs.get(name));
                walls.get(name).add(wall);
                phases.get(name).add(articlesPhase(out));
                firstRun.putIfAbsent(name, out);
                long n = articlesOf(out);
                articles = articles < 0 ? n : articles;
                System.out.printf(Locale.ROOT, "  round %d  %-28s %7.2f s whole process, %7.2f s per-article phase, "
                        + "%d articles%n", r + 1, name, wall, phases.get(name).get(r), n);
            }
        }
        System.out.println();
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String n : names) {
            double m = median(walls.get(n));
            medians.put(n, m);
            System.out.printf(Locale.ROOT, "%-28s median %7.2f s  %7.1f articles/s  (runs: %s)%n", n, m, articles / m,
                    walls.get(n).stream().map(w -> String.format(Locale.ROOT, "%.2f", w)).toList());
        }
        double threads = medians.get(names.get(0));
        double one = medians.get(names.get(1));
        double two = medians.get(names.get(2));
        System.out.printf(Locale.ROOT, "spark local[2] / default engine throughput: %.2f whole process, %.2f per-article "
                + "phase%n", threads / two, median(phases.get(names.get(0))) / median(phases.get(names.get(2))));
        System.out.printf(Locale.ROOT, "spark local[2] / local[1] throughput: %.2f whole process, %.2f per-article "
                + "phase%n", one / two, median(phases.get(names.get(1))) / median(phases.get(names.get(2))));
        System.out.printf(Locale.ROOT, "projected throughput per executor core: %.1f articles/s (local[1]); "
                + "%.1f articles/s (local[2] / 2)%n", articles / one, articles / two / 2);
        boolean same = true;
        Path base = firstRun.get(names.get(0));
        for (String n : names.subList(1, names.size())) {
            for (String f : PER_ARTICLE) {
                boolean eq = Arrays.equals(Files.readAllBytes(base.resolve(f)),
                        Files.readAllBytes(firstRun.get(n).resolve(f)));
                same &= eq;
                if (!eq) {
                    System.out.println("DIFFERS: " + n + " " + f);
                }
            }
        }
        System.out.println("per-article files of the Spark runs byte-identical to the default engine's: "
                + (same ? "yes" : "no") + " (" + String.join(", ", PER_ARTICLE) + ")");
        System.out.println("work folder (delete when done): " + work);
        return same ? 0 : 1;
    }

    /** Runs {@code presslens analyze} in a process of its own with this JVM's options; returns its wall seconds. */
    private double runAnalyze(Path corpus, Path out, List<String> engineArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        String home = System.getProperty("presslens.home");
        Path launcher = home == null ? null : Path.of(home, "presslens");
        if (launcher != null && Files.isExecutable(launcher)) {
            cmd.add(launcher.toString()); // as a user runs it: the launcher's JVM options and class path
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Main.class.getName());
        }
        cmd.addAll(List.of("analyze", corpus.toString(), "--out", out.toString()));
        if (!withReport) {
            cmd.add("--no-report");
        }
        if (noModels) {
            cmd.add("--no-models");
        }
        cmd.addAll(engineArgs);
        Path log = out.resolveSibling(out.getFileName() + ".log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("analyze " + engineArgs + " exited with " + code + "; see " + log);
        }
        return wall;
    }

    /**
     * The run's per-article phase in seconds ({@code stages.articles_wall_seconds} of {@code run.json}: from the first
     * record to the last row written; for Spark it includes waiting for the context to be up).
     */
    private static double articlesPhase(Path run) throws IOException {
        JsonNode root = new ObjectMapper().readTree(run.resolve("run.json").toFile());
        return root.get("stages").get("articles_wall_seconds").asDouble();
    }

    private static long articlesOf(Path run) throws IOException {
        JsonNode root = new ObjectMapper().readTree(run.resolve("run.json").toFile());
        return root.get("counts").get("articles").asLong();
    }

    /** Copies records {@code skip .. skip+records} of a JSON Lines file (gzip or not) into {@code to}. */
    private int copyRecords(Path from, Path to) throws IOException {
        int n = 0;
        try (InputStream raw = Files.newInputStream(from);
             InputStream in = from.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
             BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            String line;
            int seen = 0;
            while (n < records && (line = r.readLine()) != null) {
                if (seen++ < skip) {
                    continue;
                }
                w.write(line);
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }
}
