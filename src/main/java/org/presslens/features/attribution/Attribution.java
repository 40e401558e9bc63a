package org.presslens.features.attribution;

/**
 * One attribution: a cue (a reporting verb or phrase) with the source it attributes to, where one was found.
 *
 * @param kind           the kind of source (see
 *                       {@link SourceKind})
 * @param cue            the cue as written
 * @param cueStart       offset of the cue in the body
 * @param cueEnd         one past the cue
 * @param source         the source phrase as written, or "" when none was found
 * @param sourceStart    offset of the source phrase, or -1
 * @param sourceEnd      one past the source phrase, or -1
 * @param resolvedSource the source to report: a pronoun resolved to the most recent named person before it,
 *                       otherwise the source phrase without its appositive
 * @param sentence       index of the cue's sentence
 * @param score          the cue model's probability that the cue is one ({@link CueModel}), or NaN when no model
 *                       scored it (rule cues, or an analyzer without a model)
 * @param origin         what found the cue: {@value #LEXICON} (a cue-lexicon match), {@value #MODEL} (the cue model,
 *                       outside the lexicon) or {@value #RULE} (the colon, predicate and wire-credit rules)
 */
public record Attribution(SourceKind kind, String cue, int cueStart, int cueEnd, String source, int sourceStart,
                          int sourceEnd, String resolvedSource, int sentence, double score, String origin) {
    /** Origin of a cue-lexicon match. */
    public static final String LEXICON = "lexicon";
    /** Origin of a cue the cue model found outside the lexicon. */
    public static final String MODEL = "model";
    /** Origin of a cue found by a rule (colon, predicate, wire credit). */
    public static final String RULE = "rule";


    /** An attribution no model scored. */
    public Attribution(SourceKind kind, String cue, int cueStart, int cueEnd, String source, int sourceStart,
                       int sourceEnd, String resolvedSource, int sentence) {
        this(kind, cue, cueStart, cueEnd, source, sourceStart, sourceEnd, resolvedSource, sentence, Double.NaN, LEXICON);
    }

    /** The same attribution with the cue model's score. */
    Attribution scored(double p) {
        return new Attribution(kind, cue, cueStart, cueEnd, source, sourceStart, sourceEnd, resolvedSource, sentence, p,
                origin);
    }

    /** The same attribution found by a rule. */
    Attribution byRule() {
        return new Attribution(kind, cue, cueStart, cueEnd, source, sourceStart, sourceEnd, resolvedSource, sentence,
                score, RULE);
    }

    /** True for a cue the cue model found outside the lexicon. */
    public boolean learned() {
        return origin.equals(MODEL);
    }

    /** The same attribution as a cue the model found outside the lexicon, with its score. */
    Attribution learned(double p) {
        return new Attribution(kind, cue, cueStart, cueEnd, source, sourceStart, sourceEnd, resolvedSource, sentence, p,
                MODEL);
    }

    /** True when a source phrase was found. */
    public boolean hasSource() {
        return sourceStart >= 0;
    }
}
