package org.presslens.core;

/**
 * Cooperative cancellation of the work on one record. When a record runs past its time budget, the thread
 * analysing it is interrupted (see {@code org.presslens.analysis.TimeBudget}); the hot loops of the analysis call
 * {@link #check()} and long regular-expression matches run over {@link #checking(CharSequence)}, so the work
 * stops soon after with a {@link CancelledException}. Reads only the current thread's interrupt flag.
 */
public final class Cancellation {
    private Cancellation() {
    }

    /**
     * @throws CancelledException when the current thread has been interrupted (the flag is left set)
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }

    /** A view of {@code text} whose {@code charAt} calls {@link #check()} every few thousand characters read. */
    public static CharSequence checking(CharSequence text) {
        return text instanceof CheckedText ? text : new CheckedText(text);
    }
}
