package org.presslens.ingest;

/** How the text of a {@link RawDocument} is encoded. */
public enum TextKind {
    /** Plain text, possibly a scrape with boilerplate lines. */
    PLAIN,
    /** An HTML page whose main content is still to be extracted. */
    HTML
}
