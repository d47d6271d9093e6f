package org.sijill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The JVM's heap over the run: the peak of used heap sampled every 20 ms, and the peak of what stayed
 * in use right after collections (the live set). The benchmark itself runs with -Xmx512m.
 */
final class HeapMonitor implements AutoCloseable {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heap-monitor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long peakUsed;

    HeapMonitor() {
        sampler.scheduleAtFixedRate(() -> peakUsed = Math.max(peakUsed,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()), 0, 20, TimeUnit.MILLISECONDS);
    }

    long peakUsedBytes() {
        return peakUsed;
    }

    long peakAfterCollectionBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                total += pool.getCollectionUsage().getUsed();
            }
        }
        return total;
    }

    long maxHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
