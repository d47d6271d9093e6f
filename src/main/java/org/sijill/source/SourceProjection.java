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

    SourceProjection(SourceRepository sources) {
        this.sources = sources;
    }

    @EventHandler
    void on(SourceRegistered event) {
        sources.save(new SourceEntry(event));
    }

}
