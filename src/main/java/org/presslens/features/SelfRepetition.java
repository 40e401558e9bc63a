package org.presslens.features;

import org.presslens.text.AnalyzedText;
import org.presslens.text.NormalizedWords;
import org.presslens.text.Span;

/**
 * Self-repetition: the share of sentences that mostly repeat what the article has already said. A sentence
 * with at least {@code minWords} normalised words is <em>repeated</em> when at least {@code threshold} of its
 * word {@code k}-shingles occur in earlier sentences of the same article (containment against the union of
 * earlier shingles, which catches both copied sentences and rehashed clauses). Bounded: at most
 * {@code maxSentences} eligible sentences are examined. Immutable.
 */
public final class SelfRepetition {
    private final int shingle;
    private final double threshold;
    private final int minWords;
    private final int maxSentences;

    public SelfRepetition(int shingle, double threshold, int minWords, int maxSentences) {
        if (shingle < 1 || minWords < shingle || threshold <= 0 || threshold > 1 || maxSentences < 1) {
            throw new IllegalArgumentException("bad self-repetition parameters");
        }
        this.shingle = shingle;
        this.threshold = threshold;
        this.minWords = minWords;
        this.maxSentences = maxSentences;
    }

    /** The share of eligible sentences that are repeated; 0 when there are none. */
    public double score(AnalyzedText text) {
        NormalizedWords w = text.words();
        LongSet seen = new LongSet(256);
        LongSet mine = new LongSet(64);
        int eligible = 0;
        int repeated = 0;
        int wi = 0;
        for (Span s : text.sentences()) {
            if (eligible >= maxSentences) {
                break;
            }
            while (wi < w.size() && w.start(wi) < s.start()) {
                wi++;
            }
            int from = wi;
            while (wi < w.size() && w.start(wi) < s.end()) {
                wi++;
            }
            int len = wi - from;
            if (len < minWords) {
                continue;
            }
            eligible++;
            mine.clear();
            for (int i = from; i + shingle <= wi; i++) {
                long h = 1125899906842597L;
                for (int j = i; j < i + shingle; j++) {
                    h = 31 * h + w.word(j).hashCode();
                    h ^= h >>> 29;
                    h *= 0xBF58476D1CE4E5B9L;
                }
                mine.add(h);
            }
            int hit = 0;
            long[] hs = mine.toArray();
            for (long h : hs) {
                if (seen.contains(h)) {
                    hit++;
                }
            }
            if (hit >= threshold * hs.length) {
                repeated++;
            }
            for (long h : hs) {
                seen.add(h);
            }
        }
        return eligible == 0 ? 0.0 : (double) repeated / eligible;
    }

    /** The parameters, deterministic (used in the feature-set hash). */
    @Override
    public String toString() {
        return "shingle=" + shingle + ";threshold=" + threshold + ";min_words=" + minWords + ";max_sentences="
                + maxSentences;
    }
}
