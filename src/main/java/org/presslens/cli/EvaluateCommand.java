package org.presslens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.presslens.run.PipelineRowSource;
import java.util.Locale;
import org.presslens.classify.LabelScheme;
import org.presslens.classify.LabelledData;
import org.presslens.classify.OutletEvaluation;
import org.presslens.core.CsvCells;
import org.presslens.core.CsvOut;
import org.presslens.classify.Metrics;
import org.presslens.classify.RowSource;
import org.presslens.classify.TrainedModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code presslens evaluate}: a trained model's metrics on other labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Score a trained model on labelled data: the metrics of train's cross-validation "
                + "(same metrics.json keys), printed and, with --out, written to DIR/metrics.json and metrics.csv.")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "MODEL_DIR", description = "Model folder")
    Path model;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "INPUT", description = "Labelled inputs: files or folders, in any format analyze reads, or feature tables")
    List<Path> data = new ArrayList<>();

    @Option(names = "--label", required = true, paramLabel = "FIELD", description = "Field holding the label")
    String label;

    @Option(names = "--skip-unlabelled", description = "Skip rows without a label instead of failing")
    boolean skipUnlabelled;

    @Option(names = "--out", paramLabel = "DIR", description = "Write metrics.json, metrics.csv and skipped.csv here "
            + "(with --by-outlet also by-outlet.csv)")
    Path out;

    @Option(names = "--by-outlet", description = "Also score outlet by outlet: articles, accuracy and mean "
            + "probability of each class per outlet, and (single-label) the outlet-level ROC AUC: outlets ranked by "
            + "their mean probability of a class against their own label (their most frequent class)")
    boolean byOutlet;

    @Option(names = "--group-by", paramLabel = "FIELD", description = "Field naming the outlet for --by-outlet "
            + "(default ${DEFAULT-VALUE})")
    String groupBy = "outlet";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final RowSource source;

    public EvaluateCommand() {
        this(PipelineRowSource.builtIn());
    }

    public EvaluateCommand(RowSource source) {
        this.source = source;
    }

    @Override
    public Integer call() throws IOException {
        TrainCommand.checkInputs(data);
        TrainedModel m = TrainedModel.load(model, org.presslens.classify.FeatureSet.of(source));
        LabelledData labelled = LabelledData.read(source.rows(data, label, byOutlet ? groupBy : null), m.scheme(),
                label, skipUnlabelled);
        Metrics metrics = m.evaluate(labelled);
        var w = spec.commandLine().getOut();
        w.print(MetricsReport.format("evaluation of " + model + " on " + data
                + (labelled.skipped().isEmpty() ? "" : " (skipped " + labelled.skipped().size()
                + " rows without a label)"), metrics));
        long trained = labelled.rows().stream().filter(r -> m.trainedOn(r.text())).count();
        if (trained > 0) {
            w.printf(Locale.ROOT, "warning: %d of the %d articles scored were in the model's training data (same body, "
                    + "by a 64-bit hash): these figures overstate how it does on new articles%n", trained,
                    labelled.size());
        }
        OutletEvaluation outlets = byOutlet ? OutletEvaluation.of(labelled, m.score(labelled)) : null;
        if (outlets != null) {
            w.print(format(outlets, m.scheme()));
        }
        if (out != null) {
            TrainedModel.writeMetrics(metrics, out);
            TrainCommand.writeSkipped(out, labelled);
            if (outlets != null) {
                writeOutlets(outlets, m.scheme(), out.resolve("by-outlet.csv"));
            }
            w.println("metrics written to " + out);
        }
        return 0;
    }

    /** The per-outlet table and the outlet-level AUC, for the terminal. */
    static String format(OutletEvaluation e, LabelScheme scheme) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "by outlet: %d outlets%n", e.outlets().size()));
        sb.append(String.format(Locale.ROOT, "  %-32s %8s %-14s %8s", "outlet", "articles", "label", "accuracy"));
        for (String c : scheme.labels()) {
            sb.append(String.format(Locale.ROOT, " %14s", "mean P(" + (c.length() > 7 ? c.substring(0, 7) : c) + ")"));
        }
        sb.append('\n');
        for (OutletEvaluation.Outlet o : e.outlets()) {
            sb.append(String.format(Locale.ROOT, "  %-32s %8d %-14s %8.4f", o.outlet().length() > 32
                    ? o.outlet().substring(0, 31) + "…" : o.outlet(), o.articles(), o.label(), o.accuracy()));
            for (double p : o.meanProbability()) {
                sb.append(String.format(Locale.ROOT, " %14.4f", p));
            }
            sb.append('\n');
        }
        if (!e.auc().isEmpty()) {
            StringBuilder a = new StringBuilder("outlet-level ROC AUC (outlets ranked by mean probability against "
                    + "their label):");
            e.auc().forEach((k, v) -> a.append(' ').append(k).append(' ')
                    .append(v.isNaN() ? "-" : String.format(Locale.ROOT, "%.4f", v)));
            sb.append(a).append('\n');
        }
        return sb.toString();
    }

    private static void writeOutlets(OutletEvaluation e, LabelScheme scheme, Path file) throws IOException {
        try (CsvOut csv = CsvOut.create(file, CsvCells.NEUTRALISED)) {
            List<Object> head = new ArrayList<>(List.of("outlet", "articles", "label", "accuracy"));
            scheme.labels().forEach(c -> head.add("mean_p." + c));
            csv.row(head.toArray());
            for (OutletEvaluation.Outlet o : e.outlets()) {
                List<Object> row = new ArrayList<>(List.of(o.outlet(), o.articles(), o.label(),
                        String.format(Locale.ROOT, "%.6f", o.accuracy())));
                for (double p : o.meanProbability()) {
                    row.add(String.format(Locale.ROOT, "%.6f", p));
                }
                csv.row(row.toArray());
            }
        }
    }
}
