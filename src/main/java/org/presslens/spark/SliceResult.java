package org.presslens.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What the task of one slice returns to the driver.
 *
 * @param index      the slice's place in the plan
 * @param slots      its items in input order
 * @param stageNanos thread nanoseconds of the task's per-article stages, by {@code StageTimes.Stage} ordinal
 */
record SliceResult(int index, List<Slot> slots, long[] stageNanos) implements Serializable {
    private static final long serialVersionUID = 1L;
}
