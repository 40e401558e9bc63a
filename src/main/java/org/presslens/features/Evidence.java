package org.presslens.features;

import org.presslens.lexicon.LexiconMatch;

/** A text span that produced a count, written to one of the run's evidence files. */
public sealed interface Evidence extends java.io.Serializable permits Evidence.Attribution, Evidence.Quote, Evidence.Term {

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

    /**
     * A row of {@code terms.csv}: a lexicon match (framing, hedge, booster, ...). {@code term} is the entry as the
     * lexicon's author wrote it without its matching operator ({@link LexiconMatch#term()}), {@code matched} the
     * text it matched in the body, {@code score} the hedge-cue model's probability for a hedge (NaN for matches
     * no model scored).
     */
    record Term(String lexicon, String category, String term, String matched, int start, int end, double score)
            implements Evidence {
        /** A row without a score. */
        public Term(String lexicon, String category, String term, String matched, int start, int end) {
            this(lexicon, category, term, matched, start, end, Double.NaN);
        }

        /** The row of a match of lexicon {@code lexicon} in {@code body}, without a score. */
        public static Term of(String lexicon, LexiconMatch m, String body) {
            return of(lexicon, m, body, Double.NaN);
        }

        /** The row of a scored match of lexicon {@code lexicon} in {@code body}. */
        public static Term of(String lexicon, LexiconMatch m, String body, double score) {
            return new Term(lexicon, m.category(), m.term(), m.matched(body), m.start(), m.end(), score);
        }
    }
}
