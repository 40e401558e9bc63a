package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.testing.SyntheticRun;

/**
 * Every configuration mistake stops the command with exit code 2 and one line naming the file and the key, before
 * any work: for {@code analyze} no run folder and no hidden {@code .partial} folder is created.
 */
class ConfigValidationTest {
    @TempDir
    Path dir;

    /** The configuration text (after "cfg.yaml: " in the message) → the one line expected. */
    private static Map<String, String> mistakes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("stat:\n  alpha: 0.1\n",
                "unknown section 'stat' (allowed: analyze, classify, clean, features, ingest, metadata, stats)");
        m.put("analyze:\n  min_word: 3\n", "analyze: unknown key 'min_word' (allowed: max_characters, max_record_seconds, min_words)");
        m.put("analyze:\n  min_words: 0\n", "analyze.min_words: expected a whole number of at least 1, found 0");
        m.put("features:\n  extractor: [hedging]\n", "features: unknown key 'extractor' (allowed: attribution, "
                + "dictionaries, dictionary_unit, extractors, framing, hedging, lexicons, quotes, reliability)");
        m.put("features:\n  lexicons:\n    hedge: x.yaml\n", "features.lexicons: unknown key 'hedge' (allowed: "
                + "attribution_cues, attribution_grammar, attribution_sources, boosters, clickbait, framing, hedges, loaded_language)");
        m.put("features:\n  hedging:\n    threshold: 2\n", "features.hedging: unknown key 'threshold' (allowed: hedge_cutoff, hedge_model)");
        m.put("classify:\n  learner: smo\n", "classify: unknown key 'learner' (allowed: none)");
        m.put("ingest:\n  maxFileMegabytes: many\n",
                "ingest.maxFileMegabytes: expected a whole number, found 'many'");
        m.put("ingest:\n  maxFileMegabytes: 7.5\n", "ingest.maxFileMegabytes: expected a whole number, found 7.5");
        m.put("ingest:\n  titleFields: headline\n", "ingest.titleFields: expected a list of texts, found 'headline'");
        m.put("clean:\n  htmlSiblingRatio: 2\n", "clean.htmlSiblingRatio: expected a number from 0 to 1, found 2");
        m.put("metadata:\n  outletRules: [a, b]\n", "metadata.outletRules: expected a file name, found a list");
        m.put("stats:\n  bootstrap: 10\n", "stats: unknown key 'bootstrap' (allowed: alpha, bootstrap_samples, "
                + "confidence, key_features, max_pairwise_outlets, min_outlet_articles, seed, time_bin)");
        m.put("stats:\n  min_outlet_articles: 1\n",
                "stats.min_outlet_articles: expected a whole number of at least 2, found 1");
        m.put("stats:\n  bootstrap_samples: 10\n",
                "stats.bootstrap_samples: expected a whole number of at least 100, found 10");
        m.put("stats:\n  seed: 1.5\n", "stats.seed: expected a whole number, found 1.5");
        m.put("stats:\n  confidence: 0.4\n",
                "stats.confidence: expected a level between 0.5 and 1 (exclusive), e.g. 0.95, found 0.4");
        m.put("stats:\n  time_bin: day\n",
                "stats.time_bin: expected one of auto, week, month, quarter, year, found 'day'");
        m.put("stats:\n  alpha: 5\n", "stats.alpha: expected a level between 0 and 1 (exclusive), e.g. 0.05, found 5");
        m.put("stats:\n  max_pairwise_outlets: 0\n",
                "stats.max_pairwise_outlets: expected a whole number of at least 2, found 0");
        m.put("stats:\n  alpha: 0.1\n  alpha: 0.2\n", "line 3, column 8: not valid YAML: Duplicate field 'alpha'");
        m.put("stats:\n  alpha: 0.1\n   bad: [\n", "line 3, column 7: not valid YAML: mapping values are not allowed here");
        return m;
    }

    private String run(Path cfg, Function<Path, String[]> args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute(args.apply(cfg));
        } finally {
            System.setErr(old);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, msg);
        return msg;
    }

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(in.resolve("a.txt"), "Officials said on Monday that the bridge would reopen in June after "
                + "repairs. The mayor said the work had cost less than planned and that traffic would return to normal.");
        return in;
    }

    @Test
    void analyzeStopsBeforeAnyWorkWithOneLine() throws IOException {
        Path in = corpus();
        Path out = dir.resolve("out").resolve("run");
        Files.createDirectories(out.getParent());
        for (Map.Entry<String, String> c : mistakes().entrySet()) {
            Path cfg = dir.resolve("cfg.yaml");
            Files.writeString(cfg, c.getKey(), StandardCharsets.UTF_8);
            String msg = run(cfg, f -> new String[] {"analyze", in.toString(), "--out", out.toString(), "--config",
                    f.toString(), "--no-models"});
            assertEquals("presslens analyze: error: " + cfg + (c.getValue().startsWith("line ") ? " " : ": ")
                    + c.getValue() + "\n", msg, c.getKey());
            try (Stream<Path> left = Files.list(out.getParent())) {
                assertEquals(List.of(), left.toList(), "nothing written for " + c.getKey());
            }
        }
    }

    @Test
    void keyFeaturesMustExistInThePipeline() throws IOException {
        Path in = corpus();
        Path cfg = dir.resolve("cfg.yaml");
        Files.writeString(cfg, "stats:\n  key_features: [hedging.hedge_rate, hedging.rate]\n", StandardCharsets.UTF_8);
        String msg = run(cfg, f -> new String[] {"analyze", in.toString(), "--out", dir.resolve("run").toString(),
                "--config", f.toString(), "--no-models"});
        assertEquals("presslens analyze: error: " + cfg + ": stats.key_features: unknown feature 'hedging.rate' "
                + "(hedging features: hedging.hedges, hedging.hedge_rate, hedging.boosters, hedging.booster_rate, "
                + "hedging.hedged_sentence_share, hedging.boosted_sentence_share)\n", msg);
        assertFalse(Files.exists(dir.resolve(".run.partial")));
        assertFalse(Files.exists(dir.resolve("run")));
    }

    @Test
    void binaryConfigIsNamedWithoutEchoingItsBytes() throws IOException {
        Path in = corpus();
        Path cfg = dir.resolve("cfg.yaml");
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (255 - i);
        }
        Files.write(cfg, bytes);
        String msg = run(cfg, f -> new String[] {"analyze", in.toString(), "--out", dir.resolve("run").toString(),
                "--config", f.toString(), "--no-models"});
        assertEquals("presslens analyze: error: " + cfg + ": not a text YAML file (not UTF-8)\n", msg);
        Files.write(cfg, "stats:\n  alpha: 0.1\u0000\u0007\n".getBytes(StandardCharsets.UTF_8));
        Path runDir = SyntheticRun.write(dir.resolve("r"), 3, false);
        msg = run(cfg, f -> new String[] {"report", runDir.toString(), "--config", f.toString()});
        assertEquals("presslens report: error: " + cfg + " line 2, column 13: not a text YAML file (control "
                + "character U+0000)\n", msg);
    }

    @Test
    void reportAndPlotCheckTheWholeConfigurationAndKeyFeaturesAgainstTheRun() throws IOException {
        Path runDir = SyntheticRun.write(dir.resolve("run"), 3, false);
        Path cfg = dir.resolve("cfg.yaml");
        Files.writeString(cfg, "features:\n  extractor: [hedging]\n", StandardCharsets.UTF_8);
        String msg = run(cfg, f -> new String[] {"report", runDir.toString(), "--config", f.toString()});
        assertTrue(msg.startsWith("presslens report: error: " + cfg + ": features: unknown key 'extractor'"), msg);
        Files.writeString(cfg, "stats:\n  key_features: [quotes.rate]\n", StandardCharsets.UTF_8);
        msg = run(cfg, f -> new String[] {"plot", runDir.toString(), "--config", f.toString()});
        assertEquals("presslens plot: error: " + cfg + ": stats.key_features: unknown feature 'quotes.rate' "
                + "(quotes features: quotes.count, quotes.share_words)\n", msg);
        assertFalse(Files.exists(runDir.resolve("report.html")));
        assertFalse(Files.exists(runDir.resolve("charts")));
    }
}
