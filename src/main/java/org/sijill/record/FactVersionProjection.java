package org.sijill.record;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
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
 * Keeps fact_version, the bitemporal history of every fact, and presence_subject, as the tracking
 * processing group {@value #GROUP}. The events of one processor batch are written together when its
 * unit of work prepares to commit, in the transaction that also stores the processor's token.
 */
@Component
@ProcessingGroup(FactVersionProjection.GROUP)
class FactVersionProjection {

    static final String GROUP = "fact-versions";
    private static final String BATCH = FactVersionProjection.class.getName() + ".batch";

    private final FactVersionStore store;

    FactVersionProjection(JdbcTemplate jdbc, JsonMapper json, BaseCatalog bases, AgreementCatalog agreements) {
        this.store = new FactVersionStore(jdbc, json, bases, agreements, "fact_version", "presence_subject");
    }

    @EventHandler
    void on(FactRecorded event, TrackingToken token) {
        add(event, token);
    }

    @EventHandler
    void on(FactCorrected event, TrackingToken token) {
        add(event, token);
    }

    @EventHandler
    void on(FactRetracted event, TrackingToken token) {
        add(event, token);
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    private void add(Object event, TrackingToken token) {
        long position = token == null ? -1 : token.position().orElse(-1);
        if (!CurrentUnitOfWork.isStarted()) {
            FactVersionStore.Batch alone = new FactVersionStore.Batch();
            store.add(alone, event, position);
            store.flush(alone);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        FactVersionStore.Batch batch = root.getOrComputeResource(BATCH, key -> {
            FactVersionStore.Batch created = new FactVersionStore.Batch();
            root.onPrepareCommit(u -> store.flush(created));
            return created;
        });
        store.add(batch, event, position);
    }
}
