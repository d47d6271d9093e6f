package org.sijill.source;

import org.sijill.eventstore.EventLog;
import org.sijill.readmodel.RegistryReadModel;
import org.sijill.readmodel.Table;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.function.BiConsumer;

/** The source table as the replay rebuilds and compares it (the live rows are {@link SourceEntry}). */
@Component
class SourceReadModel extends RegistryReadModel {

    static final Table SOURCE = Table.of("source", List.of("source_id"), "source_id", "title", "publisher",
            "published", "language", "seed_file", "recorded_at");

    SourceReadModel(JdbcTemplate jdbc, EventLog events) {
        super(jdbc, events, "sources", SourceRegistered.class, List.of(SOURCE));
    }

    @Override
    protected void rows(Object event, BiConsumer<Table, Object[]> row) {
        SourceRegistered e = (SourceRegistered) event;
        row.accept(SOURCE, new Object[]{e.sourceId(), e.title(), e.publisher(), e.published(), e.language(),
                e.seedFile(), Timestamp.from(e.recordedAt())});
    }
}
