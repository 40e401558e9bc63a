package org.presslens.ingest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a read has come through its inputs, in bytes of the files as stored (compressed bytes for gzip): the
 * total is known once the inputs are expanded, before the first record. Written by the reading thread, read by
 * the progress display. Thread-safe.
 */
public final class ReadProgress {
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong finished = new AtomicLong();
    private final AtomicLong current = new AtomicLong();

    /** Bytes of every file to read; -1 until the inputs are expanded. */
    public long totalBytes() {
        return total.get();
    }

    /** Bytes read so far: every finished file whole (read or skipped), and what was read of the current one. */
    public long bytesRead() {
        return finished.get() + current.get();
    }

    /** Share of the bytes read, 0–1, or -1 while the total is unknown or 0. */
    public double fraction() {
        long t = total.get();
        return t <= 0 ? -1 : Math.min(1.0, (double) bytesRead() / t);
    }

    /** Sets the bytes of every file to read (by the reader, or by an engine that reads in slices elsewhere). */
    public void total(long bytes) {
        total.set(bytes);
    }

    void add(long bytes) {
        current.addAndGet(bytes);
    }

    /** A file (or a slice read elsewhere) of {@code bytes} is done with, however much of it was read. */
    public void fileDone(long bytes) {
        finished.addAndGet(bytes);
        current.set(0);
    }
}
