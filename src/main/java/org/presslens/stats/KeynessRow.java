package org.presslens.stats;

/**
 * One row of {@code keyness.csv}: a lexicon term (or, with term {@code *}, a whole category) in one outlet
 * against all other outlets. Counts are matches from {@code terms.csv}; corpus sizes are words from
 * {@code articles.csv}.
 */
public record KeynessRow(String outlet, String lexicon, String category, String term, long targetCount,
                         long referenceCount, long targetWords, long referenceWords, double g2, double p,
                         double logRatio, String direction) {
}
