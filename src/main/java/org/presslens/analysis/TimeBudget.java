package org.presslens.analysis;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.presslens.core.Cancellation;

/**
 * A time budget for the work on one record. {@link #run} does the work on the calling thread; when it is still
 * running after the budget (counted from the start of that call, for every call in flight on any thread), a timer
 * interrupts the thread, so that the work stops at its next {@link Cancellation#check()}, and {@code run} returns
 * the fallback instead of the result. The interrupt flag this sets is cleared before {@code run} returns, so the
 * thread can take its next record. Thread-safe; one timer thread per budget, started on demand and ended when idle.
 */
public final class TimeBudget {
    private final Duration limit;
    private final ScheduledThreadPoolExecutor timer;

    /** A budget of {@code limit} (positive) per call. */
    public TimeBudget(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time budget must be positive, got " + limit);
        }
        this.limit = limit;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "presslens-time-budget");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(1, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /** The budget per call. */
    public Duration limit() {
        return limit;
    }

    /**
     * Runs {@code work}; returns {@code overBudget.get()} instead when the budget ran out before the work ended
     * (whether the work then stopped with an exception or finished anyway). Other failures propagate.
     */
    public <T> T run(Supplier<T> work, Supplier<T> overBudget) {
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> timeout = timer.schedule(alarm::ring, limit.toNanos(), TimeUnit.NANOSECONDS);
        T result = null;
        RuntimeException failed = null;
        Error error = null;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            failed = e;
        } catch (Error e) {
            error = e;
        }
        timeout.cancel(false);
        if (alarm.stop()) {
            Thread.interrupted(); // the alarm's interrupt, not someone else's: clear it for the next record
            return overBudget.get();
        }
        if (failed != null) {
            throw failed;
        }
        if (error != null) {
            throw error;
        }
        return result;
    }

    /** Interrupts one thread once, unless stopped first. */
    private static final class Alarm {
        private final Thread thread;
        private boolean stopped;
        private boolean rang;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        synchronized void ring() {
            if (!stopped) {
                rang = true;
                thread.interrupt();
            }
        }

        /** Stops the alarm; true when it rang. */
        synchronized boolean stop() {
            stopped = true;
            return rang;
        }
    }
}
