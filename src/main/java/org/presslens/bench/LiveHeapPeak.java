package org.presslens.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Tracks the peak heap in use after garbage collections (the live data, not garbage awaiting collection)
 * from the JVM's GC notifications, for benchmark figures.
 */
public final class LiveHeapPeak {
    private final AtomicLong peak = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener;

    private LiveHeapPeak() {
        listener = (n, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                    used += u.getUsed();
                }
                peak.accumulateAndGet(used, Math::max);
            }
        };
    }

    /** Starts tracking (after a collection, so that earlier garbage does not count). */
    public static LiveHeapPeak start() {
        System.gc();
        LiveHeapPeak h = new LiveHeapPeak();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(h.listener, null, null);
                h.emitters.add(e);
            }
        }
        return h;
    }

    /** Stops tracking; the peak in bytes (including the heap in use now, after a collection). */
    public long stop() {
        System.gc();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ex) {
                // already removed
            }
        }
        Runtime rt = Runtime.getRuntime();
        return Math.max(peak.get(), rt.totalMemory() - rt.freeMemory());
    }
}
