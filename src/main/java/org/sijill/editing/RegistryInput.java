package org.sijill.editing;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Request bodies of the registrations. */
final class RegistryInput {

    private RegistryInput() {
    }

    @Schema(example = """
            {"sourceId":"unami-2025-report","title":"Report of the Secretary-General","publisher":"United Nations",
             "published":"2025-05","language":"en"}""")
    record NewSource(String sourceId, String title, String publisher, String published, String language,
                     String seedFile) {
    }

    @Schema(example = """
            {"baseId":"union-iii","nameEn":"Union III","nameAr":"قاعدة الاتحاد الثالث","aliases":["Union 3"],
             "province":"Baghdad","location":{"lat":33.3,"lon":44.4,"precision":"AREA","reference":"Example only: the centre of Baghdad"}}""")
    record NewBase(String baseId, String nameEn, String nameAr, List<String> aliases, String province,
                   org.sijill.base.@org.jspecify.annotations.Nullable BaseLocation location,
                   @org.jspecify.annotations.Nullable String locationNote) {
    }

    @Schema(example = """
            {"agreementId":"bilateral-security-2025","nameEn":"Bilateral security arrangement","nameAr":"ترتيب أمني ثنائي"}""")
    record NewAgreement(String agreementId, String nameEn, String nameAr) {
    }
}
