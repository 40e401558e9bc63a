package org.presslens.analysis;

import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each per-article stage of a run, summed over the threads that ran it: the per-article stages run
 * interleaved on the worker threads (and reading on the thread that feeds them), so each call is timed with
 * {@link System#nanoTime()} on its own thread and the elapsed times are added up. A sum is thread time, not CPU
 * time (a thread waiting for a core or a lock counts) and not wall time (two threads give up to twice the wall
 * time). Thread-safe.
 */
public final class StageTimes {
    /** The per-article stages, each a key of {@code run.json}'s {@code stages} object. */
    public enum Stage {
        /** Reading the input (next record) and cleaning it (boilerplate, metadata, length check). */
        READ_CLEAN("read_clean_thread_seconds"),
        /** Text analysis and every feature extractor. */
        FEATURES("features_thread_seconds"),
        /** Applying the label models. */
        MODELS("models_thread_seconds");

        private final String key;

        Stage(String key) {
            this.key = key;
        }

        /** The key in {@code run.json}'s {@code stages}. */
        public String key() {
            return key;
        }
    }

    /** Times that are not recorded (for callers that do not ask for them). */
    public static final StageTimes NONE = new StageTimes(false);

    private final LongAdder[] nanos = new LongAdder[Stage.values().length];
    private final boolean recording;

    /** Empty times, recording. */
    public StageTimes() {
        this(true);
    }

    private StageTimes(boolean recording) {
        this.recording = recording;
        for (int k = 0; k < nanos.length; k++) {
            nanos[k] = new LongAdder();
        }
    }

    /** Adds the time since {@code startNanos} ({@link System#nanoTime()}) to {@code stage}; returns now. */
    public long addSince(Stage stage, long startNanos) {
        long now = System.nanoTime();
        if (recording) {
            nanos[stage.ordinal()].add(Math.max(0, now - startNanos));
        }
        return now;
    }

    /** Adds {@code n} nanoseconds to {@code stage} (times recorded elsewhere, such as by a Spark task). */
    public void add(Stage stage, long n) {
        if (recording) {
            nanos[stage.ordinal()].add(n);
        }
    }

    /** Nanoseconds recorded for {@code stage} so far, summed over threads. */
    public long nanos(Stage stage) {
        return nanos[stage.ordinal()].sum();
    }

    /** Seconds recorded for {@code stage} so far, summed over threads. */
    public double seconds(Stage stage) {
        return nanos[stage.ordinal()].sum() / 1e9;
    }
}
