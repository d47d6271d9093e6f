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
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the primary's write-ahead log is and how far the replica has replayed it. A position is PostgreSQL's
 * {@code pg_lsn} ({@code 16/B374D848}), compared here as the 64-bit number it stands for. Waiting polls the replica
 * every 10 ms: PostgreSQL 17 has no call that blocks until a position is replayed. A replica that answered a probe
 * less than {@value #TRUSTED_MILLIS} ms ago is not probed again for a read that needs no position.
 */
@Component
@ConditionalOnExpression("!'${chronology.read-replica.url:}'.isBlank()")
class Replication {

    private static final Pattern POSITION = Pattern.compile("([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})");
    private static final long TRUSTED_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(Replication.class);

    private final JdbcTemplate primary;
    private final JdbcTemplate replica;
    private final ReplicaProperties properties;
    private final Clock clock;
    private volatile Instant restUntil = Instant.MIN;
    private volatile Instant answeredAt = Instant.MIN;

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
    long primaryPosition() {
        Long position = parse(primary.queryForObject("SELECT pg_current_wal_insert_lsn()::text", String.class));
        return position == null ? 0 : position;
    }

    /**
     * Whether the replica may answer a read that must see position {@code after} (0: nothing of its own): once it has
     * replayed it, waiting at most {@code max-wait}; false when it lags longer, or fails, and then it rests.
     */
    boolean replicaServes(long after) {
        Instant now = clock.instant();
        if (now.isBefore(restUntil)) {
            return false;
        }
        if (after == 0 && now.isBefore(answeredAt.plusMillis(TRUSTED_MILLIS))) {
            return true;
        }
        Instant deadline = now.plus(properties.maxWait());
        try {
            while (true) {
                if (replayed(after)) {
                    answeredAt = clock.instant();
                    return true;
                }
                if (!clock.instant().isBefore(deadline)) {
                    return false;
                }
                Thread.sleep(10);
            }
        } catch (DataAccessException e) {
            rest(e.getMostSpecificCause().getMessage(), properties.rest());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * True when the replica has replayed the position; a server that is not in recovery is no replica, and is refused
     * as a failure is.
     */
    private boolean replayed(long after) {
        boolean[] row = replica.queryForObject("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn)",
                (rs, n) -> new boolean[]{rs.getBoolean(1), rs.getBoolean(2)}, format(after));
        if (row == null || !row[0]) {
            throw new org.springframework.dao.DataAccessResourceFailureException("it is not in recovery: not a replica");
        }
        return row[1];
    }

    private void rest(String why, Duration duration) {
        restUntil = clock.instant().plus(duration);
        log.warn("The replica did not answer ({}); reads go to the primary for {}", why, duration);
    }

    /** A position's number, or null when the text is not a position. */
    static @Nullable Long parse(@Nullable String text) {
        Matcher m = text == null ? null : POSITION.matcher(text);
        return m == null || !m.matches() ? null : Long.parseLong(m.group(1), 16) << 32 | Long.parseLong(m.group(2), 16);
    }

    static String format(long position) {
        return Long.toHexString(position >>> 32).toUpperCase() + "/" + Long.toHexString(position & 0xFFFFFFFFL).toUpperCase();
    }
}
