package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.sijill.fact.Precision;
import org.sijill.fact.Rank;
import org.sijill.fact.When;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.presence.RuleFixture.day;
import static org.sijill.presence.RuleFixture.month;
import static org.sijill.presence.RuleFixture.year;

/** CONTRACT.md "Which claim answers", case by case, on bases no seed mentions. */
@SijillTest
class ClaimSelectionIT {

    private static final Instant T1 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2025-02-01T00:00:00Z");
    private static final Instant T3 = Instant.parse("2025-03-01T00:00:00Z");
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
    void theClaimWithTheLatestStartOnOrBeforeTheDateAnswers() {
        fixture.base("r-latest");
        fixture.claim("r-latest-a", "r-latest", "COALITION_PRESENT", year("2020"), Rank.NORMAL, T1);
        fixture.claim("r-latest-b", "r-latest", "HANDED_OVER", month("2020-06"), Rank.NORMAL, T1);
        assertThat(base("r-latest", "2020-03-01", LATER).map(Presence.BaseState::factId)).contains("r-latest-a");
        assertThat(base("r-latest", "2020-07-01", LATER).map(Presence.BaseState::status)).contains("HANDED_OVER");
        assertThat(base("r-latest", "2019-12-31", LATER)).isEmpty();
    }

    @Test
    void aTieOnTheStartGoesToThePreferredRankAndTheOtherIsAnAlternative() {
        fixture.base("r-rank");
        fixture.claim("r-rank-normal", "r-rank", "COALITION_PRESENT", day("2020-06-01"), Rank.NORMAL, T2);
        fixture.claim("r-rank-preferred", "r-rank", "HANDED_OVER", day("2020-06-01"), Rank.PREFERRED, T1);
        Presence.BaseState state = base("r-rank", "2020-06-02", LATER).orElseThrow();
        assertThat(state.factId()).isEqualTo("r-rank-preferred");
        assertThat(state.alternatives()).extracting(Presence.BaseState::factId).containsExactly("r-rank-normal");
        assertThat(state.alternatives().get(0).status()).isEqualTo("COALITION_PRESENT");
        assertThat(state.alternatives().get(0).alternatives()).isNull();
    }

    @Test
    void thenFinerPrecisionThenTheLaterRecord() {
        fixture.base("r-fine");
        fixture.claim("r-fine-year", "r-fine", "COALITION_PRESENT", year("2020"), Rank.NORMAL, T3);
        fixture.claim("r-fine-month", "r-fine", "HANDED_OVER", month("2020-01"), Rank.NORMAL, T2);
        fixture.claim("r-fine-day-early", "r-fine", "CLOSED", day("2020-01-01"), Rank.NORMAL, T1);
        fixture.claim("r-fine-day-late", "r-fine", "HANDED_OVER", day("2020-01-01"), Rank.NORMAL, T2);
        Presence.BaseState state = base("r-fine", "2020-05-01", LATER).orElseThrow();
        assertThat(state.factId()).isEqualTo("r-fine-day-late");
        assertThat(state.alternatives()).extracting(Presence.BaseState::factId)
                .containsExactly("r-fine-day-early", "r-fine-month", "r-fine-year");
    }

    @Test
    void aDateInsideTheWinnersImprecisePeriodIsInTransition() {
        fixture.base("r-transit");
        fixture.claim("r-transit-month", "r-transit", "HANDED_OVER", month("2020-09"), Rank.NORMAL, T1);
        assertThat(base("r-transit", "2020-09-10", LATER).orElseThrow().inTransition()).isTrue();
        assertThat(base("r-transit", "2020-10-05", LATER).orElseThrow().inTransition()).isFalse();
    }

    @Test
    void aSpanAnswersFromItsStartAndIsInTransitionOnlyInItsFirstPeriod() {
        fixture.base("r-span");
        fixture.claim("r-span-a", "r-span", "COALITION_PRESENT", new When("2014", "2017", Precision.YEAR),
                Rank.NORMAL, T1);
        Presence.BaseState inFirstYear = base("r-span", "2014-03-01", LATER).orElseThrow();
        assertThat(inFirstYear.inTransition()).isTrue();
        assertThat(inFirstYear.when().until()).isEqualTo("2017");
        assertThat(base("r-span", "2016-05-01", LATER).orElseThrow().inTransition()).isFalse();
    }

    @Test
    void retractedAndDeprecatedClaimsNeverAnswer() {
        fixture.base("r-gone");
        fixture.claim("r-gone-old", "r-gone", "COALITION_PRESENT", year("2019"), Rank.NORMAL, T1);
        fixture.claim("r-gone-retracted", "r-gone", "HANDED_OVER", year("2020"), Rank.NORMAL, T1);
        fixture.claim("r-gone-deprecated", "r-gone", "CLOSED", year("2021"), Rank.DEPRECATED, T1);
        assertThat(base("r-gone", "2022-01-01", T2).map(Presence.BaseState::factId)).contains("r-gone-retracted");
        fixture.retract("r-gone-retracted", 1, T3);
        assertThat(base("r-gone", "2022-01-01", LATER).map(Presence.BaseState::factId)).contains("r-gone-old");
        assertThat(base("r-gone", "2022-01-01", T2).map(Presence.BaseState::factId))
                .as("as known before the retraction").contains("r-gone-retracted");
    }

    @Test
    void asKnownAtGivesTheAnswerOfEveryMomentBeforeAndAfterACorrection() {
        fixture.base("r-known");
        fixture.claim("r-known-a", "r-known", "COALITION_PRESENT", year("2020"), Rank.NORMAL, T1);
        fixture.correctStatus("r-known-a", 1, "r-known", "CLOSED", T3);
        assertThat(base("r-known", "2020-06-01", T1.minusSeconds(1))).as("before it was recorded").isEmpty();
        Presence.BaseState before = base("r-known", "2020-06-01", T2).orElseThrow();
        assertThat(before.status()).isEqualTo("COALITION_PRESENT");
        assertThat(before.version()).isEqualTo(1);
        Presence.BaseState after = base("r-known", "2020-06-01", LATER).orElseThrow();
        assertThat(after.status()).isEqualTo("CLOSED");
        assertThat(after.version()).isEqualTo(2);
        assertThat(base("r-known", "2020-06-01", T3).orElseThrow().version()).as("at the very instant").isEqualTo(2);
    }

    private Optional<Presence.BaseState> base(String baseId, String on, Instant asKnownAt) {
        return presence.at(LocalDate.parse(on), asKnownAt, SubjectFilter.ALL).bases().stream()
                .filter(b -> b.baseId().equals(baseId)).findFirst();
    }
}
