package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.sijill.fact.SubjectType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Shapes the decisions of {@link ClaimRule} into the sections of {@link Presence}. */
final class PresenceView {

    private PresenceView() {
    }

    /**
     * @param claims the candidates of the latest start per subject, in tie order, keyed by subject
     * @param plans  the PLANNED claims announced on or before {@code on}, in subject order
     */
    static Presence of(LocalDate on, Instant asKnownAt, EventLog.Head head, Map<String, List<Claim>> claims,
                       List<Claim> plans) {
        List<Presence.Troops> troops = new ArrayList<>();
        List<Presence.Mission> missions = new ArrayList<>();
        List<Presence.BaseState> baseStates = new ArrayList<>();
        List<Presence.AgreementState> agreementStates = new ArrayList<>();
        List<ClaimView> lapsed = new ArrayList<>();
        for (List<Claim> candidates : claims.values()) {
            ClaimRule.Decision decision = ClaimRule.Decision.on(on, candidates);
            Claim winner = decision.deciding();
            if (!decision.holds()) {
                lapsed.add(ClaimView.lapsed(winner));
                continue;
            }
            List<Claim> others = decision.alternatives();
            // A switch expression, so the compiler names a subject type left out (Java 17 checks no statement).
            boolean added = switch (SubjectType.valueOf(winner.subjectType())) {
                case TROOPS -> troops.add(build(winner, others, PresenceView::troops));
                case MISSION -> missions.add(build(winner, others, PresenceView::mission));
                case BASE -> baseStates.add(build(winner, others, PresenceView::base));
                case AGREEMENT -> agreementStates.add(build(winner, others, PresenceView::agreement));
            };
            assert added;
        }
        List<ClaimView> planned = new ArrayList<>();
        for (Claim plan : plans) {
            List<Claim> candidates = claims.get(plan.key());
            if (ClaimRule.pending(plan, candidates == null ? null : ClaimRule.Decision.on(on, candidates))) {
                planned.add(ClaimView.planned(plan, on));
            }
        }
        boolean beyondRecord = on.isAfter(LocalDate.ofInstant(asKnownAt, ZoneOffset.UTC));
        return new Presence(on, asKnownAt, beyondRecord, head, troops, missions, baseStates, agreementStates, lapsed, planned);
    }

    /** The winner's entry, carrying its alternatives; an alternative carries none. */
    private static <T> T build(Claim winner, List<Claim> others, BiFunction<Claim, List<T>, T> shape) {
        List<T> alternatives = others.stream().map(c -> shape.apply(c, null)).toList();
        return shape.apply(winner, alternatives);
    }

    private static Presence.Troops troops(Claim c, List<Presence.Troops> alternatives) {
        return new Presence.Troops(c.subjectId(), c.count(), c.low(), c.high(), c.qualifier(), c.basis(), c.inferred(),
                c.when(), c.inTransition(),
                c.factId(), c.version(), c.sources(), alternatives);
    }

    private static Presence.Mission mission(Claim c, List<Presence.Mission> alternatives) {
        return new Presence.Mission(c.subjectId(), c.value(), c.basis(), c.inferred(), c.when(), c.inTransition(), c.factId(),
                c.version(), c.sources(), alternatives);
    }

    private static Presence.BaseState base(Claim c, List<Presence.BaseState> alternatives) {
        return new Presence.BaseState(c.subjectId(), c.nameEn(), c.nameAr(), c.province(), c.value(), c.basis(),
                c.inferred(), c.when(), c.inTransition(), c.factId(), c.version(), c.sources(), alternatives);
    }

    private static Presence.AgreementState agreement(Claim c, List<Presence.AgreementState> alternatives) {
        return new Presence.AgreementState(c.subjectId(), c.nameEn(), c.nameAr(), c.value(), c.basis(), c.inferred(),
                c.when(),
                c.inTransition(), c.factId(), c.version(), c.sources(), alternatives);
    }
}
