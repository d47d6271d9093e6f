package org.sijill.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The registered agreements. */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements")
class AgreementController {

    private final AgreementCatalog agreements;

    AgreementController(AgreementCatalog agreements) {
        this.agreements = agreements;
    }

    record AgreementView(String agreementId, String nameEn, String nameAr) implements org.sijill.web.CsvRow {

        @Override
        public List<String> csvColumns() {
            return List.of("agreementId", "nameEn", "nameAr");
        }

        @Override
        public List<Object> csvValues() {
            return java.util.Arrays.asList(agreementId, nameEn, nameAr);
        }
    }

    @GetMapping
    @Operation(summary = "Every registered agreement")
    List<AgreementView> all() {
        return agreements.all().stream().map(a -> new AgreementView(a.getAgreementId(), a.getNameEn(), a.getNameAr()))
                .toList();
    }

    @GetMapping("/{agreementId}")
    @Operation(summary = "One agreement")
    AgreementView one(@Parameter(example = "sofa-2008") @PathVariable String agreementId) {
        return agreements.find(agreementId).map(a -> new AgreementView(a.getAgreementId(), a.getNameEn(), a.getNameAr()))
                .orElseThrow(() -> new NotFoundException("agreement", agreementId));
    }
}
