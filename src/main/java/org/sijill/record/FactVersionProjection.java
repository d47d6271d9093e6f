package org.sijill.record;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.fact.FactCorrected;
import org.sijill.fact.FactRecorded;
import org.sijill.fact.FactRetracted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps fact_version, the bitemporal history of every fact, and presence_subject, as the streaming
 * processing group {@value #GROUP}. Redelivered or replayed events change nothing (see FactVersionStore).
 */
@Component
@ProcessingGroup(FactVersionProjection.GROUP)
class FactVersionProjection {

    static final String GROUP = "fact-versions";

    private final FactVersionStore store;

    FactVersionProjection(JdbcClient jdbc, JsonMapper json, BaseCatalog bases, AgreementCatalog agreements) {
        this.store = new FactVersionStore(jdbc, json, bases, agreements, "fact_version", "presence_subject");
    }

    @EventHandler
    void on(FactRecorded event, TrackingToken token) {
        store.apply(event, position(token));
    }

    @EventHandler
    void on(FactCorrected event, TrackingToken token) {
        store.apply(event, position(token));
    }

    @EventHandler
    void on(FactRetracted event, TrackingToken token) {
        store.apply(event, position(token));
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
