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
 */
public record Attribution(SourceKind kind, String cue, int cueStart, int cueEnd, String source, int sourceStart,
                          int sourceEnd, String resolvedSource, int sentence) {

    /** True when a source phrase was found. */
    public boolean hasSource() {
        return sourceStart >= 0;
    }
}
