package org.sijill.agreement;

import org.sijill.shared.KnownIds;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What other features may ask about registered agreements. */
@Service
@Transactional(readOnly = true)
public class AgreementCatalog {

    private final AgreementRepository agreements;
    private final KnownIds known = new KnownIds();

    AgreementCatalog(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    public boolean exists(String agreementId) {
        return known.exists(agreementId, agreements::existsById);
    }

    public Optional<AgreementEntry> find(String agreementId) {
        return agreements.findById(agreementId);
    }

    public List<AgreementEntry> all() {
        return agreements.findAll(Sort.by("agreementId"));
    }
}
