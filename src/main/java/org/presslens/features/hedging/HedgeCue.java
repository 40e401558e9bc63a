package org.presslens.features.hedging;

import org.presslens.lexicon.LexiconMatch;

/**
 * A hedge-lexicon match that survived the not-hedge rules, with the cue model's probability that it hedges
 * ({@code score}, NaN when no model is used) and whether it counts as a hedge (score at or above the cut-off,
 * or always without a model).
 */
public record HedgeCue(LexiconMatch match, double score, boolean counted) {
}
