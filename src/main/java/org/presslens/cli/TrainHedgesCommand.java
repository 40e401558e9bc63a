package org.presslens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presslens.core.Presslens;
import org.presslens.core.Settings;
import org.presslens.core.SharedData;
import org.presslens.features.FeatureContext;
import org.presslens.features.MaxentModelFile;
import org.presslens.features.hedging.HedgeCueModel;
import org.presslens.features.hedging.HedgeCueTrainer;
import org.presslens.features.hedging.HedgeFinder;
import org.presslens.features.hedging.WeaselCorpus;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens train-hedges}: trains the hedge-cue model ({@link HedgeCueTrainer}) on the tune part of
 * wiki-weasel and writes it with its provenance; prints the cross-validated figures.
 */
@Command(name = "train-hedges", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Train the hedge-cue model on the TUNE part of wiki-weasel (the report part is not read).")
public final class TrainHedgesCommand implements Callable<Integer> {
    /** The command that rebuilds the built-in model, recorded in its provenance. */
    static final String REBUILD = "./presslens train-hedges --out src/main/resources/" + HedgeCueModel.RESOURCE
            + " --overwrite";

    @Option(names = "--data", paramLabel = "FILE", description = "wiki-weasel JSONL (default: <shared>/datasets/wiki-weasel/train.jsonl)")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration whose hedge and booster lexicons give the candidates (default: built-in)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write "
            + HedgeCueModel.MODEL_FILE + " and " + HedgeCueModel.PROVENANCE_FILE + " into")
    Path out;

    @Option(names = "--overwrite", description = "Replace a model already in --out")
    boolean overwrite;

    @Option(names = "--tune-percent", paramLabel = "P", description = "Share of split buckets in the tune part (default: 80)")
    int tunePercent = WeaselCorpus.TUNE_PERCENT;

    @Option(names = "--l2", paramLabel = "COST", description = "L2 regularisation cost (default: ${DEFAULT-VALUE})")
    double l2 = HedgeCueTrainer.Options.defaults().l2();

    @Option(names = "--iterations", paramLabel = "N", description = "L-BFGS iterations (default: ${DEFAULT-VALUE})")
    int iterations = HedgeCueTrainer.Options.defaults().iterations();

    @Option(names = "--min-count", paramLabel = "N", description = "Drop predicates seen fewer times (default: ${DEFAULT-VALUE})")
    int minCount = HedgeCueTrainer.Options.defaults().minCount();

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds for the cut-off (default: ${DEFAULT-VALUE})")
    int folds = HedgeCueTrainer.Options.defaults().folds();

    @Override
    public Integer call() throws IOException {
        if (tunePercent < 1 || tunePercent > 100) {
            throw new UsageException("--tune-percent: expected 1..100, found " + tunePercent);
        }
        if (folds < 2) {
            throw new UsageException("--folds: expected at least 2, found " + folds);
        }
        if (!overwrite && Files.exists(out.resolve(HedgeCueModel.MODEL_FILE))) {
            throw new UsageException(out + " already holds a hedge-cue model (use --overwrite to replace it)");
        }
        Path file = data != null ? data : SharedData.require("datasets/wiki-weasel/train.jsonl");
        // only the lexicons are read: the configured hedge-cue model may be missing or stale, which is why one retrains
        Settings settings = config == null ? Settings.builtIn() : Settings.load(config);
        List<WeaselCorpus.Sentence> all = WeaselCorpus.read(file);
        List<WeaselCorpus.Sentence> tune = all.stream().filter(s -> s.tune(tunePercent)).toList();
        FeatureContext ctx = new FeatureContext(settings, List.of());
        HedgeFinder candidates = new HedgeFinder(ctx.lexicon("hedges"), ctx.lexicon("boosters"), null, 0);

        ObjectNode p = HedgeCueTrainer.provenance();
        p.put("presslens_version", Presslens.version());
        ObjectNode d = p.putObject("training_data");
        d.put("file", data != null ? data.toString() : "../shared/datasets/wiki-weasel/train.jsonl");
        d.put("sha256", Settings.sha256(Files.readAllBytes(file)));
        d.put("sentences", all.size());
        ObjectNode split = p.putObject("split");
        split.put("rule", "tune iff SHA-256(seed + key) first 12 hex digits mod 100 < tune_percent; key = id, else the text as stored");
        split.put("seed", WeaselCorpus.SPLIT_SEED);
        split.put("tune_percent", tunePercent);
        split.put("tune_sentences", tune.size());
        split.put("tune_uncertain", tune.stream().filter(WeaselCorpus.Sentence::uncertain).count());
        split.put("report_sentences", all.size() - tune.size());
        MaxentModelFile.recordLexicons(p, List.of(candidates.hedges(), candidates.boosters()));
        p.put("command", REBUILD);

        TextAnalyzer ta = new TextAnalyzer(NlpModels.load());
        long t0 = System.nanoTime();
        HedgeCueTrainer.Result r = HedgeCueTrainer.train(tune, ta::analyze, candidates,
                new HedgeCueTrainer.Options(l2, iterations, minCount, folds), p);
        r.model().write(out);
        System.out.printf(Locale.ROOT, "trained on %d tune sentences of %s (%d candidate events) in %.1f s%n",
                tune.size(), file, r.events(), (System.nanoTime() - t0) / 1e9);
        printCrossValidated(r);
        System.out.printf(Locale.ROOT, "wrote %s and %s in %s (model SHA-256 %s)%n", HedgeCueModel.MODEL_FILE,
                HedgeCueModel.PROVENANCE_FILE, out, r.model().sha256());
        return 0;
    }

    private static void printCrossValidated(HedgeCueTrainer.Result r) {
        var c = r.crossValidated();
        System.out.printf(Locale.ROOT, "tune, %d-fold cross-validated, cut-off %.2f: n=%d uncertain=%d TP=%d FP=%d FN=%d"
                        + "  P=%.3f R=%.3f F1=%.3f%n", r.model().provenance().path("trainer_options").path("folds").asInt(),
                r.model().cutoff(), c.sentences(), c.uncertain(), c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1());
    }
}
