package org.sijill.audit;

import java.time.Instant;

/**
 * Progress and outcome of a replay (CONTRACT.md GET /audit/replay), as stored for every node and across
 * restarts. {@code rebuiltAt}: when every projection had been rebuilt, before the comparison with the live
 * ones, which ends at {@code finishedAt}. {@code repair}: the replay was asked to replace the live read
 * model even if it differs; {@code swapped}: the rebuilt read model was put in place (it matched, or a
 * repair was asked for).
 */
public record ReplayStatus(State state, long processed, long total, @org.jspecify.annotations.Nullable Boolean matchesLive,
                           @org.jspecify.annotations.Nullable Instant startedAt, @org.jspecify.annotations.Nullable Instant rebuiltAt, @org.jspecify.annotations.Nullable Instant finishedAt,
                           @org.jspecify.annotations.Nullable String detail, boolean repair, boolean swapped) {

    public enum State { IDLE, RUNNING, DONE, FAILED }
}
