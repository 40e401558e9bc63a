package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.List;
import org.presslens.core.Article;
import org.presslens.features.Evidence;
import org.presslens.features.Extraction;
import org.presslens.features.FeatureContext;
import org.presslens.features.FeatureInfo;
import org.presslens.features.Rates;
import org.presslens.text.AnalyzedText;

/**
 * Attribution cues and their sources (family {@code attribution}; definitions in
 * docs/attribution-and-quotes.md). Features: {@code cues}, {@code density} (cues per 1,000 words),
 * {@code sentence_share} (sentences holding a cue), {@code anonymous_share} and {@code vague_share} (of cues),
 * and counts per source kind ({@code named}, {@code anonymous}, {@code vague}, {@code agency}, {@code other}).
 * Evidence: one {@link Evidence.Attribution} per cue, with what found it and the cue model's score. Stateless and
 * thread-safe.
 */
public final class AttributionExtractor extends SourcingExtractor {
    public static final String ID = "attribution";
    private static final List<FeatureInfo> FEATURES = List.of(
            new FeatureInfo("cues", "Attribution cues", FeatureInfo.COUNT,
                    "number of attribution cues C, of every source kind"),
            new FeatureInfo("density", "Attribution density", FeatureInfo.PER_1000_WORDS, "C × 1000 / words"),
            new FeatureInfo("sentence_share", "Sentences with attribution", FeatureInfo.SHARE,
                    "sentences holding at least one cue / sentences"),
            new FeatureInfo("anonymous_share", "Anonymous share of cues", FeatureInfo.SHARE,
                    "cues of source kind anonymous / C"),
            new FeatureInfo("vague_share", "Vague share of cues", FeatureInfo.SHARE, "cues of source kind vague / C"),
            new FeatureInfo("named", "Cues with a named source", FeatureInfo.COUNT, "cues of source kind named"),
            new FeatureInfo("anonymous", "Cues with an anonymous source", FeatureInfo.COUNT,
                    "cues of source kind anonymous"),
            new FeatureInfo("vague", "Cues with a vague source", FeatureInfo.COUNT, "cues of source kind vague"),
            new FeatureInfo("agency", "Cues citing a news agency", FeatureInfo.COUNT, "cues of source kind agency"),
            new FeatureInfo("other", "Cues with another source", FeatureInfo.COUNT, "cues of source kind other"));

    /** Built by the pipeline from the lexicon roles {@code attribution_cues} and {@code attribution_sources}. */
    public AttributionExtractor(FeatureContext ctx) {
        this(fromContext(ID, ctx));
    }

    public AttributionExtractor(SourcingAnalyzer analyzer) {
        super(ID, FEATURES, analyzer);
    }

    @Override
    public Extraction extract(Article article, AnalyzedText text) {
        List<Attribution> found = analyzer.analyze(text).attributions();
        int sentences = text.sentences().size();
        boolean[] attributed = new boolean[sentences];
        int[] perKind = new int[SourceKind.values().length];
        List<Evidence> evidence = new ArrayList<>(found.size());
        SentenceContext context = new SentenceContext(text.body(), text.sentences());
        for (Attribution a : found) {
            perKind[a.kind().ordinal()]++;
            if (a.sentence() >= 0 && a.sentence() < sentences) {
                attributed[a.sentence()] = true;
            }
            evidence.add(new Evidence.Attribution(a.kind().label(), a.resolvedSource(), a.cue(), a.cueStart(),
                    a.cueEnd(), context.of(a.sentence(), a.cueStart()), a.origin(), a.score()));
        }
        int withCue = 0;
        for (boolean b : attributed) {
            if (b) {
                withCue++;
            }
        }
        int cues = found.size();
        return new Extraction(new double[] {
                cues,
                Rates.per1000(cues, text.wordCount()),
                Rates.share(withCue, sentences),
                Rates.share(perKind[SourceKind.ANONYMOUS.ordinal()], cues),
                Rates.share(perKind[SourceKind.VAGUE.ordinal()], cues),
                perKind[SourceKind.NAMED.ordinal()],
                perKind[SourceKind.ANONYMOUS.ordinal()],
                perKind[SourceKind.VAGUE.ordinal()],
                perKind[SourceKind.AGENCY.ordinal()],
                perKind[SourceKind.OTHER.ordinal()]}, evidence);
    }
}
