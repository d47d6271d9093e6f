package org.sijill.fact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijill.shared.Violation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.fact.FactKind.*;

class FactRulesTest {

    @Test
    void aWellFormedFactOfEveryStructuredKindPasses() {
        assertThat(FactRules.check(Facts.troopLevel(2500))).isEmpty();
        assertThat(FactRules.check(Facts.withData(TROOP_LEVEL,
                Map.of("force", "COALITION_TOTAL", "count", 5000, "low", 4000, "high", 6000, "qualifier", "APPROXIMATE"))))
                .isEmpty();
        assertThat(FactRules.check(Facts.withData(TROOP_MOVEMENT,
                Map.of("force", "US", "direction", "WITHDRAWN", "count", 500, "baseId", "k1")))).isEmpty();
        assertThat(FactRules.check(Facts.withData(BASE_STATUS, Map.of("baseId", "k1", "status", "HANDED_OVER")))).isEmpty();
        assertThat(FactRules.check(Facts.withData(MISSION_PHASE, Map.of("scope", "IRAQ", "phase", "ENDED")))).isEmpty();
        assertThat(FactRules.check(Facts.withData(AGREEMENT, Map.of("agreementId", "sofa", "status", "IN_FORCE")))).isEmpty();
        assertThat(FactRules.check(Facts.withData(STATEMENT, Map.of("speaker", "anyone")))).isEmpty();
    }

    static Stream<Arguments> badData() {
        return Stream.of(
                Arguments.of(TROOP_LEVEL, Map.of("force", "NATO", "count", 1), "data.force"),
                Arguments.of(TROOP_LEVEL, Map.of("force", "US"), "data.count"),
                Arguments.of(TROOP_LEVEL, Map.of("force", "US", "count", -1), "data.count"),
                Arguments.of(TROOP_LEVEL, Map.of("force", "US", "count", 9_000_000_000L), "data.count"),
                Arguments.of(TROOP_LEVEL, Map.of("force", "US", "count", 2.5), "data.count"),
                Arguments.of(TROOP_LEVEL, Map.of("force", "US", "count", "2500"), "data.count"),
                Arguments.of(TROOP_LEVEL, Map.of("force", "US", "count", 100, "low", 200), "data.low"),
                Arguments.of(TROOP_LEVEL, Map.of("force", "US", "count", 100, "high", 50), "data.high"),
                Arguments.of(TROOP_LEVEL, Map.of("force", "US", "count", 100, "qualifier", "ROUGHLY"), "data.qualifier"),
                Arguments.of(TROOP_MOVEMENT, Map.of("force", "US", "direction", "LEFT", "count", 1), "data.direction"),
                Arguments.of(TROOP_MOVEMENT, Map.of("force", "US", "direction", "DEPLOYED", "count", 1, "baseId", 7), "data.baseId"),
                Arguments.of(BASE_STATUS, Map.of("status", "HANDED_OVER"), "data.baseId"),
                Arguments.of(BASE_STATUS, Map.of("baseId", "k1", "status", "GONE"), "data.status"),
                Arguments.of(MISSION_PHASE, Map.of("scope", "MARS", "phase", "ENDED"), "data.scope"),
                Arguments.of(MISSION_PHASE, Map.of("scope", "IRAQ"), "data.phase"),
                Arguments.of(AGREEMENT, Map.of("agreementId", "bad id", "status", "SIGNED"), "data.agreementId"),
                Arguments.of(AGREEMENT, Map.of("agreementId", "sofa", "status", "PAUSED"), "data.status"),
                Arguments.of(TROOP_LEVEL, Map.of("force", "US", "count", 1, "basis", "RUMOURED"), "data.basis"),
                Arguments.of(STATEMENT, Map.of("speaker", "x", "basis", "REPORTED"), "data.basis"),
                Arguments.of(MISSION_PHASE, Map.of("scope", "IRAQ", "phase", "ENDED", "basis", "PLANNED"), "data.announced"),
                Arguments.of(MISSION_PHASE, Map.of("scope", "IRAQ", "phase", "ENDED", "basis", "PLANNED",
                        "announced", Map.of("date", "2024-13", "precision", "MONTH")), "data.announced"),
                Arguments.of(MISSION_PHASE, Map.of("scope", "IRAQ", "phase", "ENDED", "basis", "PLANNED",
                        "announced", "2024-09"), "data.announced"),
                Arguments.of(BASE_STATUS, Map.of("baseId", "k1", "status", "CLOSED", "announced",
                        Map.of("date", "2024", "precision", "YEAR")), "data.announced"));
    }

