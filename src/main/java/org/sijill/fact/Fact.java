package org.sijill.fact;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;
import org.sijill.shared.Checks;
import org.sijill.shared.Editor;
import org.sijill.shared.StateConflictException;
import org.sijill.shared.VersionConflictException;
import org.sijill.shared.Violation;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One fact and its versions. Version numbers start at 1 and grow by one with every correction and
 * the retraction; a retracted fact takes no further edits. A command's own fields (reason, editor)
 * are checked before the fact's state, so an incomplete request is refused as such (400) whatever
 * the fact's version or status.
 */
@Aggregate
class Fact {

    static final int MAX_REASON = 1000;

    @AggregateIdentifier
    private String factId;
    private long version;
    private FactContent content;
    private boolean retracted;
    private String lastRecordedBy;

    protected Fact() {
    }

    @CommandHandler
    Fact(RecordFact command) {
        List<Violation> violations = new ArrayList<>();
        Checks.id(violations, "factId", command.factId());
        violations.addAll(FactRules.check(command.content()));
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        apply(new FactRecorded(command.factId(), command.content(), command.recordedBy(), command.recordedAt()));
    }

    @CommandHandler
    long handle(CorrectFact command) {
        List<Violation> violations = new ArrayList<>();
        Checks.text(violations, "reason", command.reason(), MAX_REASON, true);
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        requireCurrent(command.expectedVersion());
        FactContent corrected = command.correction() == null ? content : command.correction().applyTo(content);
        violations.addAll(FactRules.check(corrected));
        if (violations.isEmpty() && corrected.equals(content)) {
            violations.add(new Violation("", "the correction changes nothing"));
        }
        Checks.throwIfAny(violations);
        apply(new FactCorrected(factId, version + 1, command.reason(), corrected, command.recordedBy(),
                command.recordedAt()));
        return version;
    }

    @CommandHandler
    long handle(RetractFact command) {
        List<Violation> violations = new ArrayList<>();
        Checks.text(violations, "reason", command.reason(), MAX_REASON, true);
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        requireCurrent(command.expectedVersion());
        apply(new FactRetracted(factId, version + 1, command.reason(), command.recordedBy(), command.recordedAt()));
        return version;
    }

    @CommandHandler
    @Nullable String handle(ReviseFromSeed command) {
        List<Violation> violations = new ArrayList<>();
        Checks.text(violations, "reason", command.reason(), MAX_REASON, command.content() == null);
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        if (retracted || !command.recordedBy().equals(lastRecordedBy)) {
            return null;
        }
        if (command.content() == null) {
            apply(new FactRetracted(factId, version + 1, command.reason(), command.recordedBy(), command.recordedAt()));
            return command.reason();
        }
        Checks.throwIfAny(FactRules.check(command.content()));
        if (command.content().equals(content)) {
            return null;
        }
        String parts = String.join(", ", content.partsChangedIn(command.content()));
        String reason = command.reason() != null ? command.reason() + " (changed: " + parts + ")"
                : "Seed revision: the curated chronology changed its " + parts;
        apply(new FactCorrected(factId, version + 1, reason, command.content(), command.recordedBy(),
                command.recordedAt()));
        return reason;
    }

    private void requireCurrent(long expectedVersion) {
        if (expectedVersion != version) {
            throw new VersionConflictException(factId, expectedVersion, version);
        }
        if (retracted) {
            throw new StateConflictException("fact " + factId + " is retracted and takes no further edits");
        }
    }

    @EventSourcingHandler
    void on(FactRecorded event) {
        factId = event.factId();
        content = event.content();
        version = 1;
        lastRecordedBy = event.recordedBy();
    }

    @EventSourcingHandler
    void on(FactCorrected event) {
        content = event.content();
        version = event.version();
        lastRecordedBy = event.recordedBy();
    }

    @EventSourcingHandler
    void on(FactRetracted event) {
        retracted = true;
        version = event.version();
        lastRecordedBy = event.recordedBy();
    }
}
