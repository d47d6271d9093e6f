package org.sijill.shared;

import java.util.concurrent.TimeUnit;

/**
 * A count of changes that threads can wait on: read {@link #changes()}, look at the state, and if it is not
 * yet what you need, {@link #awaitAfter} the count you read, so that no change in between is missed.
 */
public final class ChangeSignal {

    private long changes;

    public synchronized void changed() {
        changes++;
        notifyAll();
    }

    public synchronized long changes() {
        return changes;
    }

    /** Waits until a change after {@code seen} is signalled or {@code nanos} have passed. */
    public synchronized void awaitAfter(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        long remaining = nanos;
        while (changes == seen && remaining > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
            remaining = deadline - System.nanoTime();
        }
    }
}
