package org.sijill.base;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the base tables, in the subscribing "registry" group (see SourceProjection). */
@Component
@ProcessingGroup("registry")
class BaseProjection {

    private final BaseRepository bases;

    BaseProjection(BaseRepository bases) {
        this.bases = bases;
    }

    @EventHandler
    void on(BaseRegistered event) {
        bases.save(new BaseEntry(event));
    }

    @EventHandler
    void on(BaseLocated event) {
        BaseEntry entry = bases.findById(event.baseId()).orElseThrow();
        entry.locate(event.province(), event.location(), event.locationNote());
        bases.save(entry);
    }

}
