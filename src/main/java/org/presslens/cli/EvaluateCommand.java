package org.presslens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.presslens.run.PipelineRowSource;
import org.presslens.classify.LabelledData;
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

    @Option(names = "--out", paramLabel = "DIR", description = "Write metrics.json, metrics.csv and skipped.csv here")
    Path out;

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
        TrainedModel m = TrainedModel.load(model, source.featureSetHash());
        LabelledData labelled = LabelledData.read(source.rows(data, label, null), m.scheme(), label, skipUnlabelled);
        Metrics metrics = m.evaluate(labelled);
        var w = spec.commandLine().getOut();
        w.print(MetricsReport.format("evaluation of " + model + " on " + data
                + (labelled.skipped().isEmpty() ? "" : " (skipped " + labelled.skipped().size()
                + " rows without a label)"), metrics));
        if (out != null) {
            TrainedModel.writeMetrics(metrics, out);
            TrainCommand.writeSkipped(out, labelled);
            w.println("metrics written to " + out);
        }
        return 0;
    }
}
