package org.sijill.agreement;

import java.time.Instant;

/** Register an agreement (SOFA, SFA, a joint statement) that AGREEMENT facts give a status to. */
public record RegisterAgreement(String agreementId, String nameEn, String nameAr, String recordedBy,
                                Instant recordedAt) {
}
