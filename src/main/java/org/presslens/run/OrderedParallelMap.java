package org.presslens.run;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Applies a function to a stream of items on N worker threads and hands the results to a consumer in
 * input order, keeping at most a fixed number of items in flight (so memory does not grow with the
 * input). The consumer runs on the calling thread.
 *
 * @param <I> input item type
 * @param <O> result type
 */
public final class OrderedParallelMap<I, O> {
    private final int threads;
    private final int window;

    /**
     * @param threads worker threads (at least 1)
     * @param window  maximum items in flight; at least {@code threads}
     */
    public OrderedParallelMap(int threads, int window) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.window = Math.max(window, threads);
    }

    /** Runs {@code fn} over every item of {@code input}; results reach {@code sink} in input order. */
    public void run(Iterator<I> input, Function<I, O> fn, Consumer<O> sink) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "presslens-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
        ArrayDeque<Future<O>> inFlight = new ArrayDeque<>(window);
        try {
            while (input.hasNext()) {
                I item = input.next();
                inFlight.addLast(pool.submit(() -> fn.apply(item)));
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.removeFirst()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    /**
     * The same as {@link #run}, pulled as a stream: a background thread feeds the results, in input order,
     * through a bounded queue. {@code fn} must not return null. Closing the stream stops the work.
     */
    public Stream<O> stream(Iterator<I> input, Function<I, O> fn) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(window);
        Object end = new Object();
        Thread producer = new Thread(() -> {
            try {
                run(input, fn, o -> put(queue, o));
                put(queue, end);
            } catch (RuntimeException | Error e) {
                put(queue, new Failure(e));
            }
        }, "presslens-stream");
        producer.setDaemon(true);
        producer.start();
        Iterator<O> it = new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }
                if (next instanceof Failure f) {
                    next = end;
                    if (f.cause() instanceof Error err) {
                        throw err;
                    }
                    throw (RuntimeException) f.cause();
                }
                return next != end;
            }

            @Override
            @SuppressWarnings("unchecked")
            public O next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                O o = (O) next;
                next = null;
                return o;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(producer::interrupt);
    }

    private record Failure(Throwable cause) {
    }

    private static void put(BlockingQueue<Object> queue, Object o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static <O> O await(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
