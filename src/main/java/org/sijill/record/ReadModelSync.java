package org.sijill.record;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where the record stands. The fact-versions read model is written in the same transaction as the
 * events it projects ({@link FactVersionProjection} is a subscribing processor), so whatever is
 * committed is readable: there is nothing to wait for, and the read model's position is the store's head.
 */
@Service
public class ReadModelSync {

    private final JdbcClient jdbc;

    ReadModelSync(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The index up to which the read model has applied every event: the head, by construction. */
    public long position() {
        return head();
    }

    public String processorName() {
        return FactVersionProjection.GROUP;
    }
}
