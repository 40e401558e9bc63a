package org.presslens.features;

/** A text span that produced a count, written to one of the run's evidence files. */
public sealed interface Evidence permits Evidence.Attribution, Evidence.Quote, Evidence.Term {

    /** A row of {@code attributions.csv}. Offsets are into the cleaned body. */
    record Attribution(String kind, String source, String cue, int start, int end, String sentence)
            implements Evidence {
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
