package org.presslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.presslens.run.PipelineRowSource;
import org.presslens.classify.LabelledRow;
import org.presslens.classify.Prediction;
import org.presslens.classify.RowSource;
import org.presslens.classify.TrainedModel;
import org.presslens.core.CsvOut;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code presslens predict}: label articles with a trained model. */
@Command(name = "predict", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Predict labels and class probabilities with a trained model; CSV with columns id, outlet, "
                + "pred.<model> (labels joined by ';') and prob.<model>.<label> per class or label, as in analyze's "
                + "articles.csv (<model>: the model folder's name).")
public final class PredictCommand implements Callable<Integer> {
    private static final int BATCH = 256;

    @Option(names = "--model", required = true, paramLabel = "MODEL_DIR", description = "Model folder")
    Path model;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Inputs: files or folders, in any format analyze reads, or feature tables")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "CSV output (default: standard output)")
    Path out;

    @CommandLine.Mixin
    RawCsvOption rawCsv = new RawCsvOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final RowSource source;

    public PredictCommand() {
        this(PipelineRowSource.builtIn());
    }

    public PredictCommand(RowSource source) {
        this.source = source;
    }

    @Override
    public Integer call() throws IOException {
        TrainCommand.checkInputs(inputs);
        TrainedModel m = TrainedModel.load(model, org.presslens.classify.FeatureSet.of(source));
        List<String> labels = m.scheme().labels();
        Writer w = out == null ? spec.commandLine().getOut()
                : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        String name = org.presslens.analysis.ModelSet.nameOf(model);
        List<String> header = new ArrayList<>(List.of("id", "outlet", "pred." + name));
        labels.forEach(l -> header.add("prob." + name + "." + l)); // the columns analyze writes to articles.csv
        CsvOut csv = new CsvOut(w, rawCsv.cells());
        csv.row(header);
        long n = 0;
        try (Stream<LabelledRow> rows = source.rows(inputs, null, "outlet")) {
            Iterator<LabelledRow> it = rows.iterator();
            List<LabelledRow> batch = new ArrayList<>(BATCH);
            while (it.hasNext()) {
                batch.add(it.next());
                if (batch.size() == BATCH || !it.hasNext()) {
                    List<Prediction> ps = m.predict(batch);
                    for (int i = 0; i < batch.size(); i++) {
                        List<Object> rec = new ArrayList<>();
                        rec.add(batch.get(i).id());
                        rec.add(batch.get(i).outlet());
                        rec.add(String.join(";", ps.get(i).labels()));
                        for (String l : labels) {
                            rec.add(String.format(Locale.ROOT, "%.6f", ps.get(i).probabilities().get(l)));
                        }
                        csv.row(rec);
                    }
                    n += batch.size();
                    batch.clear();
                }
            }
        }
        csv.flush();
        if (out != null) {
            csv.close();
            spec.commandLine().getErr().println("predict: " + n + " rows written to " + out);
        }
        return 0;
    }
}
