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
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Read-your-writes: waits until the fact-versions read model has committed every event up to a global
 * index. It reads the tokens committed in token_entry, which are written in the same transaction as
 * the projection's rows, so it holds whichever node processes the segment.
 */
@Service
public class ReadModelSync {

    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final JdbcClient jdbc;
    private final Serializer serializer;

    ReadModelSync(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
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
        while (!covered(globalIndex)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("read model has not reached event " + globalIndex + " within " + timeout);
            }
            LockSupport.parkNanos(POLL_NANOS);
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
        return jdbc.sql("SELECT token, token_type FROM token_entry WHERE processor_name = :name")
                .param("name", FactVersionProjection.GROUP)
                .query((rs, n) -> token(rs.getBytes("token"), rs.getString("token_type"))).list();
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
