package org.sijill.agreement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the agreement table, in the subscribing "registry" group (see SourceProjection). */
@Component
@ProcessingGroup("registry")
class AgreementProjection {

    private final AgreementRepository agreements;

    AgreementProjection(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    @EventHandler
    void on(AgreementRegistered event) {
        agreements.save(new AgreementEntry(event));
    }

}
