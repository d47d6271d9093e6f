package org.sijill.fact;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.StateConflictException;
import org.sijill.shared.VersionConflictException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.fact.Facts.T1;
import static org.sijill.fact.Facts.T2;
import static org.sijill.fact.Facts.T3;
import static org.sijill.fact.Facts.recorded;
import static org.sijill.fact.Facts.troopLevel;

class FactAggregateTest {

    private AggregateTestFixture<Fact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Fact.class);
    }

    @Test
    void recordsAValidFact() {
        fixture.givenNoPriorActivity()
                .when(new RecordFact("f1", troopLevel(2500), "editor", T1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded("f1", troopLevel(2500)));
    }

    @Test
    void refusesAFactThatBreaksTheRulesAndStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(new RecordFact("f1", troopLevel(-5), "editor", T1))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("data.count"))
                .expectNoEvents();
    }

    @Test
    void refusesAMalformedIdAndAMissingEditor() {
        fixture.givenNoPriorActivity()
                .when(new RecordFact("bad id!", troopLevel(10), " ", null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents()
                .expectException(org.hamcrest.Matchers.<Throwable>hasProperty("message",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("factId"),
                                org.hamcrest.Matchers.containsString("recordedBy"),
                                org.hamcrest.Matchers.containsString("recordedAt"))));
    }

    @Test
    void correctsAgainstTheCurrentVersion() {
        FactCorrection correction = new FactCorrection(null, Map.of("force", "US", "count", 2000), null, null, null);
        FactContent corrected = troopLevel(2000);
        fixture.given(recorded("f1", troopLevel(2500)))
                .when(new CorrectFact("f1", 1, "document says 2,000", correction, "editor", T2))
                .expectResultMessagePayload(2L)
                .expectEvents(new FactCorrected("f1", 2, "document says 2,000", corrected, "editor", T2));
    }

    @Test
    void refusesAStaleCorrectionWithTheCurrentVersion() {
        FactCorrection correction = new FactCorrection(null, null, null, "changed", null);
        fixture.given(recorded("f1", troopLevel(2500)),
                        new FactCorrected("f1", 2, "r", troopLevel(2400), "editor", T2))
                .when(new CorrectFact("f1", 1, "late edit", correction, "editor", T3))
                .expectException(VersionConflictException.class)
                .expectNoEvents()
                .expectException(org.hamcrest.Matchers.<Throwable>hasProperty("message",
                        org.hamcrest.Matchers.containsString("at version 2, not 1")));
    }

    @Test
    void refusesACorrectionWithoutReason() {
        FactCorrection correction = new FactCorrection(null, null, null, "changed", null);
        fixture.given(recorded("f1", troopLevel(2500)))
                .when(new CorrectFact("f1", 1, "  ", correction, "editor", T2))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionThatChangesNothing() {
        FactCorrection same = new FactCorrection(null, null, null, troopLevel(2500).summaryEn(), null);
        fixture.given(recorded("f1", troopLevel(2500)))
                .when(new CorrectFact("f1", 1, "no-op", same, "editor", T2))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("changes nothing"))
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionThatMakesTheFactInvalid() {
        FactCorrection bad = new FactCorrection(null, null, List.of(), null, null);
        fixture.given(recorded("f1", troopLevel(2500)))
                .when(new CorrectFact("f1", 1, "drop sources", bad, "editor", T2))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("sources"))
                .expectNoEvents();
    }

    @Test
    void retractsAgainstTheCurrentVersion() {
        fixture.given(recorded("f1", troopLevel(2500)))
                .when(new RetractFact("f1", 1, "duplicate of f2", "editor", T2))
                .expectResultMessagePayload(2L)
                .expectEvents(new FactRetracted("f1", 2, "duplicate of f2", "editor", T2));
    }

    @Test
    void refusesARetractionWithoutReasonOrWithAStaleVersion() {
        fixture.given(recorded("f1", troopLevel(2500)))
                .when(new RetractFact("f1", 1, null, "editor", T2))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        fixture.given(recorded("f1", troopLevel(2500)))
                .when(new RetractFact("f1", 3, "why", "editor", T2))
                .expectException(VersionConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aRetractedFactTakesNoFurtherEdits() {
        FactCorrection correction = new FactCorrection(null, null, null, "changed", null);
        fixture.given(recorded("f1", troopLevel(2500)), new FactRetracted("f1", 2, "wrong", "editor", T2))
                .when(new CorrectFact("f1", 2, "revive", correction, "editor", T3))
                .expectException(StateConflictException.class)
                .expectNoEvents();
        fixture.given(recorded("f1", troopLevel(2500)), new FactRetracted("f1", 2, "wrong", "editor", T2))
                .when(new RetractFact("f1", 2, "again", "editor", T3))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theVersionConflictCarriesTheCurrentVersion() {
        VersionConflictException conflict = new VersionConflictException("f1", 1, 4);
        assertThat(conflict.currentVersion()).isEqualTo(4);
    }

    @Test
    void aSeedRevisionCorrectsWhatTheImporterRecordedAndOnlyThat() {
        FactContent revised = troopLevel(3000);
        fixture.given(new FactRecorded("f1", troopLevel(2500), "seed-importer", T1))
                .when(new ReviseFromSeed("f1", revised, "Seed revision: dated by the text", "seed-importer", T2))
                .expectResultMessagePayload("Seed revision: dated by the text (changed: data)")
                .expectEvents(new FactCorrected("f1", 2, "Seed revision: dated by the text (changed: data)", revised,
                        "seed-importer", T2));
    }

    @Test
    void aSeedRevisionWithoutANoteNamesThePartsThatChanged() {
        FactContent current = troopLevel(2500);
        FactContent withArabic = new FactContent(current.kind(), current.when(), current.data(), current.sources(),
                current.summaryEn(), "بلغ عدد القوات الأمريكية 2500", current.rank());
        fixture.given(new FactRecorded("f1", current, "seed-importer", T1))
                .when(new ReviseFromSeed("f1", withArabic, null, "seed-importer", T2))
                .expectResultMessagePayload("Seed revision: the curated chronology changed its summaryAr")
                .expectEvents(new FactCorrected("f1", 2, "Seed revision: the curated chronology changed its summaryAr",
                        withArabic, "seed-importer", T2));
    }

    @Test
    void aSeedRevisionWithTheSameContentRecordsNothing() {
        fixture.given(new FactRecorded("f1", troopLevel(2500), "seed-importer", T1))
                .when(new ReviseFromSeed("f1", troopLevel(2500), "Seed revision", "seed-importer", T2))
                .expectResultMessagePayload(null)
                .expectNoEvents();
    }

    @Test
    void anEditorsLaterChangeWinsOverASeedRevision() {
        fixture.given(new FactRecorded("f1", troopLevel(2500), "seed-importer", T1),
                        new FactCorrected("f1", 2, "editor's fix", troopLevel(2600), "alice", T2))
                .when(new ReviseFromSeed("f1", troopLevel(3000), "Seed revision", "seed-importer", T3))
                .expectResultMessagePayload(null)
                .expectNoEvents();
    }

    @Test
    void aSeedRetractionRetractsOnceAndLeavesARetractedFactAlone() {
        fixture.given(new FactRecorded("f1", troopLevel(2500), "seed-importer", T1))
                .when(new ReviseFromSeed("f1", null, "Seed retraction: invented", "seed-importer", T2))
                .expectResultMessagePayload("Seed retraction: invented")
                .expectEvents(new FactRetracted("f1", 2, "Seed retraction: invented", "seed-importer", T2));
        fixture.given(new FactRecorded("f1", troopLevel(2500), "seed-importer", T1),
                        new FactRetracted("f1", 2, "Seed retraction: invented", "seed-importer", T2))
                .when(new ReviseFromSeed("f1", null, "Seed retraction: invented", "seed-importer", T3))
                .expectResultMessagePayload(null)
                .expectNoEvents();
    }

    @Test
    void aSeedRevisionThatBreaksTheRulesIsRefused() {
        fixture.given(new FactRecorded("f1", troopLevel(2500), "seed-importer", T1))
                .when(new ReviseFromSeed("f1", troopLevel(-1), "Seed revision", "seed-importer", T2))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedAsSuchEvenOnARetractedFact() {
        fixture.given(new FactRecorded("f1", troopLevel(2500), "editor", T1),
                        new FactRetracted("f1", 2, "gone", "editor", T2))
                .when(new CorrectFact("f1", 2, " ", new FactCorrection(null, null, null, "x", null), "editor", T3))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }
}
