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
                .when(new RegisterBase("qayyarah", "Qayyarah Airfield West", "القيارة", List.of("القبارية"), "Nineveh", null, null,
                        "importer", NOW))
                .expectEvents(new BaseRegistered("qayyarah", "Qayyarah Airfield West", "القيارة", List.of("القبارية"),
                        "Nineveh", null, null, "importer", NOW));
    }

    @Test
    void refusesABaseWithoutArabicNameOrWithABlankAlias() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBase("k1", "K-1", "", List.of(" "), null, null, null, "importer", NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("nameAr"),
                        org.hamcrest.Matchers.containsString("aliases[0]")))
                .expectNoEvents();
    }

    private static final BaseLocation K1 = new BaseLocation(35.5125, 44.2842, "SITE", "Wikipedia, 'K-1 Air Base'");
    private static final BaseRegistered K1_REGISTERED = new BaseRegistered("k1", "K-1", "كركوك", List.of(), "Kirkuk",
            null, null, "importer", NOW);

    @Test
    void locatingABaseAnswersWhatChangedAndRepeatingItChangesNothing() {
        fixture.given(K1_REGISTERED)
                .when(new LocateBase("k1", "Kirkuk", K1, null, null, "editor", NOW))
                .expectEvents(new BaseLocated("k1", "Kirkuk", K1, null, "editor", NOW))
                .expectResultMessagePayload("located (location)");
        fixture.given(K1_REGISTERED, new BaseLocated("k1", "Kirkuk", K1, null, "editor", NOW))
                .when(new LocateBase("k1", "Kirkuk", K1, null, null, "editor", NOW))
                .expectNoEvents().expectResultMessagePayload(null);
    }

    @Test
    void theSeedImporterDoesNotOverrideAnEditorsLocation() {
        fixture.given(K1_REGISTERED, new BaseLocated("k1", "Kirkuk", K1, null, "editor", NOW))
                .when(new LocateBase("k1", "Kirkuk", null, "unknown", "importer", "importer", NOW))
                .expectNoEvents().expectResultMessagePayload(null);
        fixture.given(K1_REGISTERED)
                .when(new LocateBase("k1", "Kirkuk", K1, null, "importer", "importer", NOW))
                .expectEvents(new BaseLocated("k1", "Kirkuk", K1, null, "importer", NOW));
    }

    @Test
    void aLocationIsRefusedPartByPartAtOnce() {
        fixture.given(K1_REGISTERED)
                .when(new LocateBase("k1", null, new BaseLocation(95.0, null, "PIN", " "), null, null, "editor", NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("location.lat"),
                        org.hamcrest.Matchers.containsString("location.lon"),
                        org.hamcrest.Matchers.containsString("location.precision"),
                        org.hamcrest.Matchers.containsString("location.reference")))
                .expectNoEvents();
    }
}
