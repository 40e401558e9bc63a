package org.presslens.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One piece of work on a daemon thread of its own, alongside work on the common pool (the report reads
 * {@code terms.csv} while the bootstrap runs, and writes its tables while the charts are drawn), and its result
 * or failure taken back as if it had run on the caller's thread.
 */
public final class Background<T> {
    private final CompletableFuture<T> result;

    private Background(CompletableFuture<T> result) {
        this.result = result;
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    public static <T> Background<T> start(String name, Supplier<T> work) {
        return new Background<>(CompletableFuture.supplyAsync(work, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        }));
    }

    /** Work already done: its value. */
    public static <T> Background<T> done(T value) {
        return new Background<>(CompletableFuture.completedFuture(value));
    }

    /** Waits for the work: its value, or its exception or error thrown as the work threw it. */
    public T join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
