package org.sijill.agreement;

import java.time.Instant;

/** An agreement became referable by facts. */
public record AgreementRegistered(String agreementId, String nameEn, String nameAr, String recordedBy,
                                  Instant recordedAt) {
}
