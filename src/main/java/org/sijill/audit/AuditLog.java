package org.sijill.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The stored record as auditors see it: exported as NDJSON in global order, streamed through a
 * server-side cursor in constant memory, and verified against the hash chain.
 */
@Service
public class AuditLog {

    private static final String ROWS = """
            SELECT coalesce(e.global_index, h.global_index) AS seq, e.event_identifier, e.payload_type,
                   e.aggregate_identifier, e.sequence_number, e.time_stamp, e.payload, h.hash, h.prev_hash
            FROM domain_event_entry e FULL JOIN event_hash h ON h.global_index = e.global_index
            WHERE coalesce(e.global_index, h.global_index) > ?
            ORDER BY coalesce(e.global_index, h.global_index) LIMIT ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final AuditLines lines;

    AuditLog(DataSource dataSource, PlatformTransactionManager transactions, AuditLines lines) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.lines = lines;
    }

    /** Writes the events after {@code after} (at most {@code limit}) as NDJSON lines. */
    public void export(long after, long limit, OutputStream out) {
        each(after, limit, row -> {
            if (row.eventId() != null) {
                try {
                    out.write(lines.line(row).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    public Verification verify() {
        ChainCheck check = new ChainCheck();
        each(0, Long.MAX_VALUE, check::accept);
        String head = jdbc.queryForObject("SELECT hash FROM event_chain_head WHERE id = 1", String.class);
        return check.result(head);
    }

    private void each(long after, long limit, java.util.function.Consumer<AuditRow> consumer) {
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(ROWS);
            statement.setLong(1, after);
            statement.setLong(2, limit);
            return statement;
        }, (ResultSet rs) -> consumer.accept(row(rs))));
    }

    private static AuditRow row(ResultSet rs) throws SQLException {
        long sequence = rs.getLong("sequence_number");
        return new AuditRow(rs.getLong("seq"), rs.getString("event_identifier"), rs.getString("payload_type"),
                rs.getString("aggregate_identifier"), rs.wasNull() ? 0 : sequence + 1, rs.getString("time_stamp"),
                rs.getBytes("payload"), rs.getString("hash"), rs.getString("prev_hash"));
    }
}
