package org.presslens.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presslens.core.Article;
import org.presslens.core.ConfigSection;
import org.presslens.features.hedging.HedgeCue;
import org.presslens.features.hedging.HedgeCueModel;
import org.presslens.features.hedging.HedgeFinder;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;

/**
 * Hedges and boosters (lexicon roles {@code hedges} and {@code boosters}), found by {@link HedgeFinder}: the two
 * lexicons matched together, the not-hedge rules (category {@code not_hedge}, the month or name "May", the noun
 * "might"), then every hedge candidate scored by the hedge-cue model and counted from its cut-off
 * (docs/features.md). Options {@code features.hedging.hedge_model} ({@code built-in} or {@code none}: every
 * candidate counts) and {@code features.hedging.hedge_cutoff} (default: the model's). Features: {@code hedges},
 * {@code hedge_rate}, {@code boosters}, {@code booster_rate}, {@code hedged_sentence_share},
 * {@code boosted_sentence_share}.
 */
public final class HedgingExtractor implements FeatureExtractor {
    public static final String ID = "hedging";
    /** Value of {@code hedge_model} for the model shipped in the jar. */
    public static final String BUILT_IN = "built-in";
    /** Value of {@code hedge_model} for no model: every lexicon candidate counts. */
    public static final String NONE = "none";

    private static final List<FeatureInfo> FEATURES = List.of(
            new FeatureInfo("hedges", "Hedges", FeatureInfo.COUNT,
                    "hedge candidates of the hedges lexicon that the hedge-cue model counts, a span once"),
            new FeatureInfo("hedge_rate", "Hedge rate", FeatureInfo.PER_1000_WORDS, "hedges × 1000 / words"),
            new FeatureInfo("boosters", "Boosters", FeatureInfo.COUNT, "matches of the boosters lexicon"),
            new FeatureInfo("booster_rate", "Booster rate", FeatureInfo.PER_1000_WORDS, "boosters × 1000 / words"),
            new FeatureInfo("hedged_sentence_share", "Hedged sentences", FeatureInfo.SHARE,
                    "sentences with at least one counted hedge / sentences"),
            new FeatureInfo("boosted_sentence_share", "Boosted sentences", FeatureInfo.SHARE,
                    "sentences with at least one booster / sentences"));

    private final HedgeFinder finder;
    private final String digest;

    public HedgingExtractor(FeatureContext ctx) {
        ConfigSection o = ctx.options(ID, Set.of("hedge_model", "hedge_cutoff"));
        String which = o.choice("hedge_model", BUILT_IN, List.of(BUILT_IN, NONE));
        HedgeCueModel model = which.equals(BUILT_IN) ? HedgeCueModel.builtIn() : null;
        double cutoff = o.number("hedge_cutoff", model == null ? 0 : model.cutoff(), 0, 1);
        this.finder = new HedgeFinder(ctx.lexicon("hedges"), ctx.lexicon("boosters"), model, cutoff);
        this.digest = model == null ? "hedge_model=none"
                : "hedge_model=" + model.sha256() + ";hedge_cutoff=" + String.format(Locale.ROOT, "%.4f", cutoff);
    }

    /** An extractor over a finder built in code. */
    public HedgingExtractor(HedgeFinder finder) {
        this.finder = finder;
        this.digest = "code";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String configDigest() {
        return digest;
    }

    @Override
    public List<FeatureInfo> features() {
        return FEATURES;
    }

    @Override
    public Extraction extract(Article article, AnalyzedText text) {
        HedgeFinder.Found found = finder.find(text);
        List<Evidence> ev = new ArrayList<>();
        int sentences = text.sentences().size();
        boolean[] hedged = new boolean[sentences];
        boolean[] boosted = new boolean[sentences];
        String body = text.body();
        List<LexiconMatch> hedges = new ArrayList<>();
        for (HedgeCue c : found.hedges()) {
            ev.add(Evidence.Term.of(finder.hedges().name(), c.match(), body, c.score()));
            hedges.add(c.match());
        }
        for (LexiconMatch m : found.boosters()) {
            ev.add(Evidence.Term.of(finder.boosters().name(), m, body));
        }
        // count each span once even when its entry sits in several categories
        int hedgeCount = countSpans(text, hedges, hedged);
        int boosterCount = countSpans(text, found.boosters(), boosted);
        int words = text.wordCount();
        return new Extraction(new double[] {
                hedgeCount, Rates.per1000(hedgeCount, words),
                boosterCount, Rates.per1000(boosterCount, words),
                Rates.share(count(hedged), sentences), Rates.share(count(boosted), sentences)}, ev);
    }

    /** The finder this extractor counts with. */
    public HedgeFinder finder() {
        return finder;
    }

    /** The hedges of a text that count (one per category of a matched entry), in text order. */
    public List<HedgeCue> hedges(AnalyzedText text) {
        return finder.find(text).hedges();
    }

    /** Distinct spans of matches in text order, marking their sentences. */
    private static int countSpans(AnalyzedText text, List<LexiconMatch> ms, boolean[] mark) {
        int n = 0;
        int lastStart = -1;
        for (LexiconMatch m : ms) {
            if (m.start() != lastStart) {
                n++;
                lastStart = m.start();
                int s = text.sentenceAt(m.start());
                if (s >= 0) {
                    mark[s] = true;
                }
            }
        }
        return n;
    }

    private static int count(boolean[] a) {
        int n = 0;
        for (boolean x : a) {
            if (x) {
                n++;
            }
        }
        return n;
    }
}
