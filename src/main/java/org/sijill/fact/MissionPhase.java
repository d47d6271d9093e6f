package org.sijill.fact;

import org.jspecify.annotations.Nullable;

/** MISSION_PHASE: the phase of the coalition's mission in one scope. */
@About(SubjectType.MISSION)
public record MissionPhase(@Words("scope") String scope, @Words("phase") String phase,
                           @Words("basis") @Nullable Basis basis, @Nullable When announced,
                           @Nullable Boolean inferred) implements ClaimData {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.mission(this);
    }

    @Override
    public String subjectId() {
        return scope;
    }
}
