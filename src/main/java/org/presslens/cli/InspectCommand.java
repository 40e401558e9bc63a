package org.presslens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.classify.Provenance;
import org.presslens.classify.TrainedModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code presslens inspect}: a model's provenance, metrics and most informative features. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show a model's provenance, cross-validation metrics and most informative features "
                + "(information gain on the training rows, with the class whose rows have the highest mean value).")
public final class InspectCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "MODEL_DIR", description = "Model folder")
    Path model;

    @Option(names = "--top", paramLabel = "N", description = "Informative features per model (default 15)")
    int top = 15;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Provenance p = TrainedModel.load(model).provenance();
        Provenance.Data d = p.data();
        Provenance.Trainer t = p.trainer();
        var w = spec.commandLine().getOut();
        w.println("model: " + model);
        w.println("trained: " + p.createdAt() + " by presslens " + p.presslensVersion() + " (Java "
                + p.javaVersion() + ", Weka " + p.wekaVersion() + ")");
        w.println("label: " + d.labelField() + ", " + p.labelScheme().kind() + " " + p.labelScheme().labels());
        w.println("training data: " + d.files() + " sha256 " + d.sha256());
        w.println("  rows " + d.rows() + ", skipped without label " + d.skippedUnlabelled() + ", per label "
                + d.labelCounts() + ", body hashes kept " + d.bodyHashes());
        w.println("classifier: " + t.classifierName() + " = " + t.baseClassifier());
        w.println("pipeline: " + t.classifierOptions());
        w.println("text features: " + (p.textFeatures().enabled() ? p.textFeatures() : "none"));
        if (p.outletTerms() != null) {
            w.println(String.format(Locale.ROOT, "outlet terms removed from the text features: %d (concentrated: at "
                    + "least %.2f of a term's training documents in one or two outlets; or an outlet's name)",
                    p.outletTerms().count(), p.outletTerms().share()));
            for (var r : p.outletTerms().described().subList(0, Math.min(top, p.outletTerms().described().size()))) {
                w.println(String.format(Locale.ROOT, "  %-30s %6d documents, %5.1f%% in %s (%s)", r.term(),
                        r.documents(), 100 * r.share(), r.outlets(), r.reason()));
            }
        }
        w.println("class balance: " + t.classBalance());
        w.println("decision cut-offs: " + (p.decisionCutoffs() == null || p.decisionCutoffs().isEmpty()
                ? "default (0.5 per label, or the most probable class)" : p.decisionCutoffs())
                + (t.cutoffTuning() == null ? "" : " (tuning: " + t.cutoffTuning() + ")"));
        w.println("calibration: " + (t.calibration() == null ? "none (cut-offs not tuned)"
                : "Platt scaling fitted on held-out rows, slope " + t.calibration().a() + ", intercept "
                + t.calibration().b()));
        w.println("feature set: " + p.featureSetHash() + " (" + p.featureNames().size() + " numeric features)");
        w.println("feature bindings: " + (p.featureBindings() == null ? "none (needs the whole feature set)"
                : p.featureBindings().isEmpty() ? "none (reads no numeric feature)" : p.featureBindings()));
        w.println("seed " + t.seed() + ", folds " + p.evaluation().folds()
                + (p.groupedBy().isEmpty() ? "" : ", grouped by " + p.groupedBy()));
        w.println("retrain: " + p.retrainCommand());
        if (!p.cvMetrics().isEmpty()) {
            StringBuilder sb = new StringBuilder("cross-validation:");
            for (Map.Entry<String, Object> e : p.cvMetrics().entrySet()) {
                if (e.getValue() instanceof Number || e.getValue() instanceof String) {
                    sb.append(' ').append(e.getKey()).append('=').append(e.getValue());
                }
            }
            w.println(sb);
        }
        for (Map.Entry<String, List<Provenance.RankedFeature>> e : p.informativeFeatures().entrySet()) {
            w.println("most informative features (" + e.getKey() + "):");
            for (Provenance.RankedFeature f : e.getValue().subList(0, Math.min(top, e.getValue().size()))) {
                w.println(String.format(Locale.ROOT, "  %.6f  %-40s %s", f.score(), f.name(),
                        f.highest() == null || f.highest().isEmpty() ? "" : "highest in " + f.highest()));
            }
        }
        return 0;
    }
}
