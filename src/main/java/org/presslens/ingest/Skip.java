package org.presslens.ingest;

/**
 * An input or record that was not analysed, with a reason a person can act on.
 *
 * @param source the input file (or path) concerned
 * @param record the line or record, or empty for the whole file
 * @param reason why it was skipped, e.g. {@code "malformed JSON: Unexpected end-of-input"}
 */
public record Skip(String source, String record, String reason) implements InputItem {
}
