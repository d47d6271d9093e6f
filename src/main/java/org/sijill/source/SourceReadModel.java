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
            "published", "language", "seed_file", "recorded_at", "text_sha256", "text_lines");
    static final Table TEXT = Table.of("source_text", List.of("source_id"), "source_id", "text");
    static final String STORE_TEXT = "INSERT INTO %s (source_id, text) VALUES (?, ?)"
            + " ON CONFLICT (source_id) DO UPDATE SET text = EXCLUDED.text";

    SourceReadModel(JdbcTemplate jdbc, EventLog events) {
        super(jdbc, events, "sources", SourceRegistered.class, List.of(SourceTextStored.class), List.of(SOURCE, TEXT));
    }

    @Override
    protected void amendShadow(Object event, JdbcTemplate jdbc) {
        SourceTextStored e = (SourceTextStored) event;
        jdbc.update("UPDATE " + SOURCE.shadow() + " SET text_sha256 = ?, text_lines = ? WHERE source_id = ?",
                e.sha256(), e.lines(), e.sourceId());
        jdbc.update(STORE_TEXT.formatted(TEXT.shadow()), e.sourceId(), e.text());
    }

    @Override
    protected void rows(Object event, BiConsumer<Table, Object[]> row) {
        SourceRegistered e = (SourceRegistered) event;
        row.accept(SOURCE, new Object[]{e.sourceId(), e.title(), e.publisher(), e.published(), e.language(),
                e.seedFile(), Timestamp.from(e.recordedAt()), null, null});
    }
}
