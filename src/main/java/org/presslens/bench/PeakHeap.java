package org.presslens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use as benchmarks report it: the sum of every heap pool's peak since the last {@link #reset()}.
 * The pools peak at different moments, so the sum is an upper bound of the true peak.
 */
public final class PeakHeap {
    private PeakHeap() {
    }

    /** Starts a new measurement (after a GC, so earlier garbage does not count). */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of heap pool peaks in bytes. */
    public static long bytes() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The maximum heap the JVM may use ({@code -Xmx}), in MiB. */
    public static long maxMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
