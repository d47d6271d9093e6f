package org.sijill.audit;

import java.time.Instant;

/**
 * Progress and outcome of a replay (CONTRACT.md GET /audit/replay). {@code rebuiltAt}: when every projection
 * had been rebuilt, before the comparison with the live ones, which ends at {@code finishedAt}.
 */
public record ReplayStatus(State state, long processed, long total, Boolean matchesLive, Instant startedAt,
                           Instant rebuiltAt, Instant finishedAt, String detail) {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    static ReplayStatus idle() {
        return new ReplayStatus(State.IDLE, 0, 0, null, null, null, null, null);
    }
}
