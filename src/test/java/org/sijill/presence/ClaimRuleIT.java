package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.sijill.fact.FactKind;
import org.sijill.fact.Precision;
import org.sijill.fact.Rank;
import org.sijill.fact.SubjectType;
import org.sijill.fact.When;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.presence.RuleFixture.day;
import static org.sijill.presence.RuleFixture.month;
import static org.sijill.presence.RuleFixture.year;

/** CONTRACT.md "Which claim answers": spans that end, lapsed, basis, planned and due, filters, series, diff. */
@SijillTest
class ClaimRuleIT {

    private static final Instant T1 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2025-12-01T00:00:00Z");

    @Autowired
    CommandGateway commands;
    @Autowired
    EventLog readModel;
    @Autowired
    PresenceQueries presence;

    private RuleFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new RuleFixture(commands, readModel);
    }

    @org.junit.jupiter.api.AfterEach
    void retractWhatTheTestRecorded() {
        fixture.retractAll();
    }

    @Test
    void aSpanHoldsThroughItsLastPeriodThenTheSubjectIsAbsentAndListedAsLapsed() {
        fixture.base("l-span");
        fixture.claim("l-span-0307", "l-span", "COALITION_PRESENT", new When("2003", "2007", Precision.YEAR),
                Rank.NORMAL, T1);
        fixture.claim("l-span-2011", "l-span", "HANDED_OVER", month("2011-10"), Rank.NORMAL, T1);

        assertThat(at("2007-12-31", "l-span").bases()).extracting(Presence.BaseState::factId).containsExactly("l-span-0307");
        Presence after = at("2008-01-01", "l-span");
        assertThat(after.bases()).as("a claim about 2003-2007 says nothing about 2008").isEmpty();
        assertThat(after.lapsed()).singleElement().satisfies(lapsed -> {
            assertThat(lapsed.factId()).isEqualTo("l-span-0307");
            assertThat(lapsed.heldUntil()).isEqualTo(LocalDate.parse("2007-12-31"));
            assertThat(lapsed.value()).isEqualTo("COALITION_PRESENT");
        });
        Presence handedOver = at("2012-06-01", "l-span");
        assertThat(handedOver.bases()).extracting(Presence.BaseState::status).containsExactly("HANDED_OVER");
        assertThat(handedOver.lapsed()).isEmpty();
    }

    @Test
    void everyEntryCarriesItsBasisReportedByDefault() {
        fixture.base("l-basis");
        fixture.claim("l-basis-reported", "l-basis", "COALITION_PRESENT", year("2019"), Rank.NORMAL, T1);
        fixture.fact("l-basis-announced", FactKind.BASE_STATUS, month("2020-03"),
                Map.of("baseId", "l-basis", "status", "HANDED_OVER", "basis", "ANNOUNCED"), Rank.NORMAL, T1);
        assertThat(at("2019-06-01", "l-basis").bases().get(0).basis()).isEqualTo("REPORTED");
        assertThat(at("2020-06-01", "l-basis").bases().get(0).basis()).isEqualTo("ANNOUNCED");
    }

    @Test
    void aPlanNeverDecidesIsListedOnceAnnouncedIsDueOnItsDateAndGoesWhenTheRecordCatchesUp() {
        fixture.base("l-plan");
        fixture.claim("l-plan-present", "l-plan", "COALITION_PRESENT", year("2020"), Rank.NORMAL, T1);
        fixture.fact("l-plan-close", FactKind.BASE_STATUS, month("2022-06"), Map.of("baseId", "l-plan",
                "status", "CLOSED", "basis", "PLANNED", "announced", Map.of("date", "2021-03", "precision", "MONTH")),
                Rank.NORMAL, T1);

        assertThat(at("2021-01-01", "l-plan").planned()).as("not yet announced").isEmpty();
        Presence announced = at("2021-06-01", "l-plan");
        assertThat(announced.bases()).extracting(Presence.BaseState::status).containsExactly("COALITION_PRESENT");
        assertThat(announced.planned()).singleElement().satisfies(plan -> {
            assertThat(plan.factId()).isEqualTo("l-plan-close");
            assertThat(plan.value()).isEqualTo("CLOSED");
            assertThat(plan.announced()).isEqualTo(When.of("2021-03", Precision.MONTH));
            assertThat(plan.due()).isFalse();
        });
        Presence due = at("2022-07-01", "l-plan");
        assertThat(due.bases()).as("a plan never decides").extracting(Presence.BaseState::status)
                .containsExactly("COALITION_PRESENT");
        assertThat(due.planned()).singleElement().satisfies(plan -> assertThat(plan.due()).isTrue());

        fixture.claim("l-plan-closed", "l-plan", "CLOSED", month("2022-09"), Rank.NORMAL, T1);
        Presence caughtUp = at("2022-10-01", "l-plan");
        assertThat(caughtUp.bases()).extracting(Presence.BaseState::factId).containsExactly("l-plan-closed");
        assertThat(caughtUp.planned()).as("the record has passed the plan's date").isEmpty();
        assertThat(at("2022-07-01", "l-plan").planned()).as("before the report, still due").hasSize(1);
    }

    @Test
    void aPlanIsMetWhenTheDecidingClaimHasItsValueAndStartedAfterItWasAnnouncedEvenBeforeItsDate() {
        fixture.base("l-met");
        fixture.claim("l-met-present", "l-met", "COALITION_PRESENT", year("2019"), Rank.NORMAL, T1);
        fixture.fact("l-met-plan", FactKind.BASE_STATUS, day("2021-12-31"), Map.of("baseId", "l-met",
                "status", "HANDED_OVER", "basis", "PLANNED", "announced", Map.of("date", "2021-07", "precision", "MONTH")),
                Rank.NORMAL, T1);
        assertThat(at("2021-10-01", "l-met").planned()).as("announced, not met").hasSize(1);
        fixture.claim("l-met-handed", "l-met", "HANDED_OVER", day("2021-12-09"), Rank.NORMAL, T1);
        Presence met = at("2022-03-01", "l-met");
        assertThat(met.bases()).extracting(Presence.BaseState::factId).containsExactly("l-met-handed");
        assertThat(met.planned()).as("met before its date: the deciding claim has the planned value").isEmpty();
        assertThat(at("2021-12-20", "l-met").planned()).as("met on the day the claim starts").isEmpty();

        fixture.fact("l-met-other-plan", FactKind.BASE_STATUS, day("2021-12-31"), Map.of("baseId", "l-met",
                "status", "CLOSED", "basis", "PLANNED", "announced", Map.of("date", "2021-08", "precision", "MONTH")),
                Rank.NORMAL, T1);
        assertThat(at("2021-12-20", "l-met").planned()).as("another value: neither met nor passed")
                .extracting(ClaimView::factId).containsExactly("l-met-other-plan");
    }

    @Test
    void aClaimThatStartedBeforeTheAnnouncementDoesNotMeetThePlan() {
        fixture.base("l-early");
        fixture.claim("l-early-handed", "l-early", "HANDED_OVER", month("2021-01"), Rank.NORMAL, T1);
        fixture.fact("l-early-plan", FactKind.BASE_STATUS, day("2021-12-31"), Map.of("baseId", "l-early",
                "status", "HANDED_OVER", "basis", "PLANNED", "announced", Map.of("date", "2021-07", "precision", "MONTH")),
                Rank.NORMAL, T1);
        assertThat(at("2021-10-01", "l-early").planned()).extracting(ClaimView::factId).containsExactly("l-early-plan");
    }

    @Test
    void entriesSayTheirQualifierAndWhetherTheyAreInferred() {
        fixture.base("l-inferred");
        fixture.fact("l-inferred-present", FactKind.BASE_STATUS, month("2020-01"),
                Map.of("baseId", "l-inferred", "status", "COALITION_PRESENT", "inferred", true), Rank.NORMAL, T1);
        Presence.BaseState base = at("2020-06-01", "l-inferred").bases().get(0);
        assertThat(base.inferred()).isTrue();
        Series series = presence.series(org.sijill.fact.SubjectType.BASE, "l-inferred", null,
                LocalDate.parse("2020-12-31"), LATER);
        assertThat(series.segments()).singleElement().satisfies(s -> assertThat(s.inferred()).isTrue());
    }

    @Test
    void aDateAfterTheInstantIsBeyondTheRecordAndEveryAnswerNamesItsHead() {
        Presence known = presence.at(LocalDate.parse("2025-11-30"), LATER, SubjectFilter.ALL);
        assertThat(known.beyondRecord()).isFalse();
        Presence beyond = presence.at(LocalDate.parse("2025-12-02"), LATER, SubjectFilter.ALL);
        assertThat(beyond.beyondRecord()).as("2025-12-02 is after the instant's date 2025-12-01").isTrue();
        java.time.Instant now = java.time.Instant.now();
        Presence current = presence.at(LocalDate.parse("2020-01-01"), now, SubjectFilter.ALL);
        assertThat(current.head().seq()).isEqualTo(readModel.head());
        assertThat(current.head().hash()).isEqualTo(readModel.chainHeadHash());
        assertThat(presence.at(LocalDate.parse("2020-01-01"), java.time.Instant.parse("2001-01-01T00:00:00Z"),
                SubjectFilter.ALL).head()).as("nothing was stored then").isEqualTo(new org.sijill.eventstore.EventLog.Head(0,
                "0".repeat(64)));
        assertThat(presence.diff(LocalDate.parse("2019-01-01"), LocalDate.parse("2020-01-01"), now).head())
                .isEqualTo(current.head());
    }

    @Test
    void filtersLimitTheAnswerToTheNamedSubjects() {
        fixture.base("l-filter-a");
        fixture.base("l-filter-b");
        fixture.claim("l-filter-a-1", "l-filter-a", "COALITION_PRESENT", year("2019"), Rank.NORMAL, T1);
        fixture.claim("l-filter-b-1", "l-filter-b", "CLOSED", year("2019"), Rank.NORMAL, T1);
        Presence answer = presence.at(LocalDate.parse("2019-05-01"), LATER,
                new SubjectFilter(java.util.Map.of(org.sijill.fact.SubjectType.BASE, List.of("l-filter-b"))));
        assertThat(answer.bases()).extracting(Presence.BaseState::baseId).containsExactly("l-filter-b");
        assertThat(answer.troops()).isEmpty();
        assertThat(answer.missions()).isEmpty();
        assertThat(answer.agreements()).isEmpty();
    }

    @Test
    void aSeriesIsTheRunsOfDaysDecidedByOneClaimWithGapsWhereNothingHolds() {
        fixture.base("l-series");
        fixture.claim("l-series-0307", "l-series", "COALITION_PRESENT", new When("2003", "2007", Precision.YEAR),
                Rank.NORMAL, T1);
        fixture.claim("l-series-2011", "l-series", "HANDED_OVER", month("2011-10"), Rank.NORMAL, T1);
        fixture.claim("l-series-2011-alt", "l-series", "CLOSED", month("2011-10"), Rank.NORMAL,
                T1.minusSeconds(60));
        fixture.claim("l-series-2020", "l-series", "COALITION_PRESENT", year("2020"), Rank.NORMAL, T1);

        Series series = presence.series(SubjectType.BASE, "l-series", null, LocalDate.parse("2021-06-30"), LATER);
        assertThat(series.segments()).extracting(Series.Segment::from, Series.Segment::to, Series.Segment::factId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2003-01-01"), LocalDate.parse("2007-12-31"), "l-series-0307"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2011-10-01"), LocalDate.parse("2019-12-31"), "l-series-2011"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2020-01-01"), LocalDate.parse("2021-06-30"), "l-series-2020"));
        assertThat(series.segments().get(1).alternatives()).extracting(ClaimView::factId)
                .containsExactly("l-series-2011-alt");
        assertThat(series.nameEn()).isEqualTo("Base l-series");

        Series window = presence.series(SubjectType.BASE, "l-series", LocalDate.parse("2005-06-01"),
                LocalDate.parse("2012-01-31"), LATER);
        assertThat(window.segments()).extracting(Series.Segment::from, Series.Segment::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2005-06-01"), LocalDate.parse("2007-12-31")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2011-10-01"), LocalDate.parse("2012-01-31")));
    }

    @Test
    void theDiffFollowsTheSameRuleAndNamesALapseWithTheClaimThatEnded() {
        fixture.base("l-diff");
        fixture.claim("l-diff-0307", "l-diff", "COALITION_PRESENT", new When("2003", "2007", Precision.YEAR),
                Rank.NORMAL, T1);
        PresenceDiff diff = presence.diff(LocalDate.parse("2005-01-01"), LocalDate.parse("2009-01-01"), LATER);
        assertThat(diff.changes()).filteredOn(c -> c.subjectId().equals("l-diff")).singleElement().satisfies(c -> {
            assertThat(c.before().value()).isEqualTo("COALITION_PRESENT");
            assertThat(c.after()).isNull();
            assertThat(c.lapsed()).isTrue();
            assertThat(c.factId()).isEqualTo("l-diff-0307");
        });
        PresenceDiff bothLapsed = presence.diff(LocalDate.parse("2008-01-01"), LocalDate.parse("2009-01-01"), LATER);
        assertThat(bothLapsed.changes()).noneMatch(c -> c.subjectId().equals("l-diff"));
    }

    private Presence at(String on, String baseId) {
        return presence.at(LocalDate.parse(on), LATER,
                new SubjectFilter(java.util.Map.of(org.sijill.fact.SubjectType.BASE, List.of(baseId))));
    }
}
