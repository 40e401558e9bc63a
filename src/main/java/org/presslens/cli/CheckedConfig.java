package org.presslens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.clean.BoilerplateCleaner;
import org.presslens.core.ConfigSection;
import org.presslens.core.Settings;
import org.presslens.features.DictionaryExtractor;
import org.presslens.features.FeaturePipeline;
import org.presslens.ingest.IngestConfig;
import org.presslens.metadata.OutletRules;
import org.presslens.analysis.AnalyzeConfig;
import org.presslens.stats.ArticleTable;
import org.presslens.stats.StatsConfig;

/**
 * The configuration a command runs with, read and checked whole before the command does any work: every section
 * through the reader that owns it (ingest, clean and its rule file, metadata and its outlet rules, features and
 * their lexicons, analyze, stats, classify), so that a mistake anywhere stops the command in one line before
 * anything is printed or written. Loads no language or label model.
 *
 * @param settings the configuration
 * @param outlets  its outlet rules
 * @param features its feature pipeline (with the command line's dictionaries)
 * @param stats    its statistics settings
 */
record CheckedConfig(Settings settings, OutletRules outlets, FeaturePipeline features, StatsConfig stats) {

    /** {@code --config FILE} (null: the built-in configuration) and {@code --dictionary} files, checked whole. */
    static CheckedConfig load(Path config, List<Path> dictionaries) {
        return load(config, dictionaries, null);
    }

    /**
     * As {@link #load(Path, List)} with the unit of the dictionary features given on the command line
     * ({@code --dictionary-percent}; null: the configuration's).
     */
    static CheckedConfig load(Path config, List<Path> dictionaries, DictionaryExtractor.Unit dictionaryUnit) {
        Settings settings = config == null ? Settings.builtIn() : Settings.load(config);
        IngestConfig.from(settings);
        BoilerplateCleaner.fromSettings(settings);
        OutletRules outlets = OutletRules.load(settings);
        FeaturePipeline features = new FeaturePipeline(settings, dictionaries, dictionaryUnit);
        AnalyzeConfig.from(settings);
        StatsConfig stats = StatsConfig.from(settings);
        ConfigSection.of(settings, "classify").checkKeys(); // no keys yet: models come from the command line
        return new CheckedConfig(settings, outlets, features, stats);
    }

    /** Checks {@code stats.key_features} against the feature columns a run of this pipeline writes. */
    void requireKeyFeatures() {
        List<String> columns = new ArrayList<>(ArticleTable.COUNTS);
        columns.addAll(features.featureNames());
        stats.requireKeyFeatures(settings.name(), columns);
    }
}
