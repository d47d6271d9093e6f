package org.sijill.eventstore;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CursorEventStoreTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final CursorEventStore store = new CursorEventStore(EmbeddedEventStore.builder().storageEngine(storage), 100);

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Fact", aggregate, sequence, aggregate + "-" + sequence);
    }

    private List<Object> read(String aggregate) {
        List<Object> payloads = new ArrayList<>();
        DomainEventStream stream = store.readEvents(aggregate);
        stream.forEachRemaining(e -> payloads.add(e.getPayload()));
        return payloads;
    }

    @Test
    void anAggregateLoadedInsideAUnitOfWorkSeesTheEventsStagedByItAndItsParents() {
        store.publish(event("b", 0));
        UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(null);
        for (int i = 0; i < 500; i++) {
            store.publish(event("x" + i, 0));
        }
        store.publish(event("a", 0));
        UnitOfWork<?> nested = DefaultUnitOfWork.startAndGet(null);
        store.publish(event("a", 1));

        assertThat(read("a")).containsExactly("a-0", "a-1");
        assertThat(read("b")).containsExactly("b-0");

        nested.commit();
        assertThat(read("a")).as("the nested unit's events now staged in the root").containsExactly("a-0", "a-1");
        root.rollback();
        assertThat(read("a")).as("nothing of a rolled back unit is stored").isEmpty();
    }
}
