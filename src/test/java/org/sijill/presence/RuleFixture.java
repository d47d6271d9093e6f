package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sijill.base.RegisterBase;
import org.sijill.fact.CorrectFact;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrection;
import org.sijill.fact.FactKind;
import org.sijill.fact.Precision;
import org.sijill.fact.Rank;
import org.sijill.fact.RecordFact;
import org.sijill.fact.RetractFact;
import org.sijill.fact.SourceRef;
import org.sijill.fact.When;
import org.sijill.source.RegisterSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** Writes claims about test-only bases through the command gateway and waits for the read model. */
class RuleFixture {

    static final String SOURCE = "rule-doc";

    private final CommandGateway commands;
    private final EventLog readModel;
    /** The facts this fixture recorded and not yet retracted, with their latest version. */
    private final Map<String, Long> recorded = new java.util.LinkedHashMap<>();

    RuleFixture(CommandGateway commands, EventLog readModel) {
        this.commands = commands;
        this.readModel = readModel;
        if (readModel.lastIndexOf(SOURCE) < 0) {
            commands.sendAndWait(new RegisterSource(SOURCE, "Rule test document", "Tests", "2025", "en", null,
                    "test", Instant.parse("2024-01-01T00:00:00Z")));
        }
    }

    void base(String baseId) {
        commands.sendAndWait(new RegisterBase(baseId, "Base " + baseId, "قاعدة " + baseId, List.of(), null, null, null, "test",
                Instant.parse("2024-01-01T00:00:00Z")));
    }

    void claim(String factId, String baseId, String status, When when, Rank rank, Instant recordedAt) {
        fact(factId, FactKind.BASE_STATUS, when, Map.of("baseId", baseId, "status", status), rank, recordedAt);
    }

    void fact(String factId, FactKind kind, When when, Map<String, Object> data, Rank rank, Instant recordedAt) {
        FactContent content = new FactContent(kind, when, data, List.of(new SourceRef(SOURCE, "p. 1")),
                "Claim " + factId, rank);
        commands.sendAndWait(new RecordFact(factId, content, "test", recordedAt));
        recorded.put(factId, 1L);
        sync(factId);
    }

    void correctStatus(String factId, long expected, String baseId, String status, Instant recordedAt) {
        commands.sendAndWait(new CorrectFact(factId, expected, "test correction",
                new FactCorrection(null, Map.of("baseId", baseId, "status", status), null, null, null), "test",
                recordedAt));
        recorded.put(factId, expected + 1);
        sync(factId);
    }

    void retract(String factId, long expected, Instant recordedAt) {
        commands.sendAndWait(new RetractFact(factId, expected, "test retraction", "test", recordedAt));
        recorded.remove(factId);
        sync(factId);
    }

    /**
     * Retracts, as of now, every fact this fixture recorded: the rule tests share the database with the analyst
     * questions, whose answers as known now must see the bundled chronology alone.
     */
    void retractAll() {
        Instant now = Instant.now();
        new java.util.ArrayList<>(recorded.entrySet()).forEach(e -> retract(e.getKey(), e.getValue(), now));
    }

    static When day(String date) {
        return When.of(date, Precision.DAY);
    }

    static When month(String date) {
        return When.of(date, Precision.MONTH);
    }

    static When year(String date) {
        return When.of(date, Precision.YEAR);
    }

    /** Nothing to wait for: the read model is written in the write's transaction. */
    private void sync(String factId) {
    }
}
