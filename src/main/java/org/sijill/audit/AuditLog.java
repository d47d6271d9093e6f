package org.sijill.audit;

import org.sijill.eventstore.EventLog;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The stored record as auditors see it: exported as NDJSON in global order, streamed in constant memory
 * ({@link EventLog#chained}), and verified against the hash chain.
 */
@Service
public class AuditLog {

    private final EventLog events;
    private final AuditLines lines;

    AuditLog(EventLog events, AuditLines lines) {
        this.events = events;
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
        return check.result(events.chainHeadHash());
    }

    private void each(long after, long limit, java.util.function.Consumer<AuditRow> consumer) {
        events.chained(after, limit, e -> consumer.accept(new AuditRow(e.seq(), e.eventId(), e.type(), e.aggregateId(),
                e.aggregateVersion(), e.recordedAt(), e.payload(), e.hash(), e.prevHash())));
    }
}
