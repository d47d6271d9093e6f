package org.sijill.eventstore;

import org.sijill.shared.ChangeSignal;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded event store with two changes. Every tracking reader gets its own {@link CursorEventStream}.
 * Axon's shared read-ahead (optimizeEventConsumption) let its producer run ahead of a slow reader and keep
 * every event in between reachable: a read model restarted a million events behind exhausted a 512 MiB heap
 * (bench/run.sh --facts 1000000). Own cursors cost one query per batch and per idle poll instead.
 * And the events staged in the current unit of work are gathered in linear time: Axon's version tests each
 * against the list gathered so far, so loading an aggregate inside a bulk import of n events cost n²/2
 * comparisons (a fifth of the import's time at 1,000 events per transaction).
 */
final class CursorEventStore extends EmbeddedEventStore {

    /** The key under which {@code AbstractEventBus} stages a unit of work's events (its own formula). */
    private final String eventsKey = this + "_EVENTS";
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
    protected List<EventMessage<?>> queuedMessages() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Collections.emptyList();
        }
        Deque<UnitOfWork<?>> outermostFirst = new ArrayDeque<>();
        for (UnitOfWork<?> unit = CurrentUnitOfWork.get(); unit != null; unit = unit.parent().orElse(null)) {
            outermostFirst.push(unit);
        }
        List<EventMessage<?>> queued = new ArrayList<>();
        Set<String> identifiers = new HashSet<>();
        for (UnitOfWork<?> unit : outermostFirst) {
            if (!unit.isRolledBack()) {
                List<EventMessage<?>> staged = unit.getOrDefaultResource(eventsKey, Collections.emptyList());
                for (EventMessage<?> event : staged) {
                    if (identifiers.add(event.getIdentifier())) {
                        queued.add(event);
                    }
                }
            }
        }
        return queued;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        signal.changed();
    }
}
