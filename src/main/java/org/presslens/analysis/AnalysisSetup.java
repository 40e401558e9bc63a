package org.presslens.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.presslens.clean.BoilerplateCleaner;
import org.presslens.core.Settings;
import org.presslens.features.FeaturePipeline;
import org.presslens.ingest.CorpusReader;
import org.presslens.ingest.IngestConfig;
import org.presslens.metadata.MetadataExtractor;
import org.presslens.metadata.OutletRules;
import org.presslens.text.NlpModels;

/**
 * The components of an analysis built from one configuration: the corpus reader and the per-article
 * analyzer (cleaning, metadata, features). Used by {@code analyze}, {@code train}, {@code evaluate},
 * {@code predict} and the benchmarks, so they all see articles the same way. Building it validates the
 * configuration, lexicons and outlet rules.
 *
 * @param settings the configuration
 * @param reader   reads inputs into documents and skips
 * @param outlets  outlet rules (canonical names)
 * @param features the feature pipeline
 * @param analyzer turns one document into an analysed article or a skip
 */
public record AnalysisSetup(Settings settings, CorpusReader reader, OutletRules outlets, FeaturePipeline features,
                            CorpusAnalyzer analyzer) {

    /**
     * @param settings      the configuration
     * @param metadataFiles sidecar CSVs given on the command line
     * @param dictionaries  extra {@code .dic} dictionaries given on the command line
     * @param predictor     label models to apply, given the feature pipeline they must match
     *                      ({@code f -> LabelPredictor.NONE} for none)
     */
    public static AnalysisSetup create(Settings settings, List<Path> metadataFiles, List<Path> dictionaries,
                                       Function<FeaturePipeline, LabelPredictor> predictor) {
        return create(settings, metadataFiles, new FeaturePipeline(settings, dictionaries), predictor);
    }

    /**
     * As {@link #create(Settings, List, List, Function)} with a feature pipeline already built from
     * {@code settings} (a caller that validated the configuration first need not load lexicons and the hedge-cue
     * model twice).
     */
    public static AnalysisSetup create(Settings settings, List<Path> metadataFiles, FeaturePipeline features,
                                       Function<FeaturePipeline, LabelPredictor> predictor) {
        CorpusReader reader = new CorpusReader(IngestConfig.from(settings).withMetadataFiles(metadataFiles));
        OutletRules outlets = OutletRules.load(settings);
        CorpusAnalyzer analyzer = new CorpusAnalyzer(BoilerplateCleaner.fromSettings(settings),
                new MetadataExtractor(outlets), features, NlpModels.load(), predictor.apply(features),
                AnalyzeConfig.from(settings));
        return new AnalysisSetup(settings, reader, outlets, features, analyzer);
    }
}
