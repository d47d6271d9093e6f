package org.sijill.base;

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

/** A military base named in the record. Its id is unique: a second registration is refused. */
@Aggregate
class Base {

    static final int MAX_ALIASES = 30;

    @AggregateIdentifier
    private String baseId;

    protected Base() {
    }

    @CommandHandler
    Base(RegisterBase command) {
        List<Violation> violations = new ArrayList<>();
        Checks.id(violations, "baseId", command.baseId());
        Checks.text(violations, "nameEn", command.nameEn(), 200, true);
        Checks.text(violations, "nameAr", command.nameAr(), 200, true);
        Checks.text(violations, "province", command.province(), 100, false);
        List<String> aliases = command.aliases() == null ? List.of() : command.aliases();
        if (aliases.size() > MAX_ALIASES) {
            violations.add(new Violation("aliases", "at most " + MAX_ALIASES + " aliases"));
        } else {
            for (int i = 0; i < aliases.size(); i++) {
                Checks.text(violations, "aliases[" + i + "]", aliases.get(i), 200, true);
            }
        }
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        apply(new BaseRegistered(command.baseId(), command.nameEn(), command.nameAr(), List.copyOf(aliases),
                command.province(), command.recordedBy(), command.recordedAt()));
    }

    @EventSourcingHandler
    void on(BaseRegistered event) {
        baseId = event.baseId();
    }
}
