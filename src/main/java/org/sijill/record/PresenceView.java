package org.sijill.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Shapes the winning claims and their alternatives into the four sections of {@link Presence}. */
final class PresenceView {

    private PresenceView() {
    }

    static Presence of(LocalDate on, Instant asKnownAt, Map<String, List<Claim>> claims) {
        List<Presence.Troops> troops = new ArrayList<>();
        List<Presence.Mission> missions = new ArrayList<>();
        List<Presence.BaseState> baseStates = new ArrayList<>();
        List<Presence.AgreementState> agreementStates = new ArrayList<>();
        for (List<Claim> candidates : claims.values()) {
            Claim winner = candidates.get(0);
            List<Claim> others = candidates.subList(1, candidates.size());
            switch (winner.subjectType()) {
                case Subject.TROOPS -> troops.add(build(winner, others, PresenceView::troops));
                case Subject.MISSION -> missions.add(build(winner, others, PresenceView::mission));
                case Subject.BASE -> baseStates.add(build(winner, others, PresenceView::base));
                case Subject.AGREEMENT -> agreementStates.add(build(winner, others, PresenceView::agreement));
                default -> throw new IllegalStateException("unknown subject type " + winner.subjectType());
            }
        }
        return new Presence(on, asKnownAt, troops, missions, baseStates, agreementStates);
    }

    /** The winner's entry, carrying its alternatives; an alternative carries none. */
    private static <T> T build(Claim winner, List<Claim> others, BiFunction<Claim, List<T>, T> shape) {
        List<T> alternatives = others.stream().map(c -> shape.apply(c, null)).toList();
        return shape.apply(winner, alternatives);
    }

    private static Presence.Troops troops(Claim c, List<Presence.Troops> alternatives) {
        return new Presence.Troops(c.subjectId(), c.count(), c.low(), c.high(), c.when(), c.inTransition(),
                c.factId(), c.version(), c.sources(), alternatives);
    }

    private static Presence.Mission mission(Claim c, List<Presence.Mission> alternatives) {
        return new Presence.Mission(c.subjectId(), c.value(), c.when(), c.inTransition(), c.factId(), c.version(),
                c.sources(), alternatives);
    }

    private static Presence.BaseState base(Claim c, List<Presence.BaseState> alternatives) {
        return new Presence.BaseState(c.subjectId(), c.nameEn(), c.nameAr(), c.province(), c.value(), c.when(),
                c.inTransition(), c.factId(), c.version(), c.sources(), alternatives);
    }

    private static Presence.AgreementState agreement(Claim c, List<Presence.AgreementState> alternatives) {
        return new Presence.AgreementState(c.subjectId(), c.nameEn(), c.nameAr(), c.value(), c.when(),
                c.inTransition(), c.factId(), c.version(), c.sources(), alternatives);
    }
}
