package org.sijill.agreement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.sijill.shared.InvalidCommandException;

import java.time.Instant;

class AgreementAggregateTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final AggregateTestFixture<Agreement> fixture = new AggregateTestFixture<>(Agreement.class);

    @Test
    void registersAnAgreement() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgreement("sofa-2008", "Status of Forces Agreement", "اتفاقية وضع القوات", "importer", NOW))
                .expectEvents(new AgreementRegistered("sofa-2008", "Status of Forces Agreement", "اتفاقية وضع القوات",
                        "importer", NOW));
    }

    @Test
    void refusesAnAgreementWithoutNames() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgreement("sofa-2008", null, null, "importer", NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("nameEn"))
                .expectNoEvents();
    }
}
