package org.sijill.record;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrected;
import org.sijill.fact.FactRecorded;
import org.sijill.fact.FactRetracted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps fact_version, the bitemporal history of every fact, and presence_subject. Handlers are
 * idempotent (a version is inserted once), so a redelivered or replayed event changes nothing.
 */
@Component
@ProcessingGroup(FactVersionProjection.GROUP)
class FactVersionProjection {

    static final String GROUP = "fact-versions";

    private final JdbcClient jdbc;
    private final FactVersionWriter writer;

    FactVersionProjection(JdbcClient jdbc, FactVersionWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(FactRecorded event, TrackingToken token) {
        writer.insert(event.factId(), 1, "RECORDED", null, event.content(), "ACTIVE", event.recordedAt(),
                event.recordedBy(), position(token));
    }

    @EventHandler
    void on(FactCorrected event, TrackingToken token) {
        supersede(event.factId(), event.version() - 1, event.recordedAt());
        writer.insert(event.factId(), event.version(), "CORRECTED", event.reason(), event.content(), "ACTIVE",
                event.recordedAt(), event.recordedBy(), position(token));
    }

    @EventHandler
    void on(FactRetracted event, TrackingToken token) {
        supersede(event.factId(), event.version() - 1, event.recordedAt());
        FactContent last = writer.content(event.factId(), event.version() - 1);
        writer.insert(event.factId(), event.version(), "RETRACTED", event.reason(), last, "RETRACTED",
                event.recordedAt(), event.recordedBy(), position(token));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE fact_version, presence_subject").update();
    }

    private void supersede(String factId, long version, Instant at) {
        jdbc.sql("UPDATE fact_version SET superseded_at = :at WHERE fact_id = :id AND version = :v")
                .param("at", java.sql.Timestamp.from(at)).param("id", factId).param("v", version).update();
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
