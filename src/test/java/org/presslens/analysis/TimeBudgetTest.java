package org.presslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.presslens.core.Cancellation;

class TimeBudgetTest {
    private final TimeBudget budget = new TimeBudget(Duration.ofMillis(300));

    /** Work that never ends on its own but checks for cancellation, as the analysis's hot loops do. */
    private static String endless() {
        while (true) {
            Cancellation.check();
            Thread.onSpinWait();
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void workOverTheBudgetIsStoppedAndTheThreadIsUsableAgain() {
        assertEquals("over", budget.run(TimeBudgetTest::endless, () -> "over"));
        assertFalse(Thread.currentThread().isInterrupted(), "the budget's interrupt must be cleared");
        assertEquals("done", budget.run(() -> "done", () -> "over"));
    }

    @Test
    void workWithinTheBudgetKeepsItsResultAndItsFailures() {
        assertEquals("done", budget.run(() -> "done", () -> "over"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> budget.run(() -> { throw new IllegalStateException("bug"); }, () -> "over"));
        assertEquals("bug", e.getMessage());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void everyCallInFlightIsTimedFromItsOwnStart() {
        List<String> out = IntStream.range(0, 6).parallel()
                .mapToObj(i -> i % 2 == 0 ? budget.run(TimeBudgetTest::endless, () -> "over " + i)
                        : budget.run(() -> "done " + i, () -> "over " + i))
                .toList();
        assertEquals(List.of("over 0", "done 1", "over 2", "done 3", "over 4", "done 5"), out);
    }

    @Test
    void anInterruptFromSomeoneElseIsNotTakenForTheBudget() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(org.presslens.core.CancelledException.class,
                    () -> budget.run(TimeBudgetTest::endless, () -> "over"));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void rejectsANonPositiveBudget() {
        assertThrows(IllegalArgumentException.class, () -> new TimeBudget(Duration.ZERO));
    }
}
