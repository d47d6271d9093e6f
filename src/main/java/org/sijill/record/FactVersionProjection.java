package org.sijill.record;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.fact.FactCorrected;
import org.sijill.fact.FactRecorded;
import org.sijill.fact.FactRetracted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps fact_version, the bitemporal history of every fact, and presence_subject, as the subscribing
 * processing group {@value #GROUP}: in the transaction of the write whose events it projects, so a write
 * is readable the moment it commits and a failed projection fails the write. The events of one unit of
 * work are written together before it commits (the events are stored by then: their global indexes are
 * read back by identifier). A replay rebuilds the same tables from the store ({@link FactVersionReplay}).
 */
@Component
@ProcessingGroup(FactVersionProjection.GROUP)
class FactVersionProjection {

    static final String GROUP = "fact-versions";
    private static final String BATCH = FactVersionProjection.class.getName() + ".batch";

    private final FactVersionStore store;
    /** How long writing the read model keeps a write's transaction, and so the chain's lock, open. */
    private final Timer writes;

    FactVersionProjection(JdbcTemplate jdbc, JsonMapper json, BaseCatalog bases, AgreementCatalog agreements,
                          MeterRegistry meters) {
        this.store = new FactVersionStore(jdbc, json, bases, agreements, "fact_version", "presence_subject");
        this.writes = Timer.builder("sijill.read_model.write").description("Time spent writing fact_version in a "
                + "write's transaction, after its events took the chain's lock").register(meters);
    }

    @EventHandler
    void on(FactRecorded event, EventMessage<?> message) {
        add(event, message.getIdentifier());
    }

    @EventHandler
    void on(FactCorrected event, EventMessage<?> message) {
        add(event, message.getIdentifier());
    }

    @EventHandler
    void on(FactRetracted event, EventMessage<?> message) {
        add(event, message.getIdentifier());
    }

    private void add(Object event, String eventId) {
        if (!CurrentUnitOfWork.isStarted()) {
            FactVersionStore.Batch alone = new FactVersionStore.Batch();
            store.add(alone, event, -1, eventId);
            writes.record(() -> store.flush(alone));
            return;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        FactVersionStore.Batch batch = unit.getOrComputeResource(BATCH, key -> {
            FactVersionStore.Batch created = new FactVersionStore.Batch();
            unit.onPrepareCommit(u -> writes.record(() -> store.flush(created)));
            return created;
        });
        store.add(batch, event, -1, eventId);
    }
}
