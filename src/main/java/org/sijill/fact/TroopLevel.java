package org.sijill.fact;

import org.jspecify.annotations.Nullable;
import org.sijill.shared.Violation;

import java.util.List;

/** TROOP_LEVEL: how many soldiers of a force, as a count with an optional range and how exact it is. */
@About(SubjectType.TROOPS)
public record TroopLevel(@Words("force") String force, Long count, @Nullable Long low, @Nullable Long high,
                         @Words("qualifier") @Nullable String qualifier,
                         @Words("basis") @Nullable Basis basis, @Nullable When announced,
                         @Nullable Boolean inferred) implements ClaimData {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.troops(this);
    }

    @Override
    public String subjectId() {
        return force;
    }

    @Override
    public void check(List<Violation> out, When when) {
        if (low != null && low > count) {
            out.add(new Violation("data.low", "must not be above data.count"));
        }
        if (high != null && high < count) {
            out.add(new Violation("data.high", "must not be below data.count"));
        }
        ClaimData.super.check(out, when);
    }
}
