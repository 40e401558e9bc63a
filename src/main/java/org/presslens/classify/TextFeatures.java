package org.presslens.classify;

/**
 * Optional bag-of-words features from the article text, computed inside the model (Weka
 * {@code StringToWordVector}, fitted on the training rows only — in cross-validation, on each training fold).
 * Tokens are lower-cased word n-grams of length 1 to {@code ngramMax}, split at whitespace and punctuation;
 * values are TF-IDF ({@code log(1+tf) * log(N/df)}), document vectors normalised to the average length.
 *
 * @param enabled     add text features at all
 * @param ngramMax    longest word n-gram (1 = single words); default 2
 * @param minTermFreq a term is kept only if it occurs at least this often in the training rows; default 3
 * @param wordsToKeep at most this many terms are kept (the most frequent); default 20,000
 * @param selectTopK  when &gt; 0, keep only the k attributes (terms and numeric features) with the highest
 *                    information gain on the training rows ({@code InfoGainAttributeEval} + {@code Ranker});
 *                    0 keeps all; default 0
 * @param outletShare when &gt; 0, terms that encode the outlet are removed, fitted on the training rows
 *                    ({@link OutletTerms}): those whose training documents lie for at least this share in one or
 *                    two outlets (and {@value OutletTerms#LIFT} times their share of rows), and outlet names;
 *                    0 keeps them (models from before this field read as 0)
 * @param termScaling when true, each term's TF-IDF value is divided by its largest value in the training rows,
 *                    so that every term ranges over [0, 1] (as Weka's {@code SGD} normalises its inputs): common
 *                    words, whose TF-IDF values are small, weigh as much to the penalty as rare ones
 */
public record TextFeatures(boolean enabled, int ngramMax, int minTermFreq, int wordsToKeep, int selectTopK,
                           double outletShare, boolean termScaling) {
    public TextFeatures {
        if (ngramMax < 1 || minTermFreq < 1 || wordsToKeep < 1 || selectTopK < 0) {
            throw new IllegalArgumentException("text features: ngramMax, minTermFreq and wordsToKeep must be >= 1 "
                    + "and selectTopK >= 0, got " + ngramMax + ", " + minTermFreq + ", " + wordsToKeep + ", "
                    + selectTopK);
        }
        if (!(outletShare >= 0 && outletShare <= 1)) {
            throw new IllegalArgumentException("text features: the outlet-term share must lie in [0, 1] (0: off), got "
                    + outletShare);
        }
    }

    /** Text features that keep outlet-specific terms, unscaled. */
    public TextFeatures(boolean enabled, int ngramMax, int minTermFreq, int wordsToKeep, int selectTopK) {
        this(enabled, ngramMax, minTermFreq, wordsToKeep, selectTopK, 0, false);
    }

    /** Text features, unscaled. */
    public TextFeatures(boolean enabled, int ngramMax, int minTermFreq, int wordsToKeep, int selectTopK,
                        double outletShare) {
        this(enabled, ngramMax, minTermFreq, wordsToKeep, selectTopK, outletShare, false);
    }

    /** These settings with another outlet-term share (0: keep outlet-specific terms). */
    public TextFeatures withOutletShare(double share) {
        return new TextFeatures(enabled, ngramMax, minTermFreq, wordsToKeep, selectTopK, share, termScaling);
    }

    /** These settings with or without term scaling. */
    public TextFeatures withTermScaling(boolean scale) {
        return new TextFeatures(enabled, ngramMax, minTermFreq, wordsToKeep, selectTopK, outletShare, scale);
    }

    /** No text features. */
    public static TextFeatures none() {
        return new TextFeatures(false, 2, 3, 20_000, 0);
    }

    /** Text features with the documented defaults. */
    public static TextFeatures defaults() {
        return new TextFeatures(true, 2, 3, 20_000, 0);
    }
}
