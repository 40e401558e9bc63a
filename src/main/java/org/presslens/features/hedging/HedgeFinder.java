package org.presslens.features.hedging;

import java.util.ArrayList;
import java.util.List;
import org.presslens.core.Cancellation;
import org.presslens.lexicon.Lexicon;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NormalizedWords;
import org.presslens.text.Span;

/**
 * Finds hedges and boosters in a text. The hedge and booster lexicons are matched together, leftmost-longest
 * across both ({@link Lexicon#findTogether}), so a hedge word inside a booster phrase ({@code doubt} in
 * {@code no doubt}) is not a hedge and vice versa. Hedge matches of category {@value #NOT_HEDGE}, the month or
 * name "May" and the noun "might" are dropped; every other hedge match is a <em>candidate</em>, scored by the
 * cue model from its context ({@link HedgeContext}) and counted when its score reaches the cut-off. Without a
 * model every candidate counts. Immutable and thread-safe.
 */
public final class HedgeFinder {
    /** Hedge-lexicon category of phrases that shadow a hedge word without being hedges ("several times"). */
    public static final String NOT_HEDGE = "not_hedge";

    private final Lexicon hedges;
    private final Lexicon boosters;
    private final List<Lexicon> both;
    private final HedgeCueModel model;
    private final double cutoff;

    /** Every hedge candidate of a text (counted or not) and the booster matches, each in text order. */
    public record Found(List<HedgeCue> candidates, List<LexiconMatch> boosters) {
        public Found {
            candidates = List.copyOf(candidates);
            boosters = List.copyOf(boosters);
        }

        /** The candidates that count as hedges. */
        public List<HedgeCue> hedges() {
            return candidates.stream().filter(HedgeCue::counted).toList();
        }
    }

    /** A candidate span: its matches (one per category of its entry) and its context predicates. */
    record Candidate(List<LexiconMatch> matches, String[] context) {
    }

    /**
     * @param model  the cue model, or null to count every candidate
     * @param cutoff the score from which a candidate counts (ignored without a model)
     */
    public HedgeFinder(Lexicon hedges, Lexicon boosters, HedgeCueModel model, double cutoff) {
        this.hedges = hedges;
        this.boosters = boosters;
        this.both = List.of(hedges, boosters);
        this.model = model;
        this.cutoff = cutoff;
    }

    public Lexicon hedges() {
        return hedges;
    }

    public Lexicon boosters() {
        return boosters;
    }

    /** The hedges and boosters of a text. */
    public Found find(AnalyzedText text) {
        List<List<LexiconMatch>> matched = Lexicon.findTogether(both, text);
        List<Candidate> cands = candidates(text, matched.get(0));
        List<HedgeCue> out = new ArrayList<>();
        for (Candidate c : cands) {
            double score = model == null ? Double.NaN : model.score(c.context());
            boolean counted = model == null || score >= cutoff;
            for (LexiconMatch m : c.matches()) {
                out.add(new HedgeCue(m, score, counted));
            }
        }
        return new Found(out, matched.get(1));
    }

    /** The candidates of a text with their context predicates, unscored. */
    List<Candidate> candidates(AnalyzedText text) {
        return candidates(text, Lexicon.findTogether(both, text).get(0));
    }

    private List<Candidate> candidates(AnalyzedText text, List<LexiconMatch> hedgeMatches) {
        NormalizedWords w = text.words();
        List<List<LexiconMatch>> spans = new ArrayList<>();
        for (LexiconMatch m : hedgeMatches) {
            Cancellation.check();
            if (m.category().equals(NOT_HEDGE) || NotHedgeRules.excluded(text, w, w.indexAt(m.start()))) {
                continue;
            }
            List<LexiconMatch> last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.get(0).start() == m.start()) {
                last.add(m);
            } else {
                List<LexiconMatch> l = new ArrayList<>(1);
                l.add(m);
                spans.add(l);
            }
        }
        List<Candidate> out = new ArrayList<>(spans.size());
        int i = 0;
        while (i < spans.size()) {
            // the candidates of one sentence: [i, j)
            int s = text.sentenceAt(spans.get(i).get(0).start());
            int from;
            int to;
            if (s >= 0) {
                Span sp = text.sentences().get(s);
                from = w.firstAtOrAfter(sp.start());
                to = w.firstAtOrAfter(sp.end());
            } else {
                from = 0;
                to = w.size();
            }
            int j = i + 1;
            while (j < spans.size() && text.sentenceAt(spans.get(j).get(0).start()) == s) {
                j++;
            }
            for (int k = i; k < j; k++) {
                Cancellation.check();
                LexiconMatch m = spans.get(k).get(0);
                List<String> others = new ArrayList<>(j - i - 1);
                for (int o = i; o < j; o++) {
                    if (o != k) {
                        others.add(spans.get(o).get(0).entry());
                    }
                }
                int first = w.indexAt(m.start());
                int last = w.firstAtOrAfter(m.end()) - 1;
                out.add(new Candidate(spans.get(k), HedgeContext.of(w, text.body(), first, last, from, to, m.entry(),
                        m.category(), others)));
            }
            i = j;
        }
        return out;
    }
}
