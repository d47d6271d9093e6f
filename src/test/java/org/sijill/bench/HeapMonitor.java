package org.sijill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The JVM's heap over the run: the peak of used heap sampled every 20 ms, and the peak of what stayed
 * in use right after collections (the live set). The benchmark itself runs with -Xmx512m.
 */
final class HeapMonitor implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;

    HeapMonitor() {
        sampler = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peakUsed = Math.max(peakUsed, used);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-monitor");
        sampler.setDaemon(true);
        sampler.start();
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
        running = false;
        sampler.interrupt();
    }
}
