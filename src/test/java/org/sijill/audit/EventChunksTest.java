package org.sijill.audit;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class EventChunksTest {

    @Test
    void handsOutEveryEventUpToTheHeadInOrderAndInChunks() throws Exception {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        for (int i = 0; i < 7; i++) {
            storage.appendEvents(GenericEventMessage.asEventMessage("event-" + i));
        }
        List<List<Object>> chunks = new ArrayList<>();
        try (EventChunks events = new EventChunks(storage, 4, 2, 1)) {
            for (List<EventChunks.Event> chunk = events.next(); chunk != null; chunk = events.next()) {
                chunks.add(chunk.stream().map(e -> e.payload() + "@" + e.index()).map(Object.class::cast).toList());
            }
        }
        assertThat(chunks).containsExactly(List.of("event-0@0", "event-1@1"), List.of("event-2@2", "event-3@3"),
                List.of("event-4@4"));
    }

    @Test
    void aFailureToReadReachesTheReplay() {
        EventStorageEngine broken = mock(EventStorageEngine.class);
        when(broken.readEvents(any(TrackingToken.class), anyBoolean())).thenThrow(new IllegalStateException("down"));
        when(broken.readEvents((TrackingToken) null, false)).thenThrow(new IllegalStateException("down"));
        try (EventChunks events = new EventChunks(broken, 10, 2, 1)) {
            assertThatThrownBy(events::next).hasMessageContaining("reading the event store failed")
                    .hasRootCauseMessage("down");
        }
    }
}
