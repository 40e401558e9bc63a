package org.presslens.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.presslens.classify.FeatureSet;
import org.presslens.classify.TrainedModel;
import org.presslens.features.FeaturePipeline;

/**
 * The label models {@code analyze} applies: the folders given with {@code --model}, or else the default
 * models shipped in the jar ({@code models/reliability}, {@code models/framing}). Models bind their features by
 * name ({@link TrainedModel#load(Path, FeatureSet)}): one stays usable whatever else the pipeline computes (a
 * {@code --dictionary}, another extractor) as long as the extractors it reads have the hashes it was trained
 * with. A given model that does not fit is an error; a default model that does not (a custom configuration
 * changes its features or lexicons) is skipped with a warning naming both hashes.
 */
public final class ModelSet {
    /** The default models shipped in the jar, in column order. */
    public static final List<String> DEFAULTS = List.of("reliability", "framing");

    private ModelSet() {
    }

    /**
     * @param dirs models given on the command line (empty: the defaults)
     * @param warn receives warnings for the user
     */
    public static Function<FeaturePipeline, LabelPredictor> loader(List<Path> dirs, Consumer<String> warn) {
        return pipeline -> {
            List<ModelPredictor.Named> models = new ArrayList<>();
            FeatureSet running = features(pipeline);
            for (Path d : dirs) {
                models.add(new ModelPredictor.Named(nameOf(d), d.toString(), d, TrainedModel.load(d, running)));
            }
            if (dirs.isEmpty()) {
                for (String name : DEFAULTS) {
                    if (ModelSet.class.getClassLoader().getResource("models/" + name + "/provenance.json") == null) {
                        warn.accept("the default " + name + " model is missing from this build; no " + name + " labels");
                        continue;
                    }
                    Path dir = Bundled.bundledFolder("models/" + name, "provenance.json");
                    TrainedModel m;
                    try {
                        m = TrainedModel.load(dir, running);
                    } catch (TrainedModel.Incompatible e) {
                        warn.accept("the default " + name + " model does not fit this configuration's features ("
                                + e.getMessage() + "); no " + name + " labels (retrain it: see training-data/README.md)");
                        continue;
                    }
                    models.add(new ModelPredictor.Named(name, "built-in models/" + name, dir, m));
                }
            }
            return models.isEmpty() ? LabelPredictor.NONE : new ModelPredictor(models);
        };
    }

    /** A model's name in column names ({@code pred.<name>}): its folder's name. */
    public static String nameOf(Path modelDir) {
        Path name = modelDir.toAbsolutePath().normalize().getFileName();
        return name == null ? "model" : name.toString();
    }

    /** What a pipeline computes, as models bind to it: feature names, feature-set hash, extractor hashes. */
    public static FeatureSet features(FeaturePipeline pipeline) {
        return new FeatureSet(pipeline.featureNames(), pipeline.featureSetHash(), pipeline.extractorHashes());
    }

    /** Copies each applied model's provenance and evaluation files into {@code runDir/models/<name>/} for the report. */
    public static void copyProvenance(CorpusAnalyzer analyzer, Path runDir) {
        if (!(analyzer.predictor() instanceof ModelPredictor mp)) {
            return;
        }
        try {
            for (ModelPredictor.Named m : mp.models()) {
                Path to = Files.createDirectories(runDir.resolve("models").resolve(m.name()));
                for (String f : List.of("provenance.json", "metrics.json", "metrics.csv", "confusion.png")) {
                    if (Files.isRegularFile(m.dir().resolve(f))) {
                        Files.copy(m.dir().resolve(f), to.resolve(f));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing model provenance into " + runDir + ": " + e.getMessage(), e);
        }
    }
}
