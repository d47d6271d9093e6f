package org.sijill.record;

import org.jspecify.annotations.Nullable;
import org.sijill.fact.AgreementStatus;
import org.sijill.fact.BaseStatus;
import org.sijill.fact.Basis;
import org.sijill.fact.ClaimData;
import org.sijill.fact.FactContent;
import org.sijill.fact.MissionPhase;
import org.sijill.fact.SubjectType;
import org.sijill.fact.TroopLevel;
import org.sijill.fact.When;

/**
 * What a fact is a claim about, for presence: the subject, the claimed value or count, the basis, and for a
 * plan when it was announced, read from the kind's {@link ClaimData} record through {@link ClaimData.Cases},
 * so a new claim kind is pointed out here by the compiler. Facts of record kinds are about no presence subject.
 */
public record Subject(SubjectType type, String id, @Nullable String value, @Nullable Long count, @Nullable Long low,
               @Nullable Long high, @Nullable String qualifier, Basis basis, @Nullable When announced,
               boolean inferred) {

    public static @Nullable Subject of(FactContent content) {
        if (!(content.typed() instanceof ClaimData claim)) {
            return null;
        }
        SubjectType type = content.kind().schema().subjectType().orElseThrow();
        Basis basis = claim.basisOrReported();
        return claim.match(new ClaimData.Cases<>() {
            @Override
            public Subject troops(TroopLevel t) {
                return new Subject(type, t.force(), null, t.count(), t.low(), t.high(), t.qualifier(), basis,
                        t.announced(), t.isInferred());
            }

            @Override
            public Subject mission(MissionPhase m) {
                return new Subject(type, m.scope(), m.phase(), null, null, null, null, basis, m.announced(),
                        m.isInferred());
            }

            @Override
            public Subject base(BaseStatus b) {
                return new Subject(type, b.baseId(), b.status(), null, null, null, null, basis, b.announced(),
                        b.isInferred());
            }

            @Override
            public Subject agreement(AgreementStatus a) {
                return new Subject(type, a.agreementId(), a.status(), null, null, null, null, basis, a.announced(),
                        a.isInferred());
            }
        });
    }
}
