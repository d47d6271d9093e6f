package org.sijill.fact;

import org.jspecify.annotations.Nullable;

/** AGREEMENT: the standing of a registered agreement (signed, in force, expired, terminated). */
@About(SubjectType.AGREEMENT)
public record AgreementStatus(@Registered(Reference.AGREEMENT) String agreementId,
                              @Words("agreementStatus") String status,
                              @Words("basis") @Nullable Basis basis, @Nullable When announced,
                              @Nullable Boolean inferred) implements ClaimData {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.agreement(this);
    }

    @Override
    public String subjectId() {
        return agreementId;
    }
}
