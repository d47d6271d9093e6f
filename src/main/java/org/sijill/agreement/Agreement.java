package org.sijill.agreement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sijill.shared.Checks;
import org.sijill.shared.Editor;
import org.sijill.shared.Violation;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An agreement named in the record; its status over time is told by AGREEMENT facts. */
@Aggregate
class Agreement {

    @AggregateIdentifier
    private String agreementId;

    protected Agreement() {
    }

    @CommandHandler
    Agreement(RegisterAgreement command) {
        List<Violation> violations = new ArrayList<>();
        Checks.id(violations, "agreementId", command.agreementId());
        Checks.text(violations, "nameEn", command.nameEn(), 300, true);
        Checks.text(violations, "nameAr", command.nameAr(), 300, true);
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        apply(new AgreementRegistered(command.agreementId(), command.nameEn(), command.nameAr(),
                command.recordedBy(), command.recordedAt()));
    }

    @EventSourcingHandler
    void on(AgreementRegistered event) {
        agreementId = event.agreementId();
    }
}
