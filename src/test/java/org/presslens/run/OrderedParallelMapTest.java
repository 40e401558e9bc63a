package org.presslens.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelMapTest {

    @Test
    void resultsArriveInInputOrderWhateverTheThreadCount() {
        List<Integer> input = IntStream.range(0, 2000).boxed().toList();
        for (int threads : new int[] {1, 2, 4}) {
            List<Integer> out = new ArrayList<>();
            new OrderedParallelMap<Integer, Integer>(threads, 8).run(input.iterator(), i -> {
                if (ThreadLocalRandom.current().nextInt(10) == 0) {
                    Thread.onSpinWait();
                }
                return i * 2;
            }, out::add);
            assertEquals(input.stream().map(i -> i * 2).toList(), out, "threads=" + threads);
        }
    }

    @Test
    void aFailingTaskPropagatesItsException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new OrderedParallelMap<Integer, Integer>(2, 4).run(List.of(1, 2, 3).iterator(), i -> {
                    if (i == 2) {
                        throw new IllegalArgumentException("boom " + i);
                    }
                    return i;
                }, x -> { }));
        assertEquals("boom 2", e.getMessage());
    }

    @Test
    void theItemTheOutputWaitsForIsReportedWhileItRuns() {
        List<String> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> out = new ArrayList<>();
        new OrderedParallelMap<Integer, Integer>(2, 8).run(List.of(1, 2, 3, 4).iterator(), i -> {
            if (i == 2) {
                sleep(2500);
            }
            return i;
        }, out::add, (item, running) -> waits.add(item + (running.isZero() ? " queued" : " running")));
        assertEquals(List.of(1, 2, 3, 4), out);
        assertTrue(waits.contains("2 running"), waits.toString());
        assertTrue(waits.stream().allMatch(w -> w.startsWith("2 ")), waits.toString());
    }

    @Test
    void itemsInFlightStayUnderTheirMaximumWeight() {
        java.util.concurrent.atomic.AtomicInteger pulled = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Iterator<Integer> input = new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < 20;
            }

            @Override
            public Integer next() {
                pulled.incrementAndGet();
                return next++;
            }
        };
        List<Integer> pulledAtSink = new ArrayList<>();
        new OrderedParallelMap<Integer, Integer>(2, 8).withMaxWeight(i -> 10, 35).run(input, i -> {
            if (i == 0) {
                sleep(500);
            }
            return i;
        }, i -> pulledAtSink.add(pulled.get()));
        // behind the slow first item: three items of weight 10 in flight, and the fourth read and waiting
        assertEquals(4, pulledAtSink.get(0));
        assertEquals(20, pulledAtSink.size());
    }

    @Test
    void rejectsZeroThreads() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedParallelMap<Integer, Integer>(0, 4));
    }

    @Test
    void streamDeliversResultsInOrderAndPropagatesFailures() {
        List<Integer> input = IntStream.range(0, 500).boxed().toList();
        try (var s = new OrderedParallelMap<Integer, Integer>(2, 4).stream(input.iterator(), i -> i + 1)) {
            assertEquals(input.stream().map(i -> i + 1).toList(), s.toList());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            try (var s = new OrderedParallelMap<Integer, Integer>(2, 4).stream(input.iterator(), i -> {
                if (i == 7) {
                    throw new IllegalArgumentException("bad " + i);
                }
                return i;
            })) {
                s.forEach(x -> { });
            }
        });
        assertEquals("bad 7", e.getMessage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
