package org.sijill.fact;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.sijill.shared.Checks;
import org.sijill.shared.Editor;
import org.sijill.shared.Violation;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Bulk path for new facts: the checks of {@link Fact}'s creation handler and of {@link FactReferenceCheck},
 * then the FactRecorded event (sequence 0) published to the event store in the caller's unit of work,
 * so a batch of facts is stored with one batched insert and chained by the same trigger as any write.
 * A new fact needs no aggregate state; corrections and retractions go through the aggregate.
 */
@Component
public class FactLoader {

    private final EventStore eventStore;
    private final FactReferenceCheck references;

    FactLoader(EventStore eventStore, FactReferenceCheck references) {
        this.eventStore = eventStore;
        this.references = references;
    }

    /** Validates and stages the fact's first event; call inside a unit of work, which stores it on commit. */
    public void record(RecordFact command) {
        List<Violation> violations = new ArrayList<>();
        Checks.id(violations, "factId", command.factId());
        violations.addAll(FactRules.check(command.content()));
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        references.check(command.content().sources(), command.content().data());
        FactRecorded event = new FactRecorded(command.factId(), command.content(), command.recordedBy(),
                command.recordedAt());
        eventStore.publish(new GenericDomainEventMessage<>("Fact", command.factId(), 0, event, MetaData.emptyInstance()));
    }
}
