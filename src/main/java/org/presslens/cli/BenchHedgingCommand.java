package org.presslens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presslens.core.SharedData;
import org.presslens.core.Settings;
import org.presslens.features.FeatureContext;
import org.presslens.features.HedgingExtractor;
import org.presslens.features.hedging.HedgeCueModel;
import org.presslens.features.hedging.HedgeFinder;
import org.presslens.features.hedging.WeaselCorpus;
import org.presslens.features.hedging.WeaselEvaluator;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens bench hedging}: sentence-level uncertainty detection on wiki-weasel, scored by
 * {@link WeaselEvaluator} on the tune and report parts of {@link WeaselCorpus}'s split; prints the figures.
 */
@Command(name = "hedging", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Hedges on wiki-weasel: P/R/F1 of the uncertain class on the tune and the report part.")
public final class BenchHedgingCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", description = "wiki-weasel JSONL (default: <shared>/datasets/wiki-weasel/train.jsonl)")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: built-in)")
    Path config;

    @Option(names = "--model", paramLabel = "DIR", description = "Hedge-cue model folder (from train-hedges) instead of the configured one")
    Path model;

    @Option(names = "--lexicon-only", description = "Count every lexicon candidate (no cue model)")
    boolean lexiconOnly;

    @Option(names = "--tune", description = "Also print per-entry statistics and candidate words on the TUNE part")
    boolean tune;

    @Option(names = "--examples", paramLabel = "N", description = "With --tune: print the first N missed and N false TUNE sentences")
    int examples;

    @Option(names = "--tune-percent", paramLabel = "P", description = "Share of split buckets in the tune part (default: 80)")
    int tunePercent = WeaselCorpus.TUNE_PERCENT;

    @Override
    public Integer call() throws IOException {
        if (model != null && lexiconOnly) {
            throw new UsageException("--model and --lexicon-only exclude each other");
        }
        Path file = data != null ? data : SharedData.require("datasets/wiki-weasel/train.jsonl");
        Settings settings = CheckedConfig.load(config, List.of()).settings();
        List<WeaselCorpus.Sentence> sentences = WeaselCorpus.read(file);
        HedgeFinder configured = new HedgingExtractor(new FeatureContext(settings, List.of())).finder();
        HedgeFinder finder = configured;
        String what = "configured (features.hedging)";
        if (lexiconOnly) {
            finder = new HedgeFinder(configured.hedges(), configured.boosters(), null, 0);
            what = "lexicon only: every candidate counts";
        } else if (model != null) {
            HedgeCueModel m = HedgeCueModel.read(Files.readAllBytes(model.resolve(HedgeCueModel.MODEL_FILE)),
                    Files.readAllBytes(model.resolve(HedgeCueModel.PROVENANCE_FILE)), model.toString());
            finder = new HedgeFinder(configured.hedges(), configured.boosters(), m, m.cutoff());
            what = model + String.format(Locale.ROOT, " (cut-off %.2f)", m.cutoff());
        }
        TextAnalyzer ta = new TextAnalyzer(NlpModels.load());
        HedgeFinder f = finder;
        long t0 = System.nanoTime();
        WeaselEvaluator.Result r = new WeaselEvaluator(s -> f.find(ta.analyze(s)).candidates(), tunePercent)
                .evaluate(sentences, tune, examples);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "wiki-weasel: %s (%d sentences; split by SHA-256(\"%s\" + text) mod 100 < %d -> tune)%n",
                file, sentences.size(), WeaselCorpus.SPLIT_SEED, tunePercent);
        System.out.printf(Locale.ROOT, "hedge lexicon: %s v%s sha256 %s (%d entries after expansion); hedges: %s%n",
                f.hedges().name(), f.hedges().version(), f.hedges().sha256().substring(0, 12), f.hedges().size(), what);
        print("tune  ", r.tune());
        print("report", r.report());
        System.out.printf(Locale.ROOT, "time: %.1f s (%.0f sentences/s, one thread)%n", secs, sentences.size() / secs);
        if (tune) {
            printDiagnostics(r);
        }
        return 0;
    }

    private static void printDiagnostics(WeaselEvaluator.Result r) {
        System.out.println();
        System.out.println("TUNE part, per counted entry: uncertain-hits false-hits precision sole-uncertain sole-false");
        r.entries().entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().soleCertain() - b.getValue().soleUncertain(),
                        a.getValue().soleCertain() - a.getValue().soleUncertain()))
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-28s %5d %5d %5.2f %5d %5d%n", e.getKey(),
                        e.getValue().uncertain(), e.getValue().certain(), e.getValue().precision(),
                        e.getValue().soleUncertain(), e.getValue().soleCertain()));
        System.out.println("TUNE part, words of sentences predicted certain (uncertain, certain, precision), top 60:");
        r.missedWords().stream().filter(w -> w.uncertain() >= 5)
                .sorted((a, b) -> Double.compare(gain(b), gain(a)))
                .limit(60)
                .forEach(w -> System.out.printf(Locale.ROOT, "  %-20s %4d %4d %5.2f%n", w.word(), w.uncertain(),
                        w.certain(), (double) w.uncertain() / (w.uncertain() + w.certain())));
        System.out.println("TUNE part, missed uncertain sentences:");
        r.missed().forEach(x -> System.out.println("  - " + x));
        System.out.println("TUNE part, false hedged sentences (first entry | text):");
        r.falseHits().forEach(x -> System.out.println("  + " + x));
    }

    private static double gain(WeaselEvaluator.WordStats w) {
        double p = (double) w.uncertain() / (w.uncertain() + w.certain());
        return w.uncertain() * (p - 0.45);
    }

    private static void print(String label, WeaselEvaluator.Counts c) {
        System.out.printf(Locale.ROOT, "%s: n=%d uncertain=%d  TP=%d FP=%d FN=%d  P=%.3f R=%.3f F1=%.3f%n", label,
                c.sentences(), c.uncertain(), c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1());
    }
}
