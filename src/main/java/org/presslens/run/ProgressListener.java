package org.presslens.run;

/** Receives progress of a run from the thread that writes results (the command line draws it). */
public interface ProgressListener {
    /** Called after each input item: totals so far. */
    void progress(long items, long articles, long skipped);

    /**
     * Called about every second while the output waits for one item's result (items are written in input order):
     * the item, and how long it has been analysed so far.
     */
    default void waiting(String item, double runningSeconds) {
    }

    /** Called once when all items are done. */
    default void done() {
    }

    /** A listener that ignores progress. */
    ProgressListener NONE = (items, articles, skipped) -> { };
}
