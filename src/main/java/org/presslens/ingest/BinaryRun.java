package org.presslens.ingest;

/**
 * Folds consecutive binary lines or records of a line format (JSONL, CSV) into one skip row, so that damaged
 * stretches cost only themselves and a file that is binary throughout gives one row for the whole file.
 */
final class BinaryRun {
    private long from;
    private long to;
    private String reason;
    private boolean text;
    private Decoding.Verdict file = Decoding.Verdict.TEXT;

    /** The binary test of the file's first bytes, which words the row when the whole file is binary. */
    void fileVerdict(Decoding.Verdict v) {
        file = v;
    }

    /** Notes a line or record that is text (once one is, the file is not "a binary file"). */
    void text() {
        text = true;
    }

    /** Adds the binary lines {@code [first, last]} with the record-level reason of their verdict. */
    void add(long first, long last, Decoding.Verdict verdict) {
        if (reason == null) {
            from = first;
            reason = verdict.reason(false);
        }
        to = last;
    }

    boolean pending() {
        return reason != null;
    }

    /**
     * The row for the pending run, which is then cleared: the whole file ({@code "binary file, not text"}) when the
     * input ended and no line was text, else {@code "line N"} or {@code "lines N-M"}.
     */
    Produced.Bad take(boolean atEnd) {
        Produced.Bad b;
        if (atEnd && !text) {
            b = new Produced.Bad("", file != Decoding.Verdict.TEXT ? file.reason(true)
                    : reason.replace("binary record", "binary file"));
        } else {
            b = new Produced.Bad(from == to ? "line " + from : "lines " + from + "-" + to, reason);
        }
        reason = null;
        return b;
    }
}
