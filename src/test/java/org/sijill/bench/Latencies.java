package org.sijill.bench;

import java.util.Arrays;

/** Collected latencies in microseconds, with percentiles, and the sizes of the answers timed. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;
    private long bytes;
    private long maxBytes;

    /** The bytes of one timed round's answers (all of a view's requests together). */
    synchronized void addBytes(long roundBytes) {
        bytes += roundBytes;
        maxBytes = Math.max(maxBytes, roundBytes);
    }

    /** The mean bytes of a timed round's answers, uncompressed (the benchmark's client asks for no compression). */
    synchronized long meanBytes() {
        return size == 0 ? 0 : bytes / size;
    }

    synchronized long maxBytes() {
        return maxBytes;
    }

    synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1000.0;
    }
}
