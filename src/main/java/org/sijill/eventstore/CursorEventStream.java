package org.sijill.eventstore;

import org.sijill.shared.ChangeSignal;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A tracking stream with its own cursor over storage: it holds at most one fetched batch, however far behind
 * it starts. When storage has nothing newer it waits for a local commit, or polls every {@code pollNanos}
 * for commits of other nodes, then asks storage again from the last token it handed out.
 */
final class CursorEventStream implements TrackingEventStream {

    private final EventStorageEngine storage;
    private final ChangeSignal signal;
    private final long pollNanos;
    private TrackingToken lastToken;
    private Stream<? extends TrackedEventMessage<?>> stream;
    private Iterator<? extends TrackedEventMessage<?>> events;
    private TrackedEventMessage<?> peeked;

    CursorEventStream(EventStorageEngine storage, ChangeSignal signal, long pollNanos, TrackingToken start) {
        this.storage = storage;
        this.signal = signal;
        this.pollNanos = pollNanos;
        this.lastToken = start;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return Optional.ofNullable(hasNextAvailable() ? peeked : null);
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (peeked == null) {
            long seen = signal.changes();
            if (events == null) {
                stream = storage.readEvents(lastToken, false);
                events = stream.iterator();
            }
            if (events.hasNext()) {
                peeked = events.next();
                lastToken = peeked.trackingToken();
                return true;
            }
            closeCursor();
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            signal.awaitAfter(seen, Math.min(remaining, pollNanos));
        }
        return true;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
            // waits until storage yields an event
        }
        TrackedEventMessage<?> next = peeked;
        peeked = null;
        return next;
    }

    @Override
    public void close() {
        closeCursor();
    }

    private void closeCursor() {
        if (stream != null) {
            stream.close();
        }
        stream = null;
        events = null;
    }
}
