package org.sijill.record;

import org.axonframework.eventhandling.TrackingToken;
import org.sijill.shared.ChangeSignal;
import org.sijill.shared.TokenCommits;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fact-versions tokens this node has committed, per segment, so that a write can wait for its event
 * to be projected without polling the token table. A segment this node does not process is unknown here;
 * {@link ReadModelSync} then falls back to the token table.
 */
@Component
class ReadModelProgress implements TokenCommits {

    private final Map<Integer, TrackingToken> committed = new HashMap<>();
    private final ChangeSignal signal = new ChangeSignal();

    @Override
    public synchronized void committed(String processorName, int segment, Object token) {
        if (FactVersionProjection.GROUP.equals(processorName) && token instanceof TrackingToken tracking) {
            committed.put(segment, tracking);
            signal.changed();
        }
    }

    @Override
    public synchronized void released(String processorName, int segment) {
        if (FactVersionProjection.GROUP.equals(processorName)) {
            committed.remove(segment);
            signal.changed();
        }
    }

    long changes() {
        return signal.changes();
    }

    /** Whether this node's committed tokens of all the given segments cover the event at {@code index}. */
    synchronized boolean covers(Set<Integer> segments, long index) {
        return !segments.isEmpty() && segments.stream().allMatch(segment -> {
            TrackingToken token = committed.get(segment);
            return token != null && ReadModelSync.covers(token, index);
        });
    }

    /** Waits until a change after {@code seen} or until {@code nanos} have passed. */
    void awaitAfter(long seen, long nanos) throws InterruptedException {
        signal.awaitAfter(seen, nanos);
    }
}
