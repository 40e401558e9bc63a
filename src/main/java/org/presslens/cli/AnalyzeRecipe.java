package org.presslens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.presslens.analysis.AnalysisSetup;
import org.presslens.analysis.LabelPredictor;
import org.presslens.analysis.ModelSet;
import org.presslens.features.DictionaryExtractor;
import org.presslens.ingest.InputRoot;
import org.presslens.spark.AnalysisRecipe;

/**
 * What {@code analyze} builds its analysis from (configuration, sidecars, dictionaries, models, inputs), as plain
 * strings: the driver builds it once, a Spark executor builds the same analysis from it.
 *
 * @param key               identifies the run
 * @param config            configuration file, or null for the built-in one
 * @param metadata          sidecar CSVs
 * @param dictionaries      extra dictionaries
 * @param dictionaryPercent dictionary features in percent
 * @param models            model folders (none: the bundled models)
 * @param noModels          apply no label models
 * @param inputs            the inputs as path (or Hadoop URI) and display name pairs
 */
record AnalyzeRecipe(String key, String config, List<String> metadata, List<String> dictionaries,
                     boolean dictionaryPercent, List<String> models, boolean noModels, List<List<String>> inputs)
        implements AnalysisRecipe {
    private static final long serialVersionUID = 1L;

    /** The configuration checked and the analysis built from it; {@code warn} hears about models left out. */
    record Built(CheckedConfig checked, AnalysisSetup setup, List<InputRoot> roots) {
    }

    Built setup(Consumer<String> warn) {
        CheckedConfig checked = CheckedConfig.load(config == null ? null : Path.of(config), paths(dictionaries),
                dictionaryPercent ? DictionaryExtractor.Unit.PERCENT : null);
        checked.requireKeyFeatures();
        AnalysisSetup setup = AnalysisSetup.create(checked.settings(), paths(metadata), checked.features(),
                noModels ? f -> LabelPredictor.NONE : ModelSet.loader(paths(models), warn));
        List<InputRoot> roots = inputs.stream().map(p -> new InputRoot(InputPaths.of(p.get(0)), p.get(1))).toList();
        return new Built(checked, setup, roots);
    }

    @Override
    public Prepared build() {
        Built b = setup(w -> System.err.println("presslens: warning: " + w));
        return new Prepared(b.setup().reader(), b.roots(), b.setup().analyzer());
    }

    private static List<Path> paths(List<String> names) {
        return names.stream().map(Path::of).toList();
    }
}
