package org.sijill.replica;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Where the primary's write-ahead log is and how far the replica has replayed it. A position is PostgreSQL's
 * {@code pg_lsn} text ({@code 16/B374D848}); positions are compared by PostgreSQL. Waiting polls the replica every
 * 10 ms: PostgreSQL 17 has no call that blocks until a position is replayed.
 */
@Component
@ConditionalOnExpression("!'${chronology.read-replica.url:}'.isBlank()")
class Replication {

    static final Pattern POSITION = Pattern.compile("[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}");
    private static final Logger log = LoggerFactory.getLogger(Replication.class);

    private final JdbcTemplate primary;
    private final JdbcTemplate replica;
    private final ReplicaProperties properties;
    private final Clock clock;
    /** Each user's last write on this node (other nodes' writes come back as the client's cookie or header). */
    private final Map<String, String> lastWrite = new ConcurrentHashMap<>();
    private volatile Instant restUntil = Instant.MIN;

    Replication(DataSource dataSource, ReplicaProperties properties, Clock clock) {
        ReadRoute route = (ReadRoute) dataSource;
        this.primary = new JdbcTemplate(route.primary());
        this.replica = new JdbcTemplate(route.replica());
        this.replica.setQueryTimeout(2);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The primary's current insert position: after the commit record of every write committed before the call, even
     * with {@code synchronous_commit} off (the write position, {@code pg_current_wal_lsn()}, can then be before it).
     */
    String written(@Nullable String user) {
        String position = primary.queryForObject("SELECT pg_current_wal_insert_lsn()::text", String.class);
        if (user != null && position != null) {
            lastWrite.merge(user, position, (a, b) -> b);
        }
        return position;
    }

    @Nullable String lastWriteOf(@Nullable String user) {
        return user == null ? null : lastWrite.get(user);
    }

    /**
     * Whether the replica may answer a read that must see {@code after} (empty: no write of its own): once it has
     * replayed them all, waiting at most {@code max-wait}; false when it lags longer, or fails, and then it rests.
     */
    boolean replicaServes(Collection<String> after) {
        if (clock.instant().isBefore(restUntil)) {
            return false;
        }
        Instant deadline = clock.instant().plus(properties.maxWait());
        try {
            while (true) {
                if (replayed(after)) {
                    return true;
                }
                if (!clock.instant().isBefore(deadline)) {
                    return false;
                }
                Thread.sleep(10);
            }
        } catch (DataAccessException e) {
            restUntil = clock.instant().plus(properties.rest());
            log.warn("The replica did not answer ({}); reads go to the primary for {}", e.getMostSpecificCause()
                    .getMessage(), properties.rest());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * True when the replica has replayed every position (for none: when it answers at all); a server that is not in
     * recovery is no replica, and is refused as a failure is.
     */
    private boolean replayed(Collection<String> after) {
        StringBuilder sql = new StringBuilder("SELECT pg_is_in_recovery(), true");
        for (int i = 0; i < after.size(); i++) {
            sql.append(" AND pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn)");
        }
        boolean[] row = replica.queryForObject(sql.toString(), (rs, n) -> new boolean[]{rs.getBoolean(1),
                rs.getBoolean(2)}, after.toArray());
        if (row == null || !row[0]) {
            throw new org.springframework.dao.DataAccessResourceFailureException("it is not in recovery: not a replica");
        }
        return row[1];
    }
}
