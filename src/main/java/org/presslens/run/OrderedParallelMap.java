package org.presslens.run;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Applies a function to a stream of items on N worker threads and hands the results to a consumer in
 * input order, keeping at most a fixed number of items in flight, and optionally items of at most a fixed total
 * weight (their size: a few large items waiting behind a slow one then do not fill the memory), so memory does not
 * grow with the input. The consumer runs on the calling thread; so does an optional {@link Waiting} listener, told every
 * second while the next result in order is not ready (one slow item holds back the output behind it).
 *
 * @param <I> input item type
 * @param <O> result type
 */
public final class OrderedParallelMap<I, O> {
    /** How often a {@link Waiting} listener hears about the item the output waits for. */
    static final Duration WAIT_REPORT = Duration.ofSeconds(1);

    /** Told, on the calling thread, which item the ordered output is waiting for. */
    @FunctionalInterface
    public interface Waiting<I> {
        /**
         * @param item    the next item in input order, whose result is not ready
         * @param running how long a worker has been on it (zero while it waits for a worker)
         */
        void waiting(I item, Duration running);
    }

    private final int threads;
    private final int window;
    private final ToLongFunction<I> weight;
    private final long maxWeight;

    /**
     * @param threads worker threads (at least 1)
     * @param window  maximum items in flight; at least {@code threads}
     */
    public OrderedParallelMap(int threads, int window) {
        this(threads, window, item -> 0, Long.MAX_VALUE);
    }

    private OrderedParallelMap(int threads, int window, ToLongFunction<I> weight, long maxWeight) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.window = Math.max(window, threads);
        this.weight = weight;
        this.maxWeight = maxWeight;
    }

    /**
     * The same map, also keeping the items in flight under a total {@code weight} of {@code maxWeight} (an item
     * heavier than that alone still goes through, on its own).
     */
    public OrderedParallelMap<I, O> withMaxWeight(ToLongFunction<I> weight, long maxWeight) {
        return new OrderedParallelMap<>(threads, window, weight, maxWeight);
    }

    /** Runs {@code fn} over every item of {@code input}; results reach {@code sink} in input order. */
    public void run(Iterator<I> input, Function<I, O> fn, Consumer<O> sink) {
        run(input, fn, sink, (item, running) -> { });
    }

    /** {@link #run(Iterator, Function, Consumer)}, telling {@code waiting} what the output waits for. */
    public void run(Iterator<I> input, Function<I, O> fn, Consumer<O> sink, Waiting<I> waiting) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "presslens-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
        ArrayDeque<Task<I, O>> inFlight = new ArrayDeque<>(window);
        long inFlightWeight = 0;
        try {
            while (input.hasNext()) {
                Task<I, O> task = new Task<>(input.next(), fn, weight);
                while (!inFlight.isEmpty() && inFlightWeight + task.weight > maxWeight) {
                    Task<I, O> head = inFlight.removeFirst();
                    inFlightWeight -= head.weight;
                    sink.accept(await(head, waiting));
                }
                task.future = pool.submit(task);
                inFlight.addLast(task);
                inFlightWeight += task.weight;
                if (inFlight.size() >= window) {
                    Task<I, O> head = inFlight.removeFirst();
                    inFlightWeight -= head.weight;
                    sink.accept(await(head, waiting));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst(), waiting));
            }
        } finally {
            inFlight.forEach(t -> t.future.cancel(true));
            pool.shutdownNow();
        }
    }

    /** One item's work, with its weight and when a worker started it. */
    private static final class Task<I, O> implements Callable<O> {
        final I item;
        final Function<I, O> fn;
        final long weight;
        volatile long startedNanos;
        volatile boolean started;
        Future<O> future;

        Task(I item, Function<I, O> fn, ToLongFunction<I> weight) {
            this.item = item;
            this.fn = fn;
            this.weight = weight.applyAsLong(item);
        }

        @Override
        public O call() {
            startedNanos = System.nanoTime();
            started = true;
            return fn.apply(item);
        }

        Duration running() {
            return started ? Duration.ofNanos(System.nanoTime() - startedNanos) : Duration.ZERO;
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

    private static <I, O> O await(Task<I, O> task, Waiting<I> waiting) {
        try {
            while (true) {
                try {
                    return task.future.get(WAIT_REPORT.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    waiting.waiting(task.item, task.running());
                }
            }
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
