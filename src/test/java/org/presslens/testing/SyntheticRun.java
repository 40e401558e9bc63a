package org.presslens.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Builds a synthetic run folder following the run-folder contract (articles.csv, terms.csv, skipped.csv,
 * run.json, models/*) with made-up numbers: four outlets (one with a long name), 15 articles each, dates
 * over three months, optional extra small outlet. Deterministic for a seed. No real text.
 */
public final class SyntheticRun {
    /** The outlets and how their articles differ (mean attribution density, hedge rate, framing leaning). */
    public static final List<String> OUTLETS = List.of("Daily Ledger",
            "The Northern Provinces Evening Chronicle & Weekly Observer", "Quick Clicks Network", "Wire Service One");
    public static final String SMALL_OUTLET = "Tiny Gazette";
    public static final List<String> FEATURES = List.of("attribution.density", "attribution.share_anonymous",
            "quotes.count", "quotes.share_words", "hedging.hedge_rate", "hedging.booster_rate",
            "framing.partnership", "framing.accountability", "framing.conflict", "framing.multipolar",
            "reliability.self_repetition", "reliability.flesch_kincaid", "reliability.byline_present");
    static final String[][] TERMS = {
            {"framing-diplomacy", "partnership", "no limits"},
            {"framing-diplomacy", "partnership", "strategic coordination"},
            {"framing-diplomacy", "accountability", "diplomatic cover"},
            {"framing-diplomacy", "accountability", "arrest warrant"},
            {"framing-generic", "conflict", "clash"},
            {"framing-generic", "conflict", "confrontation"},
            {"framing-diplomacy", "multipolar", "global south"},
            {"framing-diplomacy", "multipolar", "western interference"},
    };

    private SyntheticRun() {
    }

    /** Writes a run with 60 articles (plus 3 for {@link #SMALL_OUTLET} when {@code withSmallOutlet}). */
    public static Path write(Path dir, long seed, boolean withSmallOutlet) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(seed);
        List<String> header = new ArrayList<>(List.of("id", "source", "outlet", "date", "title", "byline", "words",
                "sentences"));
        header.addAll(FEATURES);
        header.addAll(List.of("meta.reliability", "meta.framing", "pred.reliability", "prob.reliability.high",
                "prob.reliability.mixed-or-low", "pred.framing", "prob.framing.conflict", "prob.framing.economic"));
        List<String> outlets = new ArrayList<>(OUTLETS);
        if (withSmallOutlet) {
            outlets.add(SMALL_OUTLET);
        }
        LocalDate start = LocalDate.of(2024, 3, 4);
        CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(dir.resolve("articles.csv"), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, csv);
             Writer tw = Files.newBufferedWriter(dir.resolve("terms.csv"), StandardCharsets.UTF_8);
             CSVPrinter tp = new CSVPrinter(tw, csv)) {
            p.printRecord(header);
            tp.printRecord("article_id", "lexicon", "category", "term", "matched", "start", "end");
            for (int o = 0; o < outlets.size(); o++) {
                int count = o < OUTLETS.size() ? 15 : 3;
                for (int k = 0; k < count; k++) {
                    String id = String.format(Locale.ROOT, "o%d-a%02d", o, k);
                    int words = 300 + rnd.nextInt(900);
                    List<Object> rec = new ArrayList<>();
                    rec.add(id);
                    rec.add("corpus/" + id + ".txt");
                    rec.add(outlets.get(o));
                    rec.add(k == 3 ? "" : start.plusDays(rnd.nextInt(90)).toString());
                    rec.add(o == 1 && k == 0 ? "A \"quoted\", <script>alert(1)</script> title" : "Title " + id);
                    rec.add(k % 4 == 0 ? "" : "Staff Writer");
                    rec.add(words);
                    rec.add(words / 20);
                    double[] v = {
                            2 + o * 1.5 + rnd.nextGaussian(),
                            clamp01(0.1 + 0.15 * (o % 3) + 0.05 * rnd.nextGaussian()),
                            Math.max(0, 3 + o - 2 * (o % 2) + rnd.nextInt(3)),
                            clamp01(0.05 + 0.03 * o + 0.02 * rnd.nextGaussian()),
                            Math.max(0, 4 + (o == 2 ? 5 : 0) + 1.5 * rnd.nextGaussian()),
                            Math.max(0, 1 + 0.5 * rnd.nextGaussian()),
                            Math.max(0, (o == 0 ? 3 : 0.5) + 0.5 * rnd.nextGaussian()),
                            Math.max(0, (o == 1 ? 2.5 : 0.4) + 0.5 * rnd.nextGaussian()),
                            rnd.nextInt(4) == 0 ? 0 : Math.max(0, 1 + rnd.nextGaussian()),
                            Math.max(0, (o == 2 ? 2 : 0.2) + 0.3 * rnd.nextGaussian()),
                            clamp01((o == 2 ? 0.3 : 0.05) + 0.04 * rnd.nextGaussian()),
                            9 + o + 1.5 * rnd.nextGaussian(),
                            k % 4 == 0 ? 0 : 1,
                    };
                    for (int f = 0; f < v.length; f++) {
                        // one missing cell per outlet in quotes.share_words
                        rec.add(f == 3 && k == 5 ? "" : String.format(Locale.ROOT, "%.4f", v[f]));
                    }
                    boolean high = o == 0 || o == 3 ? rnd.nextInt(10) < 8 : rnd.nextInt(10) < 3;
                    rec.add(high ? "high" : "mixed-or-low");
                    rec.add("conflict");
                    double ph = high ? 0.6 + 0.3 * rnd.nextDouble() : 0.1 + 0.3 * rnd.nextDouble();
                    rec.add(ph >= 0.5 ? "high" : "mixed-or-low");
                    rec.add(String.format(Locale.ROOT, "%.3f", ph));
                    rec.add(String.format(Locale.ROOT, "%.3f", 1 - ph));
                    double pc = rnd.nextDouble();
                    double pe = rnd.nextDouble();
                    List<String> frames = new ArrayList<>();
                    if (pc > 0.4 + 0.1 * o) {
                        frames.add("conflict");
                    }
                    if (pe > 0.6) {
                        frames.add("economic");
                    }
                    rec.add(String.join(";", frames));
                    rec.add(String.format(Locale.ROOT, "%.3f", pc));
                    rec.add(String.format(Locale.ROOT, "%.3f", pe));
                    p.printRecord(rec);
                    for (int t = 0; t < TERMS.length; t++) {
                        int lean = t / 2 == o ? 4 : 1;
                        int hits = rnd.nextInt(lean + 1);
                        for (int h = 0; h < hits; h++) {
                            int s = rnd.nextInt(words * 5);
                            tp.printRecord(id, TERMS[t][0], TERMS[t][1], TERMS[t][2], TERMS[t][2], s,
                                    s + TERMS[t][2].length());
                        }
                    }
                }
            }
        }
        Files.writeString(dir.resolve("skipped.csv"), "source,record,reason\n"
                + "corpus/empty.txt,,empty file\n"
                + "corpus/feed.jsonl,line 7,\"malformed JSON: Unexpected character ('}' (code 125))\"\n"
                + "corpus/short.txt,,text below minimum length (12 words < 50)\n", StandardCharsets.UTF_8);
        int n = 60 + (withSmallOutlet ? 3 : 0);
        Files.writeString(dir.resolve("run.json"), """
                {"command": "presslens analyze corpus --out run", "version": "0.1.0",
                 "started": "2024-06-01T10:00:00Z", "finished": "2024-06-01T10:00:05Z", "wall_seconds": 5.2,
                 "config_sha256": "abc123",
                 "inputs": [{"path": "corpus", "sha256": "def456"}],
                 "counts": {"inputs_seen": %d, "articles": %d, "skipped": {"empty file": 1, "malformed JSON": 1,
                            "too short": 1}, "duplicates": 0},
                 "features": [],
                 "lexicons": [{"name": "framing-diplomacy", "version": "1.0", "sha256": "aaa"},
                              {"name": "hedges", "version": "2", "sha256": "bbb"}],
                 "models": [{"name": "reliability", "dir": "models/reliability",
                             "training_overlap": {"analysed": %d, "in_training_data": 5}},
                            {"name": "framing", "dir": "models/framing"}]}
                """.formatted(n + 3, n, n), StandardCharsets.UTF_8);
        Path rel = Files.createDirectories(dir.resolve("models/reliability"));
        Files.writeString(rel.resolve("provenance.json"), """
                {"presslens_version": "0.1.0", "classifier": "weka.classifiers.functions.Logistic",
                 "options": "-R 1.0E-8 -M -1", "seed": 1, "training_data_sha256": "0123abcd",
                 "label_counts": {"high": 120, "mixed-or-low": 80}, "created": "2024-05-01T00:00:00Z"}
                """, StandardCharsets.UTF_8);
        Files.writeString(rel.resolve("metrics.json"), """
                {"accuracy": 0.71, "macro_f1": 0.68,
                 "per_class": {"high": {"precision": 0.75, "recall": 0.8, "f1": 0.774, "training_rate": 0.6,
                                        "predicted_rate": 0.66},
                               "mixed-or-low": {"precision": 0.62, "recall": 0.55, "f1": 0.583, "training_rate": 0.4,
                                                "predicted_rate": 0.34}},
                 "confusion_matrix": {"labels": ["high", "mixed-or-low"], "matrix": [[96, 24], [36, 44]]}}
                """, StandardCharsets.UTF_8);
        Path fr = Files.createDirectories(dir.resolve("models/framing"));
        Files.writeString(fr.resolve("metrics.json"), """
                {"accuracy": 0.4, "macro_f1": 0.55, "micro_f1": 0.61,
                 "per_class": {"conflict": {"precision": 0.7, "recall": 0.66, "f1": 0.68},
                               "economic": {"precision": 0.5, "recall": 0.35, "f1": 0.41}}}
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
