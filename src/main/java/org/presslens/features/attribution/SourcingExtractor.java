package org.presslens.features.attribution;

import java.util.List;
import java.util.Set;
import org.presslens.features.FeatureContext;
import org.presslens.features.FeatureExtractor;

/**
 * What the attribution and quotes extractors share: one {@link SourcingAnalyzer} (its result is cached on the
 * analysed text, so both families cost one analysis), an id and fixed feature names.
 */
abstract class SourcingExtractor implements FeatureExtractor {
    private final String id;
    private final List<String> names;
    final SourcingAnalyzer analyzer;

    SourcingExtractor(String id, List<String> names, SourcingAnalyzer analyzer) {
        this.id = id;
        this.names = List.copyOf(names);
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
    public List<String> featureNames() {
        return names;
    }

    @Override
    public String configDigest() {
        return analyzer.configDigest();
    }
}
