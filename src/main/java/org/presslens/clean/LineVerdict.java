package org.presslens.clean;

/**
 * The cleaner's decision on one non-blank input line.
 *
 * @param line the line with its whitespace normalised (trimmed; runs of spaces, tabs and no-break spaces
 *             collapsed to one space)
 * @param kind why it was kept or removed
 */
public record LineVerdict(String line, LineKind kind) {
    /** Whether the line stays in the body. */
    public boolean kept() {
        return kind.kept();
    }
}
