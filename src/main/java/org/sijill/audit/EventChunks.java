package org.sijill.audit;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;

/**
 * The event store up to a head, read and deserialised on a thread of its own in chunks, so that a replay
 * writes one chunk while the next is being read. At most {@code capacity} chunks wait in memory.
 */
final class EventChunks implements AutoCloseable {

    /** One event's payload and its global index. */
    record Event(Object payload, long index) {
    }

    private final BlockingQueue<List<Event>> queue;
    private final List<Event> end = new ArrayList<>();
    private final Thread reader;
    private volatile Throwable failure;

    EventChunks(EventStorageEngine events, long head, int chunkSize, int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
        reader = new Thread(() -> read(events, head, chunkSize), "replay-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(EventStorageEngine events, long head, int chunkSize) {
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> it = stream.iterator();
            List<Event> chunk = new ArrayList<>(chunkSize);
            while (it.hasNext()) {
                TrackedEventMessage<?> event = it.next();
                long index = event.trackingToken().position().orElse(-1);
                if (index > head) {
                    break;
                }
                chunk.add(new Event(event.getPayload(), index));
                if (chunk.size() == chunkSize) {
                    queue.put(chunk);
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                queue.put(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            try {
                queue.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next chunk in index order, or null once every event up to the head has been handed out. */
    List<Event> next() throws InterruptedException {
        List<Event> chunk = queue.take();
        if (chunk == end) {
            if (failure != null) {
                throw new IllegalStateException("reading the event store failed", failure);
            }
            return null;
        }
        return chunk;
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
