package org.sijill.fact;

import org.jspecify.annotations.Nullable;
import org.sijill.shared.Violation;

import java.util.List;

/**
 * The data of a claim kind: a fact about one presence subject ({@link About} on the record names its
 * {@link SubjectType}) that presence, series and diff answers decide between. Every claim may carry
 * {@code basis} (REPORTED when absent) and, when PLANNED, must say in {@code announced} when the plan was made;
 * one the documents imply without stating it says {@code inferred: true}.
 * Code that treats each claim kind its own way does so through {@link Cases}: Java 17 has no pattern switch over
 * a sealed type, and a visitor gives the same guarantee, since a new claim record must implement
 * {@link #match} with a new case, and the compiler then points at every {@code Cases} that lacks it.
 */
public sealed interface ClaimData extends KindData permits TroopLevel, MissionPhase, BaseStatus, AgreementStatus {

    /** The subject's id within its type: a force, a scope, a base id or an agreement id. */
    String subjectId();

    @Nullable Basis basis();

    <R> R match(Cases<R> cases);

    /** One answer per claim kind; see the interface's note on why a visitor. */
    interface Cases<R> {
        R troops(TroopLevel claim);

        R mission(MissionPhase claim);

        R base(BaseStatus claim);

        R agreement(AgreementStatus claim);
    }

    @Nullable When announced();

    /** True when the documents imply the claim without stating it (CONTRACT.md "Shapes"). */
    @Nullable Boolean inferred();

    default boolean isInferred() {
        return Boolean.TRUE.equals(inferred());
    }

    default Basis basisOrReported() {
        Basis basis = basis();
        return basis == null ? Basis.REPORTED : basis;
    }

    @Override
    default void check(List<Violation> out, When when) {
        When made = announced();
        if (basisOrReported() != Basis.PLANNED) {
            if (made != null) {
                out.add(new Violation("data.announced", "is only for PLANNED claims"));
            }
            return;
        }
        if (made == null) {
            out.add(new Violation("data.announced", Field.WHEN_FORM.formatted("is required for a PLANNED claim")));
        } else if (when != null && when.precision() != null && when.precision().parse(when.date()).isPresent()
                && made.start().isAfter(when.start())) {
            out.add(new Violation("data.announced", "must not be after the planned date"));
        }
    }
}
