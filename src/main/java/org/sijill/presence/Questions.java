package org.sijill.presence;

import org.sijill.fact.SubjectType;
import org.sijill.shared.Checks;
import org.sijill.shared.NotFoundException;
import org.sijill.shared.Violation;
import org.sijill.web.Params;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The presence, series and diff questions as the API asks them: defaults, the checks between parameters, and which
 * computation answers. The controller asks them of the read model and {@link OfflineAnswers} of an export, so an
 * answer recomputed offline went through the same steps. Each parameter's own form is checked before (Bean Validation
 * in the controller).
 */
final class Questions {

    private final PresenceQueries presence;
    private final RecordDiffs recordDiffs;
    private final Clock clock;
    /** Whether a base or agreement id is registered; troops and missions are always known subjects. */
    private final BiPredicate<SubjectType, String> registered;

    Questions(PresenceQueries presence, RecordDiffs recordDiffs, Clock clock,
              BiPredicate<SubjectType, String> registered) {
        this.presence = presence;
        this.recordDiffs = recordDiffs;
        this.clock = clock;
        this.registered = registered;
    }

    Presence presence(PresenceQuery query) {
        return presence.at(Params.requiredStart("on", query.on()),
                Params.instant("asKnownAt", query.asKnownAt(), clock.instant()), query.filter());
    }

    /** A {@link Series} for one subject, a {@link SeriesSet} for a type. */
    Object series(SeriesQuery query) {
        Map<SubjectType, String> named = query.subjects();
        if (query.type() != null && !named.isEmpty() || query.type() == null && named.size() != 1) {
            throw Params.bad(query.type() != null ? "type" : "force",
                    "name exactly one subject (force, scope, baseId or agreementId) or a type");
        }
        LocalDate end = Params.end("to", query.to());
        LocalDate last = end == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : end.minusDays(1);
        LocalDate first = Params.start("from", query.from());
        if (first != null && first.isAfter(last)) {
            throw Params.bad("from", "must not be after to");
        }
        var asKnownAt = Params.instant("asKnownAt", query.asKnownAt(), clock.instant());
        if (query.type() != null) {
            return presence.seriesOf(SubjectType.byTypeName(query.type()), first, last, asKnownAt);
        }
        SubjectType type = named.keySet().iterator().next();
        String id = named.get(type);
        boolean known = switch (type) {
            case TROOPS, MISSION -> true;
            case BASE, AGREEMENT -> registered.test(type, id);
        };
        if (!known) {
            throw new NotFoundException(type == SubjectType.BASE ? "base" : "agreement", id);
        }
        return presence.series(type, id, first, last, asKnownAt);
    }

    /** A {@link PresenceDiff} between two dates, a {@link RecordDiff} for one date at two instants. */
    Object diff(DiffQuery query) {
        List<Violation> wrong = new ArrayList<>();
        if (query.acrossRecordTime()) {
            for (String mixed : new String[]{query.from() == null ? null : "from", query.to() == null ? null : "to",
                    query.asKnownAt() == null ? null : "asKnownAt"}) {
                if (mixed != null) {
                    wrong.add(new Violation(mixed, "is not asked with on, fromKnownAt and toKnownAt"));
                }
            }
            require(wrong, "on", query.on());
            require(wrong, "fromKnownAt", query.fromKnownAt());
            Checks.throwIfAny(wrong);
            Instant earlier = Params.instant("fromKnownAt", query.fromKnownAt(), clock.instant());
            Instant later = Params.instant("toKnownAt", query.toKnownAt(), clock.instant());
            if (earlier.isAfter(later)) {
                throw Params.bad("fromKnownAt", "must not be after toKnownAt");
            }
            return recordDiffs.between(Params.requiredStart("on", query.on()), earlier, later);
        }
        require(wrong, "from", query.from());
        require(wrong, "to", query.to());
        Checks.throwIfAny(wrong);
        return presence.diff(Params.requiredStart("from", query.from()), Params.requiredStart("to", query.to()),
                Params.instant("asKnownAt", query.asKnownAt(), clock.instant()));
    }

    private static void require(List<Violation> wrong, String name, String value) {
        if (value == null) {
            wrong.add(new Violation(name, "is required"));
        }
    }
}
