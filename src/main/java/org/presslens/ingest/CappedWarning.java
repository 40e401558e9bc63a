package org.presslens.ingest;

import org.slf4j.Logger;

/**
 * Counts the occurrences of one warning about one file: the first {@link #MAX} are logged by the caller, then
 * {@link #finish} logs one line for the rest, so that a hostile file cannot flood the log.
 */
final class CappedWarning {
    /** Occurrences logged one by one. */
    static final int MAX = 10;

    private final Logger log;
    private final String rest;
    private long n;

    /** {@code rest} words the summary line: {@code "<source>: <N> more <rest>"}. */
    CappedWarning(Logger log, String rest) {
        this.log = log;
        this.rest = rest;
    }

    /** Counts one occurrence; true when it is to be logged. */
    boolean next() {
        return ++n <= MAX;
    }

    /** Logs how many occurrences were not logged, if any, and starts counting again. */
    void finish(String source) {
        if (n > MAX) {
            log.warn("{}: {} more {}", source, n - MAX, rest);
        }
        n = 0;
    }
}
