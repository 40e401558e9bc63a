package org.presslens.features;

/** A text span that produced a count, written to one of the run's evidence files. */
public sealed interface Evidence permits Evidence.Attribution, Evidence.Quote, Evidence.Term {

    /** A row of {@code attributions.csv}. Offsets are into the cleaned body. */
    record Attribution(String kind, String source, String cue, int start, int end, String sentence)
            implements Evidence {
    }

    /** A row of {@code quotes.csv}. */
    record Quote(String kind, String speaker, String cue, String text, int start, int end) implements Evidence {
    }

    /** A row of {@code terms.csv}: a lexicon match (framing, hedge, booster, ...). */
    record Term(String lexicon, String category, String term, String matched, int start, int end)
            implements Evidence {
    }
}
