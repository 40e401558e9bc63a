package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.testing.SyntheticRun;

class ReportCommandTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.execute(args);
    }

    @Test
    void plotOneFeatureAsSvg() throws Exception {
        Path runDir = SyntheticRun.write(dir.resolve("run"), 3, false);
        assertEquals(0, run("plot", runDir.toString(), "--feature", "hedging.hedge_rate", "--format", "svg"));
        assertTrue(Files.isRegularFile(runDir.resolve("charts/feature-hedging-hedge-rate.svg")));
        assertTrue(Files.isRegularFile(runDir.resolve("charts/feature-hedging-hedge-rate.csv")));
        assertTrue(Files.isRegularFile(runDir.resolve("charts/box-hedging-hedge-rate.svg")));
        assertFalse(Files.exists(runDir.resolve("charts/feature-hedging-hedge-rate.png")));
        assertFalse(Files.exists(runDir.resolve("report.html")));
    }

    @Test
    void reportRebuildsEverythingFromTheCsvs() throws Exception {
        Path runDir = SyntheticRun.write(dir.resolve("run"), 3, false);
        Path cfg = dir.resolve("presslens.yaml");
        Files.writeString(cfg, "stats:\n  bootstrap_samples: 200\n  min_outlet_articles: 16\n", StandardCharsets.UTF_8);
        assertEquals(0, run("report", runDir.toString(), "--config", cfg.toString()));
        assertTrue(Files.isRegularFile(runDir.resolve("report.html")));
        assertTrue(Files.isRegularFile(runDir.resolve("charts/profile.png")));
        assertTrue(Files.isRegularFile(runDir.resolve("charts/profile-300dpi.png")));
        assertTrue(Files.isRegularFile(runDir.resolve("charts/profile.svg")));
        // min_outlet_articles 16 > 15 articles per outlet: nothing is tested
        String tests = Files.readString(runDir.resolve("tests.csv"));
        assertTrue(tests.contains("kruskal_wallis,attribution.density,all tested outlets,,0,0,,,,,epsilon_squared,,"
                + "fewer than two tested outlets have values"), tests);
        assertFalse(tests.contains("mann_whitney"));
        assertTrue(tests.contains("not_tested,,Daily Ledger"));
    }

    @Test
    void reportOutWritesElsewhereAndLeavesTheRunFolderUntouched() throws Exception {
        Path runDir = SyntheticRun.write(dir.resolve("run"), 3, false);
        java.util.Map<Path, String> before = snapshot(runDir);
        Path out = dir.resolve("report-copy");
        assertEquals(0, run("report", runDir.toString(), "--out", out.toString()));
        assertEquals(before, snapshot(runDir), "the run folder is byte-identical after report --out");
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.isRegularFile(out.resolve("outlets.csv")));
        assertTrue(Files.isRegularFile(out.resolve("charts/profile.png")));
        assertEquals(2, run("report", runDir.toString(), "--out", out.toString()), "a folder with files is refused");
        assertEquals(2, run("report", runDir.toString(), "--out", runDir.resolve("sub").toString()),
                "a folder inside the run folder is refused");
        assertEquals(before, snapshot(runDir));
    }

    /** Every file of a folder with a hash of its bytes. */
    private static java.util.Map<Path, String> snapshot(Path root) throws Exception {
        java.util.Map<Path, String> m = new java.util.TreeMap<>();
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return m;
    }

    @Test
    void unknownOutletsAreAUsageErrorNamingTheOutletsOfTheRun() throws Exception {
        Path runDir = SyntheticRun.write(dir.resolve("run"), 3, false);
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, run("report", runDir.toString(), "--outlets", "Daily Ledger,Nope Times"));
            assertFalse(Files.exists(runDir.resolve("report.html")), "nothing is written");
            assertFalse(Files.exists(runDir.resolve("outlets.csv")), "nothing is written");
            assertEquals(2, run("plot", runDir.toString(), "--outlets", "Nope Times", "--format", "svg"));
            assertEquals(2, run("report", runDir.toString(), "--outlets", " , "));
        } finally {
            System.setErr(old);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("presslens report: error: --outlets: no outlet 'Nope Times' in this run; the run has 4 "
                + "outlets: Daily Ledger, Quick Clicks Network, The Northern Provinces Evening Chronicle & Weekly "
                + "Observer, Wire Service One\n"), msg);
        assertTrue(msg.contains("plot: error: --outlets: no outlet 'Nope Times'"), msg);
        assertTrue(msg.contains("--outlets ' , ': expected outlet names separated by commas"), msg);
        assertEquals(0, run("plot", runDir.toString(), "--outlets", "Wire Service One, Daily Ledger", "--format",
                "svg"));
        String bars = Files.readString(runDir.resolve("charts/feature-hedging-hedge-rate.csv"), StandardCharsets.UTF_8);
        assertEquals(3, bars.strip().split("\n").length, bars);
        assertTrue(bars.contains("Wire Service One,") && bars.contains("Daily Ledger,"), bars);
    }

    @Test
    void usageErrorsExitTwoBeforeAnyWork() throws Exception {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, run("report", dir.toString()));
            Path runDir = SyntheticRun.write(dir.resolve("run"), 3, false);
            assertEquals(2, run("plot", runDir.toString(), "--format", "gif"));
            assertEquals(2, run("plot", runDir.toString(), "--feature", "nope.nothing"));
            Path cfg = dir.resolve("bad.yaml");
            Files.writeString(cfg, "stats:\n  bootstrap_sample: 100\n", StandardCharsets.UTF_8);
            assertEquals(2, run("report", runDir.toString(), "--config", cfg.toString()));
        } finally {
            System.setErr(old);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("no articles.csv"), msg);
        assertTrue(msg.contains("--format 'gif': expected png or svg"), msg);
        assertTrue(msg.contains("no feature column 'nope.nothing'"), msg);
        assertTrue(msg.contains("bad.yaml: stats: unknown key 'bootstrap_sample' (allowed: alpha, bootstrap_samples, "
                + "confidence, key_features, max_pairwise_outlets, min_outlet_articles, seed, time_bin)\n"), msg);
    }
}
