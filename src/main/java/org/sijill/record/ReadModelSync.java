package org.sijill.record;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Read-your-writes: waits until the fact-versions read model has committed every event up to a global
 * index. Tokens are committed in the same transaction as the projection's rows. When this node processes
 * every segment, it learns of each commit at once ({@link ReadModelProgress}); otherwise (another node
 * processes) it reads the committed tokens from token_entry every {@code STORAGE_POLL}.
 */
@Service
public class ReadModelSync {

    private static final long STORAGE_POLL = Duration.ofMillis(20).toNanos();

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final ReadModelProgress progress;
    /** The segments of the processor as last read from token_entry. */
    private volatile Set<Integer> segments = Set.of();

    ReadModelSync(JdbcClient jdbc, Serializer serializer, ReadModelProgress progress) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.progress = progress;
    }

    /** The global index of the last stored event, or -1 for an empty store. */
    public long head() {
        return jdbc.sql("SELECT coalesce(max(global_index), -1) FROM domain_event_entry").query(Long.class).single();
    }

    /** The global index of the last stored event of one aggregate, or -1. */
    public long lastIndexOf(String aggregateId) {
        return jdbc.sql("SELECT coalesce(max(global_index), -1) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregateId).query(Long.class).single();
    }

    public void awaitIndex(long globalIndex, Duration timeout) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextStorageCheck = segments.isEmpty() ? System.nanoTime() : System.nanoTime() + STORAGE_POLL;
        while (true) {
            long seen = progress.changes();
            if (globalIndex < 0 || progress.covers(segments, globalIndex)) {
                return;
            }
            long now = System.nanoTime();
            if (now - nextStorageCheck >= 0) {
                if (covered(globalIndex)) {
                    return;
                }
                nextStorageCheck = now + STORAGE_POLL;
            }
            if (now - deadline > 0) {
                throw new TimeoutException("read model has not reached event " + globalIndex + " within " + timeout);
            }
            try {
                progress.awaitAfter(seen, Math.min(nextStorageCheck, deadline) - now);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted while waiting for event " + globalIndex);
            }
        }
    }

    boolean covered(long globalIndex) {
        if (globalIndex < 0) {
            return true;
        }
        List<TrackingToken> tokens = tokens();
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> covers(token, globalIndex));
    }

    /** The highest index every segment of the fact-versions processor has committed; -1 before any. */
    public long position() {
        List<TrackingToken> tokens = tokens();
        if (tokens.isEmpty() || tokens.contains(null)) {
            return -1;
        }
        return tokens.stream().mapToLong(t -> {
            TrackingToken current = t instanceof ReplayToken replay ? replay.getCurrentToken() : t;
            return current == null ? -1 : current.position().orElse(-1);
        }).min().orElse(-1);
    }

    public String processorName() {
        return FactVersionProjection.GROUP;
    }

    private List<TrackingToken> tokens() {
        Map<Integer, TrackingToken> bySegment = new HashMap<>();
        jdbc.sql("SELECT segment, token, token_type FROM token_entry WHERE processor_name = :name")
                .param("name", FactVersionProjection.GROUP)
                .query(rs -> {
                    bySegment.put(rs.getInt("segment"), token(rs.getBytes("token"), rs.getString("token_type")));
                });
        segments = Set.copyOf(bySegment.keySet());
        return new ArrayList<>(bySegment.values());
    }

    private TrackingToken token(byte[] data, String type) {
        if (data == null || type == null) {
            return null;
        }
        SerializedType serializedType = new SimpleSerializedType(type, null);
        return serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, serializedType));
    }

    static boolean covers(TrackingToken token, long index) {
        TrackingToken current = token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= index && !gapAware.getGaps().contains(index);
        }
        return current != null && current.position().orElse(-1) >= index;
    }
}
