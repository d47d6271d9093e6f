package org.sijill.eventstore;

import org.sijill.shared.ChangeSignal;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CursorEventStreamTest {

    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final ChangeSignal signal = new ChangeSignal();

    private void append(int from, int to) {
        for (int i = from; i < to; i++) {
            storage.appendEvents(GenericEventMessage.asEventMessage("event-" + i));
        }
    }

    @Test
    void readsEveryStoredEventInOrderThenReportsNoneWithoutWaiting() throws Exception {
        append(0, 2500);
        List<Object> read = new ArrayList<>();
        try (CursorEventStream stream = new CursorEventStream(storage, signal, HOUR, null)) {
            while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
                read.add(stream.nextAvailable().getPayload());
            }
        }
        assertThat(read).hasSize(2500).startsWith("event-0", "event-1").endsWith("event-2499");
    }

    @Test
    void continuesFromTheLastEventHandedOutWhenStorageGrows() throws Exception {
        append(0, 3);
        try (CursorEventStream stream = new CursorEventStream(storage, signal, HOUR, null)) {
            TrackedEventMessage<?> first = stream.nextAvailable();
            assertThat(stream.peek().map(m -> (Object) m.getPayload())).contains("event-1");
            stream.nextAvailable();
            stream.nextAvailable();
            assertThat(stream.hasNextAvailable()).isFalse();
            append(3, 5);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-3");
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-4");
            assertThat(first.getPayload()).isEqualTo("event-0");
        }
    }

    @Test
    void aLocalCommitWakesAWaitingReaderBeforeItsPollInterval() throws Exception {
        try (CursorEventStream stream = new CursorEventStream(storage, signal, HOUR, null)) {
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return stream.hasNextAvailable(1, TimeUnit.HOURS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            append(0, 1);
            signal.changed();
            assertThat(waiting.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-0");
        }
    }

    @Test
    void withoutCommitsAReaderWaitsAtMostItsTimeout() throws Exception {
        try (CursorEventStream stream = new CursorEventStream(storage, signal, HOUR, null)) {
            assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(stream.peek()).isEmpty();
        }
    }
}
