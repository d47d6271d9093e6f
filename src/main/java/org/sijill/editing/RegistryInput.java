package org.sijill.editing;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Request bodies of the registrations. */
final class RegistryInput {

    private RegistryInput() {
    }

    @Schema(example = """
            {"sourceId":"example-source","title":"EXAMPLE: a report's title","publisher":"EXAMPLE: its publisher",
             "published":"2025-05","language":"en"}""")
    record NewSource(String sourceId, String title, String publisher, String published, String language,
                     String seedFile) {
    }

    @Schema(example = """
            {"baseId":"example-base","nameEn":"EXAMPLE base","nameAr":"قاعدة مثال","aliases":["EXAMPLE"],
             "province":"Baghdad","location":{"lat":33.3,"lon":44.4,"precision":"AREA","reference":"Example only: the centre of Baghdad"}}""")
    record NewBase(String baseId, String nameEn, String nameAr, List<String> aliases, String province,
                   org.sijill.base.@org.jspecify.annotations.Nullable BaseLocation location,
                   @org.jspecify.annotations.Nullable String locationNote) {
    }

    @Schema(example = """
            {"agreementId":"example-agreement","nameEn":"EXAMPLE agreement","nameAr":"اتفاق مثال"}""")
    record NewAgreement(String agreementId, String nameEn, String nameAr) {
    }
}
