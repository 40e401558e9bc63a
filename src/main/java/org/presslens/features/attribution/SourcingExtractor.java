package org.presslens.features.attribution;

import java.util.List;
import java.util.Set;
import org.presslens.features.FeatureContext;
import org.presslens.features.FeatureExtractor;
import org.presslens.features.FeatureInfo;

/**
 * What the attribution and quotes extractors share: one {@link SourcingAnalyzer} (its result is cached on the
 * analysed text, so both families cost one analysis), an id and fixed, declared features.
 */
abstract class SourcingExtractor implements FeatureExtractor {
    private final String id;
    private final List<FeatureInfo> features;
    final SourcingAnalyzer analyzer;

    SourcingExtractor(String id, List<FeatureInfo> features, SourcingAnalyzer analyzer) {
        this.id = id;
        this.features = List.copyOf(features);
        this.analyzer = analyzer;
    }

    /** The analyzer from the lexicon roles {@code attribution_cues}, {@code attribution_sources} and
     * {@code attribution_grammar}; no options. */
    static SourcingAnalyzer fromContext(String id, FeatureContext ctx) {
        ctx.options(id, Set.of());
        return SourcingAnalyzer.fromContext(ctx);
    }

    /** The analyzer (package-private, for tests). */
    SourcingAnalyzer analyzerForTest() {
        return analyzer;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<FeatureInfo> features() {
        return features;
    }

    @Override
    public String configDigest() {
        return analyzer.configDigest();
    }
}
