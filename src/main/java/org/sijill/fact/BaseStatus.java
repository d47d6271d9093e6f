package org.sijill.fact;

import org.jspecify.annotations.Nullable;

/** BASE_STATUS: whether a registered base hosts the coalition, was handed over or closed. */
@About(SubjectType.BASE)
public record BaseStatus(@Registered(Reference.BASE) String baseId, @Words("baseStatus") String status,
                         @Words("basis") @Nullable Basis basis, @Nullable When announced,
                         @Nullable Boolean inferred) implements ClaimData {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.base(this);
    }

    @Override
    public String subjectId() {
        return baseId;
    }
}
