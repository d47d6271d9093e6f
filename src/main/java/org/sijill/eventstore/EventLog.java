package org.sijill.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * What other features may ask of the stored events besides loading aggregates. A subscribing projection
 * sees an event before its transaction commits and without a tracking token, so it reads the global index the
 * store gave it with {@link #GLOBAL_INDEX_OF_EVENT} (visible in the same transaction). Only this package names the
 * event store's tables.
 */
@Component
public class EventLog {

    /**
     * A scalar subquery with one parameter, an event identifier, giving that event's global index: a projection
     * writing in the event's own transaction embeds it in its insert, so the index costs no round trip of its own.
     * Only the event store's SQL is written here; the statement that embeds it stays the caller's.
     */
    public static final String GLOBAL_INDEX_OF_EVENT =
            "(SELECT global_index FROM domain_event_entry WHERE event_identifier = ?)";

    /** One stored event with its chain entry; eventId is null when the event is gone, hash when its hash is. */
    public record ChainedEvent(long seq, @Nullable String eventId, @Nullable String type, @Nullable String aggregateId,
                               long aggregateVersion, @Nullable String recordedAt, byte @Nullable [] payload,
                               @Nullable String hash, @Nullable String prevHash) {
    }

    private static final String CHAINED = """
            SELECT coalesce(e.global_index, h.global_index) AS seq, e.event_identifier, e.payload_type,
                   e.aggregate_identifier, e.sequence_number, e.time_stamp, e.payload, h.hash, h.prev_hash
            FROM domain_event_entry e FULL JOIN event_hash h ON h.global_index = e.global_index
            WHERE coalesce(e.global_index, h.global_index) > ?
            ORDER BY coalesce(e.global_index, h.global_index) LIMIT ?""";

    private final JdbcTemplate jdbc;
    /** Streams through a server-side cursor (fetch size, read-only transaction) in constant memory. */
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    EventLog(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The stored events after {@code after} (at most {@code limit}) with their hash-chain entries, in global
     * order, to {@code consumer}: the record as auditors export and verify it. A chain entry whose event is
     * gone, or an event whose entry is, comes as a row with the other side's fields null.
     */
    public void chained(long after, long limit, Consumer<ChainedEvent> consumer) {
        readOnly.executeWithoutResult(status -> streaming.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(CHAINED);
            statement.setLong(1, after);
            statement.setLong(2, limit);
            return statement;
        }, (ResultSet rs) -> {
            long sequence = rs.getLong("sequence_number");
            consumer.accept(new ChainedEvent(rs.getLong("seq"), rs.getString("event_identifier"),
                    rs.getString("payload_type"), rs.getString("aggregate_identifier"), rs.wasNull() ? 0 : sequence + 1,
                    rs.getString("time_stamp"), rs.getBytes("payload"), rs.getString("hash"), rs.getString("prev_hash")));
        }));
    }

    /** The record an answer was computed from (CONTRACT.md rule 8): an event's place in the chain and its hash. */
    public record Head(long seq, String hash) {
        public static final Head GENESIS = new Head(0, "0".repeat(64));
    }

    /**
     * The last event stored at or before {@code instant} (by the event's own timestamp, the {@code recordedAt} of
     * the audit export), or the genesis {@code {0, 64 zeros}} when there is none. Axon writes timestamps as
     * ISO-8601 text with fixed millisecond digits ({@link DateTimeUtils#formatInstant}), so text order is time order
     * and the index on {@code time_stamp} answers this with one probe.
     */
    public Head headAt(java.time.Instant instant) {
        List<Head> heads = jdbc.query("""
                SELECT h.global_index, h.hash FROM event_hash h
                WHERE h.global_index = (SELECT e.global_index FROM domain_event_entry e WHERE e.time_stamp <= ?
                                        ORDER BY e.time_stamp DESC, e.global_index DESC LIMIT 1)""",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)), DateTimeUtils.formatInstant(instant));
        return heads.isEmpty() ? Head.GENESIS : heads.get(0);
    }

    /** The hash of the last event in the chain (64 zeros for an empty store). */
    public @Nullable String chainHeadHash() {
        return jdbc.queryForObject("SELECT hash FROM event_chain_head WHERE id = 1", String.class);
    }

    /** The global index of the last stored event, or -1 for an empty store. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /** The global index of the last stored event of one aggregate, or -1. */
    public long lastIndexOf(String aggregateId) {
        Long index = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", Long.class, aggregateId);
        return index == null ? -1 : index;
    }

    /** Whether no event is stored yet. */
    public boolean isEmpty() {
        return head() < 0;
    }

    /** How many events are stored up to {@code upTo}. */
    public long count(long upTo) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?", Long.class, upTo);
        return count == null ? 0 : count;
    }

    /** The aggregate ids of stored events of the given types after {@code after}. */
    public Set<String> aggregatesAfter(long after, Collection<Class<?>> types) {
        return new HashSet<>(jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry WHERE global_index > ?"
                + " AND payload_type = ANY (?)", String.class, after, typeNames(types)));
    }

    /**
     * The first 100 global indexes, up to {@code upTo}, of stored events of the given types that have no row in
     * a read model's table: no row whose {@code idColumn} is the event's aggregate id (and, with a
     * {@code versionColumn}, whose version is the event's sequence number plus one). The read model names its
     * own table and columns; the event store's stay here.
     */
    public List<Long> withoutRow(Collection<Class<?>> types, long upTo, String table, String idColumn,
                                 @Nullable String versionColumn) {
        String version = versionColumn == null ? "" : " AND t." + versionColumn + " = e.sequence_number + 1";
        return jdbc.queryForList("SELECT e.global_index FROM domain_event_entry e WHERE e.global_index <= ?"
                + " AND e.payload_type = ANY (?) AND NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t." + idColumn
                + " = e.aggregate_identifier" + version + ") ORDER BY 1 LIMIT 100", Long.class, upTo, typeNames(types));
    }

    /** Axon stores an event's payload type as its class name (Jackson serializer, no revision). */
    private static String[] typeNames(Collection<Class<?>> types) {
        return types.stream().map(Class::getName).toArray(String[]::new);
    }

    /** Which of {@code aggregateIds} have events stored (visible to the current transaction). */
    public Set<String> aggregatesPresent(Collection<String> aggregateIds) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ANY (?)", String.class, (Object) aggregateIds.toArray(String[]::new)));
    }
}
