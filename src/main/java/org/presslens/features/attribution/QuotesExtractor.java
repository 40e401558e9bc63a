package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.presslens.core.Article;
import org.presslens.features.Evidence;
import org.presslens.features.Extraction;
import org.presslens.features.FeatureContext;
import org.presslens.features.FeatureInfo;
import org.presslens.features.Rates;
import org.presslens.text.AnalyzedText;
import org.presslens.text.Span;

/**
 * Quotations and their speakers (family {@code quotes}; definitions in docs/attribution-and-quotes.md). Every feature
 * counts utterances: a quotation interrupted by its cue is one quotation, its words counted once.
 * Features: {@code count} (direct, partial and block quotations), {@code rate} (per 1,000 words),
 * {@code direct}, {@code partial}, {@code block}, {@code terms} (term quotes), {@code word_share} (share of
 * words inside counted quotations), {@code named_speakers} (distinct named speakers) and
 * {@code attributed_share} (counted quotations with a speaker). Evidence: one {@link Evidence.Quote} per
 * quotation, term quotes included. Stateless and thread-safe.
 */
public final class QuotesExtractor extends SourcingExtractor {
    public static final String ID = "quotes";
    private static final List<FeatureInfo> FEATURES = List.of(
            new FeatureInfo("count", "Quotations", FeatureInfo.COUNT,
                    "quotations Q of kind direct, partial or block, one per utterance (term quotes excluded)"),
            new FeatureInfo("rate", "Quotation rate", FeatureInfo.PER_1000_WORDS, "Q × 1000 / words"),
            new FeatureInfo("direct", "Direct quotations", FeatureInfo.COUNT, "quotations of kind direct"),
            new FeatureInfo("partial", "Partial quotations", FeatureInfo.COUNT, "quotations of kind partial"),
            new FeatureInfo("block", "Block quotations", FeatureInfo.COUNT, "quotations of kind block"),
            new FeatureInfo("terms", "Term quotes", FeatureInfo.COUNT,
                    "quoted words or short phrases used as terms (scare quotes, titles)"),
            new FeatureInfo("word_share", "Words in quotations", FeatureInfo.SHARE,
                    "word tokens inside the Q quotations / words"),
            new FeatureInfo("named_speakers", "Named speakers", FeatureInfo.COUNT,
                    "distinct named speakers of the Q quotations, a speaker identified by the last word of the name"),
            new FeatureInfo("attributed_share", "Attributed quotations", FeatureInfo.SHARE,
                    "quotations with a speaker / Q"));

    /** Built by the pipeline from the lexicon roles {@code attribution_cues} and {@code attribution_sources}. */
    public QuotesExtractor(FeatureContext ctx) {
        this(fromContext(ID, ctx));
    }

    public QuotesExtractor(SourcingAnalyzer analyzer) {
        super(ID, FEATURES, analyzer);
    }

    @Override
    public Extraction extract(Article article, AnalyzedText text) {
        List<Quote> quotes = analyzer.analyze(text).quotes();
        String body = text.body();
        int[] perKind = new int[QuoteKind.values().length];
        int quotedWords = 0;
        int attributed = 0;
        Set<String> speakers = new HashSet<>();
        List<Evidence> evidence = new ArrayList<>(quotes.size());
        List<Span> tokens = text.tokens();
        for (Quote q : quotes) {
            perKind[q.kind().ordinal()]++;
            evidence.add(new Evidence.Quote(q.kind().label(), q.speaker(), q.cue(), q.text(body), q.start(), q.end(),
                    q.segmentList()));
            if (q.kind() == QuoteKind.TERM) {
                continue;
            }
            for (Span s : q.segments()) {
                quotedWords += wordTokensIn(text, tokens, s.start(), s.end());
            }
            if (!q.speaker().isEmpty()) {
                attributed++;
                if (q.named()) {
                    speakers.add(speakerKey(q.speaker()));
                }
            }
        }
        int count = quotes.size() - perKind[QuoteKind.TERM.ordinal()];
        int words = text.wordCount();
        return new Extraction(new double[] {
                count,
                Rates.per1000(count, words),
                perKind[QuoteKind.DIRECT.ordinal()],
                perKind[QuoteKind.PARTIAL.ordinal()],
                perKind[QuoteKind.BLOCK.ordinal()],
                perKind[QuoteKind.TERM.ordinal()],
                Rates.share(quotedWords, words),
                speakers.size(),
                Rates.share(attributed, count)}, evidence);
    }

    /**
     * A speaker's identity for counting distinct speakers: the last word of the name, lower-cased ("Antony
     * Blinken" and "Blinken" are one speaker).
     */
    static String speakerKey(String speaker) {
        String[] words = speaker.strip().split("[\\s,]+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static int wordTokensIn(AnalyzedText text, List<Span> tokens, int from, int to) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int n = 0;
        for (int t = lo; t < tokens.size() && tokens.get(t).end() <= to; t++) {
            if (text.isWordToken(tokens.get(t))) {
                n++;
            }
        }
        return n;
    }
}
