package org.sijill.eventstore;

import org.sijill.shared.ChangeSignal;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/**
 * The embedded event store with one change: every tracking reader gets its own {@link CursorEventStream}.
 * Axon's shared read-ahead (optimizeEventConsumption) let its producer run ahead of a slow reader and keep
 * every event in between reachable: a read model restarted a million events behind exhausted a 512 MiB heap
 * (bench/run.sh --facts 1000000). Own cursors cost one query per batch and per idle poll instead.
 */
final class CursorEventStore extends EmbeddedEventStore {

    private final ChangeSignal signal = new ChangeSignal();
    private final long pollNanos;

    CursorEventStore(EmbeddedEventStore.Builder builder, long pollMillis) {
        super(builder.optimizeEventConsumption(false));
        this.pollNanos = pollMillis * 1_000_000L;
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new CursorEventStream(storageEngine(), signal, pollNanos, trackingToken);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        signal.changed();
    }
}
