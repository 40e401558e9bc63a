package org.presslens.clean;

/**
 * The cleaner's decision on one non-blank input line.
 *
 * @param line the line, trimmed, with tabs, no-break spaces and other white space turned into plain spaces
 *             one for one
 * @param kind  why it was kept or removed
 * @param start offset of the line's first character in the text given to
 *              {@link BoilerplateCleaner#classify}; {@code line} has the same length as the input line after
 *              trimming, so {@code start + i} maps any offset {@code i} in the line back to the input
 */
public record LineVerdict(String line, LineKind kind, int start) {
    /** Whether the line stays in the body. */
    public boolean kept() {
        return kind.kept();
    }
}
