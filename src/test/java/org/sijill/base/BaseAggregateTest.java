package org.sijill.base;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.sijill.shared.InvalidCommandException;

import java.time.Instant;
import java.util.List;

class BaseAggregateTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final AggregateTestFixture<Base> fixture = new AggregateTestFixture<>(Base.class);

    @Test
    void registersABaseWithItsAliases() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBase("qayyarah", "Qayyarah Airfield West", "القيارة", List.of("القبارية"), "Nineveh",
                        "importer", NOW))
                .expectEvents(new BaseRegistered("qayyarah", "Qayyarah Airfield West", "القيارة", List.of("القبارية"),
                        "Nineveh", "importer", NOW));
    }

    @Test
    void refusesABaseWithoutArabicNameOrWithABlankAlias() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBase("k1", "K-1", "", List.of(" "), null, "importer", NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("nameAr"),
                        org.hamcrest.Matchers.containsString("aliases[0]")))
                .expectNoEvents();
    }
}