    @Test
    void aPlanSaysWhenItWasAnnouncedAndNotAfterItsDate() {
        Map<String, Object> plan = Map.of("scope", "IRAQ", "phase", "ENDED", "basis", "PLANNED",
                "announced", Map.of("date", "2024-09", "precision", "MONTH"));
        FactContent onTime = new FactContent(MISSION_PHASE, When.of("2025-09", Precision.MONTH), plan,
                Facts.troopLevel(1).sources(), "planned end", Rank.NORMAL);
        assertThat(FactRules.check(onTime)).isEmpty();
        FactContent late = new FactContent(MISSION_PHASE, When.of("2023", Precision.YEAR), plan,
                Facts.troopLevel(1).sources(), "planned end", Rank.NORMAL);
        assertThat(fields(FactRules.check(late))).containsExactly("data.announced");
        assertThat(onTime.typed()).isEqualTo(new MissionPhase("IRAQ", "ENDED", Basis.PLANNED,
                When.of("2024-09", Precision.MONTH), null));
        assertThat(((ClaimData) TROOP_LEVEL.schema().read(Map.of("force", "US", "count", 1))).basisOrReported())
                .isEqualTo(Basis.REPORTED);
        assertThat(STATEMENT.schema().read(Map.of("speaker", "x", "bases", java.util.List.of("k1"))))
                .isEqualTo(new Narrative(null, java.util.List.of("k1"), null, null, null));
    }

    @ParameterizedTest
    @MethodSource("badData")
    void refusesBadDataNamingTheField(FactKind kind, Map<String, Object> data, String field) {
        assertThat(fields(FactRules.check(Facts.withData(kind, data)))).contains(field);
    }

    static Stream<Arguments> badWhen() {
        return Stream.of(
                Arguments.of(new When("2021-12-01", null, Precision.MONTH), "when.date"),
                Arguments.of(new When("2021-02-30", null, Precision.DAY), "when.date"),
                Arguments.of(new When("2021-13", null, Precision.MONTH), "when.date"),
                Arguments.of(new When("21", null, Precision.YEAR), "when.date"),
                Arguments.of(new When("2021", null, null), "when.precision"),
                Arguments.of(new When("2017", "2014", Precision.YEAR), "when.until"),
                Arguments.of(new When("2014", "2014", Precision.YEAR), "when.until"),
                Arguments.of(new When("2014", "2017-01", Precision.YEAR), "when.until"));
    }

    @ParameterizedTest
    @MethodSource("badWhen")
    void refusesDatesThatDoNotMatchTheirPrecisionOrSpansThatRunBackwards(When when, String field) {
        assertThat(fields(FactRules.check(Facts.withWhen(when)))).contains(field);
    }

    @Test
    void aSpanCoversWholePeriods() {
        When span = new When("2014", "2017", Precision.YEAR);
        assertThat(FactRules.check(Facts.withWhen(span))).isEmpty();
        assertThat(span.start()).hasToString("2014-01-01");
        assertThat(span.end()).hasToString("2018-01-01");
        assertThat(When.of("2020-02", Precision.MONTH).end()).hasToString("2020-03-01");
    }

    @Test
    void requiresSourcesWithLocatorsAndASummaryWithoutControlCharacters() {
        FactContent base = Facts.troopLevel(1);
        FactContent noSources = new FactContent(base.kind(), base.when(), base.data(), List.of(), base.summaryEn(), base.rank());
        FactContent noLocator = new FactContent(base.kind(), base.when(), base.data(),
                List.of(new SourceRef("doc-1", " ")), base.summaryEn(), base.rank());
        FactContent badSummary = new FactContent(base.kind(), base.when(), base.data(), base.sources(), "a\u0000b", base.rank());
        FactContent noRank = new FactContent(base.kind(), base.when(), base.data(), base.sources(), base.summaryEn(), null);
        assertThat(fields(FactRules.check(noSources))).containsExactly("sources");
        assertThat(fields(FactRules.check(noLocator))).containsExactly("sources[0].locator");
        assertThat(fields(FactRules.check(badSummary))).containsExactly("summaryEn");
        assertThat(fields(FactRules.check(noRank))).containsExactly("rank");
    }

    @Test
    void acceptsArabicAndNewlinesInSummaries() {
        FactContent base = Facts.troopLevel(1);
        Map<String, Object> data = new HashMap<>(base.data());
        FactContent arabic = new FactContent(base.kind(), base.when(), data, base.sources(),
                "Handover of عين الأسد (Ain al-Asad)\nsecond line", base.rank());
        assertThat(FactRules.check(arabic)).isEmpty();
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
