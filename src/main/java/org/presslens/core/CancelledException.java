package org.presslens.core;

/** Thrown by {@link Cancellation#check()} when the work on a record was cancelled (its thread interrupted). */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled: the thread was interrupted", null, false, false);
    }
}
