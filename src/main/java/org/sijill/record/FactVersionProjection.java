package org.sijill.record;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
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
 * processing group {@value #GROUP}: each event is written in the transaction of the write that stored it,
 * so a write is readable the moment it commits and a failed projection fails the write. A replay rebuilds
 * the same tables from the store ({@link FactVersionReadModel}).
 */
@Component
@ProcessingGroup(FactVersionProjection.GROUP)
class FactVersionProjection {

    static final String GROUP = "fact-versions";

    private final FactVersionStore store;
    /** How long writing the read model keeps a write's transaction, and so the chain's lock, open. */
    private final Timer writes;

    FactVersionProjection(JdbcTemplate jdbc, JsonMapper json, BaseCatalog bases, AgreementCatalog agreements,
                          MeterRegistry meters) {
        this.store = new FactVersionStore(jdbc, json, bases, agreements, false);
        this.writes = Timer.builder("sijill.read_model.write").description("Time spent writing fact_version in a "
                + "write's transaction, after its events took the chain's lock").register(meters);
    }

    @EventHandler
    void on(FactRecorded event, EventMessage<?> message) {
        apply(event, message.getIdentifier());
    }

    @EventHandler
    void on(FactCorrected event, EventMessage<?> message) {
        apply(event, message.getIdentifier());
    }

    @EventHandler
    void on(FactRetracted event, EventMessage<?> message) {
        apply(event, message.getIdentifier());
    }

    private void apply(Object event, String eventId) {
        FactVersionStore.Batch one = new FactVersionStore.Batch();
        store.add(one, event, -1, eventId);
        writes.record(() -> store.flush(one));
    }
}
