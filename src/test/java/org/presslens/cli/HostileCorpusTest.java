package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.testing.HostileCorpus;

/**
 * {@code analyze} over more than a thousand hostile and odd inputs with valid articles among them, run as its own
 * process (as a user runs it, with a 1 GiB heap): it exits 0 without a stack trace, every input is either analysed or
 * in {@code skipped.csv}, every valid record is analysed, no record needs the time budget, and peak RSS stays under
 * 1.5 GiB.
 */
class HostileCorpusTest {
    private static final long MAX_RSS_KIB = 1536L * 1024;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyInputIsAccountedForAndTheRunSucceeds(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        HostileCorpus hostile = HostileCorpus.write(corpus, 500, 20261201L);
        assertTrue(hostile.inputs().size() >= 1000, hostile.toString());
        Path config = Files.writeString(tmp.resolve("hostile.yaml"), HostileCorpus.CONFIG);
        Path out = tmp.resolve("run");

        Child run = Child.presslens(tmp, "analyze", corpus.toString(), "--out", out.toString(), "--config",
                config.toString(), "--threads", "2", "--no-models");
        assertEquals(0, run.exit(), "exit code; stderr:\n" + run.stderrTail());
        assertFalse(run.stderr().contains("\tat ") || run.stderr().contains("Exception in thread"),
                "no stack trace on stderr:\n" + run.stderrTail());
        assertFalse(run.stderr().contains("OutOfMemoryError"), run.stderrTail());
        assertTrue(run.peakRssKib() > 0 && run.peakRssKib() <= MAX_RSS_KIB,
                "peak RSS " + run.peakRssKib() / 1024 + " MiB must stay at or below 1536 MiB");

        Map<String, Integer> analysedBySource = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : rows(out.resolve("articles.csv"))) {
            // a record's source names its file and the record ("f.jsonl line 3")
            analysedBySource.merge(r.get("source").replaceFirst(" (line|record) \\d+$", ""), 1, Integer::sum);
            ids.add(r.get("id"));
        }
        Map<String, Integer> skippedBySource = new HashMap<>();
        List<String> budget = new ArrayList<>();
        for (CSVRecord r : rows(out.resolve("skipped.csv"))) {
            skippedBySource.merge(r.get("source"), 1, Integer::sum);
            if (r.get("reason").contains("time budget")) {
                budget.add(r.get("source") + " " + r.get("record"));
            }
            assertFalse(r.get("reason").contains("unexpected error") || r.get("reason").contains("Exception"),
                    "a skip reason is a plain message, not a defect: " + r.get("source") + ": " + r.get("reason"));
        }
        assertEquals(List.of(), budget, "no record should need the time budget");

        String prefix = corpus.toString() + "/";
        Set<String> unaccounted = new TreeSet<>();
        for (String input : hostile.inputs()) {
            String source = prefix + input;
            if (!analysedBySource.containsKey(source) && !skippedBySource.containsKey(source)) {
                unaccounted.add(input);
            }
        }
        assertEquals(Set.of(), unaccounted, "every input is analysed or listed in skipped.csv");

        Set<String> missing = new TreeSet<>(hostile.validIds());
        missing.removeAll(ids);
        assertEquals(Set.of(), missing, "every valid record is analysed");

        for (Map.Entry<String, Integer> e : skippedBySource.entrySet()) {
            assertTrue(e.getValue() <= 1001, e.getKey() + " wrote " + e.getValue() + " skip rows; one file's rows are capped");
        }
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    /** A presslens process on this test's class path, its output and its peak resident memory. */
    private record Child(int exit, String stderr, long peakRssKib) {
        static Child presslens(Path tmp, String... args) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName()));
            cmd.addAll(List.of(args));
            Path err = tmp.resolve("stderr.txt");
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            long peak = 0;
            try {
                while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
                    peak = Math.max(peak, vmHwmKib(status));
                }
            } finally {
                p.destroyForcibly(); // when the test times out, the process must not outlive it
            }
            return new Child(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), peak);
        }

        private static long vmHwmKib(Path status) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D+", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process has just ended
            }
            return 0;
        }

        String stderrTail() {
            return stderr.length() <= 4000 ? stderr : "..." + stderr.substring(stderr.length() - 4000);
        }
    }
}
