package org.presslens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.presslens.core.SharedData;
import org.presslens.core.Settings;
import org.presslens.features.FeatureContext;
import org.presslens.features.HedgingExtractor;
import org.presslens.lexicon.Lexicon;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens bench hedging}: sentence-level uncertainty detection on wiki-weasel. A sentence is predicted
 * uncertain iff the hedging extractor finds at least one hedge in it. The data are split deterministically by a
 * seeded hash of each sentence's id (its text when it has none) into a tune part (80 %) and a report part
 * (20 %); the lexicon is tuned on the tune part only ({@code --tune} prints per-entry statistics for it) and
 * precision, recall and F1 of the uncertain class are reported on the report part.
 */
@Command(name = "hedging", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Hedge lexicon on wiki-weasel: P/R/F1 of the uncertain class on the held-apart report split.")
public final class BenchHedgingCommand implements Callable<Integer> {
    static final String SPLIT_SEED = "presslens-hedging-split-v1";

    @Option(names = "--data", paramLabel = "FILE", description = "wiki-weasel JSONL (default: <shared>/datasets/wiki-weasel/train.jsonl)")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: built-in)")
    Path config;

    @Option(names = "--tune", description = "Also print per-entry statistics and candidate words on the TUNE split")
    boolean tune;

    @Option(names = "--examples", paramLabel = "N", description = "With --tune: print the first N missed and N false TUNE sentences")
    int examples;

    @Option(names = "--tune-percent", paramLabel = "P", description = "Share of sentences in the tune split (default: 80)")
    int tunePercent = 80;

    private record Sentence(String text, boolean uncertain, boolean tunePart) {
    }

    @Override
    public Integer call() throws IOException {
        Path file = data != null ? data : SharedData.require("datasets/wiki-weasel/train.jsonl");
        Settings settings = CheckedConfig.load(config, List.of()).settings();
        List<Sentence> sentences = read(file);
        FeatureContext ctx = new FeatureContext(settings, List.of());
        Lexicon hedges = ctx.lexicon("hedges");
        HedgingExtractor hx = new HedgingExtractor(hedges, ctx.lexicon("boosters"));
        TextAnalyzer ta = new TextAnalyzer(NlpModels.load());

        int[] tuneC = new int[4];
        int[] repC = new int[4];
        Map<String, int[]> entryStats = new TreeMap<>();
        Map<String, int[]> words = new HashMap<>();
        List<String> missedEx = new ArrayList<>();
        List<String> falseEx = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Sentence s : sentences) {
            AnalyzedText at = ta.analyze(s.text());
            List<LexiconMatch> ms = hx.hedgeMatches(at);
            boolean predicted = !ms.isEmpty();
            int[] c = s.tunePart() ? tuneC : repC;
            c[(predicted ? 2 : 0) + (s.uncertain() ? 1 : 0)]++;
            if (tune && s.tunePart() && predicted != s.uncertain()) {
                List<String> list = predicted ? falseEx : missedEx;
                if (list.size() < examples) {
                    list.add((predicted ? ms.get(0).entry() + " | " : "") + s.text());
                }
            }
            if (tune && s.tunePart()) {
                Set<String> entries = new HashSet<>();
                for (LexiconMatch m : ms) {
                    entries.add(m.entry());
                }
                for (String e : entries) {
                    int[] st = entryStats.computeIfAbsent(e, k -> new int[4]);
                    st[s.uncertain() ? 0 : 1]++;
                    if (entries.size() == 1) {
                        st[s.uncertain() ? 2 : 3]++;
                    }
                }
                if (!predicted) {
                    Set<String> ws = new HashSet<>();
                    for (int i = 0; i < at.words().size(); i++) {
                        ws.add(at.words().word(i));
                    }
                    for (String w : ws) {
                        words.computeIfAbsent(w, k -> new int[2])[s.uncertain() ? 0 : 1]++;
                    }
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "wiki-weasel: %s (%d sentences; split by SHA-256(\"%s\" + text) mod 100 < %d -> tune)%n",
                file, sentences.size(), SPLIT_SEED, tunePercent);
        System.out.printf(Locale.ROOT, "hedge lexicon: %s v%s sha256 %s (%d entries after expansion)%n",
                hedges.name(), hedges.version(), hedges.sha256().substring(0, 12), hedges.size());
        print("tune  ", tuneC);
        print("report", repC);
        System.out.printf(Locale.ROOT, "time: %.1f s (%.0f sentences/s, one thread)%n", secs, sentences.size() / secs);
        if (tune) {
            System.out.println();
            System.out.println("TUNE split, per entry: uncertain-hits false-hits precision sole-uncertain sole-false");
            entryStats.entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getValue()[3] - b.getValue()[2], a.getValue()[3] - a.getValue()[2]))
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %-28s %5d %5d %5.2f %5d %5d%n", e.getKey(),
                            e.getValue()[0], e.getValue()[1],
                            (double) e.getValue()[0] / (e.getValue()[0] + e.getValue()[1]), e.getValue()[2], e.getValue()[3]));
            System.out.println("TUNE split, words in missed uncertain sentences (uncertain, certain, precision), top 60:");
            words.entrySet().stream().filter(e -> e.getValue()[0] >= 5)
                    .sorted((a, b) -> Double.compare(score(b.getValue()), score(a.getValue())))
                    .limit(60)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %-20s %4d %4d %5.2f%n", e.getKey(), e.getValue()[0],
                            e.getValue()[1], (double) e.getValue()[0] / (e.getValue()[0] + e.getValue()[1])));
            System.out.println("TUNE split, missed uncertain sentences:");
            missedEx.forEach(x -> System.out.println("  - " + x));
            System.out.println("TUNE split, false hedged sentences (first entry | text):");
            falseEx.forEach(x -> System.out.println("  + " + x));
        }
        return 0;
    }

    private static double score(int[] v) {
        double p = (double) v[0] / (v[0] + v[1]);
        return v[0] * (p - 0.45);
    }

    private static void print(String label, int[] c) {
        int tp = c[3];
        int fp = c[2];
        int fn = c[1];
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%s: n=%d uncertain=%d  TP=%d FP=%d FN=%d  P=%.3f R=%.3f F1=%.3f%n", label,
                c[0] + c[1] + c[2] + c[3], tp + fn, tp, fp, fn, p, r, f);
    }

    private List<Sentence> read(Path file) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Sentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = om.readTree(line);
                JsonNode text = j.get("text");
                JsonNode unc = j.get("uncertain");
                if (text == null || unc == null || !unc.isBoolean()) {
                    throw new UsageException(file + " line " + n + ": expected fields 'text' and boolean 'uncertain'");
                }
                String key = j.hasNonNull("id") ? j.get("id").asText() : text.asText();
                out.add(new Sentence(text.asText(), unc.asBoolean(), bucket(key) < tunePercent));
            }
        }
        return out;
    }

    /** 0..99 from SHA-256 of the seed and the key. */
    static int bucket(String key) {
        String h = Settings.sha256((SPLIT_SEED + key).getBytes(StandardCharsets.UTF_8));
        return (int) (Long.parseLong(h.substring(0, 12), 16) % 100);
    }
}
