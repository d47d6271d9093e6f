package org.sijill.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The replay's status as one row of replay_status: every node reads the same, and a restart keeps it. A
 * RUNNING replay whose node stopped beating its heart for {@link #STALE} reads as FAILED ("interrupted"),
 * and another may start; only one runs at a time, across nodes (the start is one conditional update).
 */
@Component
class ReplayStatusStore {

    static final Duration STALE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    ReplayStatusStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ReplayStatus read() {
        return jdbc.sql("SELECT * FROM replay_status WHERE id = 1").query((rs, n) -> status(rs)).single();
    }

    /** Claims the replay for this node unless one is running; answers whether it did. */
    boolean start(String node, boolean repair) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE replay_status SET state = 'RUNNING', processed = 0, total = 0, matches_live = NULL,
                            repair = :repair, swapped = false, started_at = :now, rebuilt_at = NULL, finished_at = NULL,
                            heartbeat_at = :now, node = :node, detail = NULL
                        WHERE id = 1 AND (state <> 'RUNNING' OR heartbeat_at < :stale)""")
                .param("repair", repair).param("now", Timestamp.from(now)).param("node", node)
                .param("stale", Timestamp.from(now.minus(STALE))).update() == 1;
    }

    void progress(long processed, long total) {
        jdbc.sql("UPDATE replay_status SET processed = :p, total = :t, heartbeat_at = :now WHERE id = 1")
                .param("p", processed).param("t", total).param("now", Timestamp.from(clock.instant())).update();
    }

    void rebuilt() {
        jdbc.sql("UPDATE replay_status SET rebuilt_at = :now, heartbeat_at = :now WHERE id = 1")
                .param("now", Timestamp.from(clock.instant())).update();
    }

    void finish(ReplayStatus.State state, Boolean matches, boolean swapped, String detail) {
        jdbc.sql("""
                        UPDATE replay_status SET state = :state, matches_live = :matches, swapped = :swapped,
                            finished_at = :now, heartbeat_at = :now, detail = :detail WHERE id = 1""")
                .param("state", state.name()).param("matches", matches).param("swapped", swapped)
                .param("now", Timestamp.from(clock.instant())).param("detail", detail).update();
    }

    private ReplayStatus status(ResultSet rs) throws SQLException {
        ReplayStatus.State state = ReplayStatus.State.valueOf(rs.getString("state"));
        Instant heartbeat = instant(rs, "heartbeat_at");
        String detail = rs.getString("detail");
        if (state == ReplayStatus.State.RUNNING && heartbeat != null && heartbeat.isBefore(clock.instant().minus(STALE))) {
            state = ReplayStatus.State.FAILED;
            detail = "interrupted: node " + rs.getString("node") + " stopped during the replay";
        }
        return new ReplayStatus(state, rs.getLong("processed"), rs.getLong("total"),
                (Boolean) rs.getObject("matches_live"), instant(rs, "started_at"), instant(rs, "rebuilt_at"),
                instant(rs, "finished_at"), detail, rs.getBoolean("repair"), rs.getBoolean("swapped"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
