package org.presslens.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presslens.core.Presslens;
import org.presslens.core.Settings;
import org.presslens.core.SharedData;
import org.presslens.features.FeatureContext;
import org.presslens.features.MaxentModelFile;
import org.presslens.features.attribution.CueModel;
import org.presslens.features.attribution.CueTrainer;
import org.presslens.features.attribution.PolnearGold;
import org.presslens.features.attribution.SourcingAnalyzer;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens train-cues}: trains the attribution-cue model ({@link CueTrainer}) on PolNeAR train and writes it
 * with its provenance; prints the figures on the held-out part of train that chose the cut-offs.
 */
@Command(name = "train-cues", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Train the attribution-cue model on PolNeAR train (dev is not read).")
public final class TrainCuesCommand implements Callable<Integer> {
    /** The command that rebuilds the built-in model, recorded in its provenance. */
    static final String REBUILD = "./presslens train-cues --out src/main/resources/" + CueModel.RESOURCE
            + " --overwrite";

    @Option(names = "--data", paramLabel = "FILE",
            description = "PolNeAR JSONL (default: <shared>/datasets/polnear/train.jsonl)")
    Path data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration whose attribution lexicons are used (default: built-in)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write " + CueModel.MODEL_FILE + " and " + CueModel.PROVENANCE_FILE + " into")
    Path out;

    @Option(names = "--overwrite", description = "Replace a model already in --out")
    boolean overwrite;

    @Option(names = "--held-out-percent", paramLabel = "P",
            description = "Share of train articles held out to choose the cut-offs (default: ${DEFAULT-VALUE})")
    int heldOut = CueTrainer.Options.defaults().heldOutPercent();

    @Option(names = "--l2", paramLabel = "COST", description = "L2 regularisation cost (default: ${DEFAULT-VALUE})")
    double l2 = CueTrainer.Options.defaults().l2();

    @Option(names = "--iterations", paramLabel = "N", description = "L-BFGS iterations (default: ${DEFAULT-VALUE})")
    int iterations = CueTrainer.Options.defaults().iterations();

    @Option(names = "--min-predicate-count", paramLabel = "N",
            description = "Drop context predicates seen fewer times (default: ${DEFAULT-VALUE})")
    int minPredicateCount = CueTrainer.Options.defaults().minPredicateCount();

    @Option(names = "--min-cue-count", paramLabel = "N",
            description = "A candidate word is seen inside gold cues at least N times (default: ${DEFAULT-VALUE})")
    int minCueCount = CueTrainer.Options.defaults().minCueCount();

    @Option(names = "--min-cue-rate", paramLabel = "R",
            description = "... and inside gold cues in at least this share of its uses (default: ${DEFAULT-VALUE})")
    double minCueRate = CueTrainer.Options.defaults().minCueRate();

    @Override
    public Integer call() throws IOException {
        if (heldOut < 1 || heldOut > 90) {
            throw new UsageException("--held-out-percent: expected 1..90, found " + heldOut);
        }
        if (!overwrite && Files.exists(out.resolve(CueModel.MODEL_FILE))) {
            throw new UsageException(out + " already holds a cue model (use --overwrite to replace it)");
        }
        Path file = data != null ? data : SharedData.require("datasets/polnear/train.jsonl");
        if (file.getFileName().toString().startsWith("dev")) {
            throw new UsageException("--data: " + file + " looks like the dev split; train on train only");
        }
        Settings settings = config == null ? Settings.builtIn() : Settings.load(config);
        SourcingAnalyzer analyzer = SourcingAnalyzer.fromContext(new FeatureContext(settings, List.of()), null);
        List<PolnearGold.Document> docs = new ArrayList<>();
        PolnearGold.forEach(file, 0, docs::add);

        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("presslens_version", Presslens.version());
        ObjectNode d = p.putObject("training_data");
        d.put("file", data != null ? data.toString() : "../shared/datasets/polnear/train.jsonl");
        d.put("sha256", Settings.sha256(Files.readAllBytes(file)));
        d.put("articles", docs.size());
        MaxentModelFile.recordLexicons(p, List.of(analyzer.cueLexicon(), analyzer.sourceLexicon()));
        p.put("command", REBUILD);

        TextAnalyzer ta = new TextAnalyzer(NlpModels.load());
        long t0 = System.nanoTime();
        CueTrainer.Options o = new CueTrainer.Options(l2, iterations, minPredicateCount,
                minCueCount, minCueRate, heldOut);
        CueTrainer.Result r = CueTrainer.train(docs, ta::analyze, analyzer, o, p);
        r.model().write(out);
        System.out.printf(Locale.ROOT, "trained on %d articles of %s in %.1f s%n", docs.size(), file,
                (System.nanoTime() - t0) / 1e9);
        System.out.println(CueTrainer.describe(r, r.model()));
        System.out.printf(Locale.ROOT, "wrote %s and %s in %s%n", CueModel.MODEL_FILE, CueModel.PROVENANCE_FILE, out);
        return 0;
    }
}
