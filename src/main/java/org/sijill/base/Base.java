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
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A military base named in the record. Its id is unique: a second registration is refused. */
@Aggregate
class Base {

    static final int MAX_ALIASES = 30;

    @AggregateIdentifier
    private String baseId;
    private String province;
    private BaseLocation location;
    private String locationNote;
    private String locatedBy;

    protected Base() {
    }

    @CommandHandler
    Base(RegisterBase command) {
        List<Violation> violations = new ArrayList<>();
        Checks.id(violations, "baseId", command.baseId());
        Checks.text(violations, "nameEn", command.nameEn(), 200, true);
        Checks.text(violations, "nameAr", command.nameAr(), 200, true);
        List<String> aliases = command.aliases() == null ? List.of() : command.aliases();
        if (aliases.size() > MAX_ALIASES) {
            violations.add(new Violation("aliases", "at most " + MAX_ALIASES + " aliases"));
        } else {
            for (int i = 0; i < aliases.size(); i++) {
                Checks.text(violations, "aliases[" + i + "]", aliases.get(i), 200, true);
            }
        }
        checkWhere(violations, command.province(), command.location(), command.locationNote());
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        apply(new BaseRegistered(command.baseId(), command.nameEn(), command.nameAr(), List.copyOf(aliases),
                command.province(), command.location(), command.locationNote(), command.recordedBy(),
                command.recordedAt()));
    }

    /** Answers what changed, or null when the command says what is already said or may not override it. */
    @CommandHandler
    String handle(LocateBase command) {
        List<Violation> violations = new ArrayList<>();
        checkWhere(violations, command.province(), command.location(), command.locationNote());
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        if (command.onlyOver() != null && !command.onlyOver().equals(locatedBy)) {
            return null;
        }
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(province, command.province())) {
            changed.add("province");
        }
        if (!Objects.equals(location, command.location())) {
            changed.add("location");
        }
        if (!Objects.equals(locationNote, command.locationNote())) {
            changed.add("locationNote");
        }
        if (changed.isEmpty()) {
            return null;
        }
        apply(new BaseLocated(baseId, command.province(), command.location(), command.locationNote(),
                command.recordedBy(), command.recordedAt()));
        return "located (" + String.join(", ", changed) + ")";
    }

    private static void checkWhere(List<Violation> violations, String province, BaseLocation location, String note) {
        Checks.text(violations, "province", province, 100, false);
        BaseLocation.check(violations, "location", location);
        Checks.text(violations, "locationNote", note, 500, false);
    }

    @EventSourcingHandler
    void on(BaseRegistered event) {
        baseId = event.baseId();
        province = event.province();
        location = event.location();
        locationNote = event.locationNote();
        locatedBy = event.recordedBy();
    }

    @EventSourcingHandler
    void on(BaseLocated event) {
        province = event.province();
        location = event.location();
        locationNote = event.locationNote();
        locatedBy = event.recordedBy();
    }
}
