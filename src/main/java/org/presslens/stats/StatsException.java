package org.presslens.stats;

/** A run folder's table cannot be read as expected; the message names the file, line and value. */
public final class StatsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StatsException(String message) {
        super(message);
    }

    public StatsException(String message, Throwable cause) {
        super(message, cause);
    }
}
