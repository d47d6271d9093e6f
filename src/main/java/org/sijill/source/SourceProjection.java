package org.sijill.source;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the source table. Runs in the "registry" group, which subscribes: the row is written in the
 * transaction that stores the event, so facts recorded next can cite the source at once.
 */
@Component
@ProcessingGroup("registry")
class SourceProjection {

    private final SourceRepository sources;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    SourceProjection(SourceRepository sources, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.sources = sources;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SourceTextStored event) {
        SourceEntry entry = sources.findById(event.sourceId()).orElseThrow();
        entry.textStored(event.sha256(), event.lines());
        sources.save(entry);
        jdbc.update(SourceReadModel.STORE_TEXT.formatted(SourceReadModel.TEXT.name()), event.sourceId(), event.text());
    }

    @EventHandler
    void on(SourceRegistered event) {
        sources.save(new SourceEntry(event));
    }

}
