package org.presslens.features;

/** A text span that produced a count, written to one of the run's evidence files. */
public sealed interface Evidence permits Evidence.Attribution, Evidence.Quote, Evidence.Term {

    /**
     * A row of {@code attributions.csv}. Offsets are into the cleaned body. {@code origin} says what found the cue
     * ({@code lexicon}, {@code model} for the learned cue detector beyond the lexicon, {@code rule} for the colon,
     * predicate and wire-credit rules); {@code score} is the cue model's probability (NaN when no model scored it).
     */
    record Attribution(String kind, String source, String cue, int start, int end, String sentence, String origin,
                       double score) implements Evidence {
        /** A lexicon row without a score. */
        public Attribution(String kind, String source, String cue, int start, int end, String sentence) {
            this(kind, source, cue, start, end, sentence, "lexicon", Double.NaN);
        }
    }

    /**
     * A row of {@code quotes.csv}: one quotation (utterance). {@code start}/{@code end} run from its first mark to its
     * last; {@code segments} lists its quoted parts as {@code start-end} pairs joined by {@code ;}.
     */
    record Quote(String kind, String speaker, String cue, String text, int start, int end, String segments)
            implements Evidence {
    }

    /** A row of {@code terms.csv}: a lexicon match (framing, hedge, booster, ...). */
    record Term(String lexicon, String category, String term, String matched, int start, int end)
            implements Evidence {
    }
}
