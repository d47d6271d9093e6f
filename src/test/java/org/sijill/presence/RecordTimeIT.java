package org.sijill.presence;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.sijill.eventstore.EventLog;
import org.sijill.fact.Rank;
import org.sijill.fact.SubjectType;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.presence.RuleFixture.day;
import static org.sijill.presence.RuleFixture.month;

/**
 * CONTRACT.md {@code /presence/diff?on=&fromKnownAt=&toKnownAt=} (why an answer changed between two record instants)
 * and {@code /presence/series?type=} (every subject of a type in one answer).
 */
@SijillTest
class RecordTimeIT {

    private static final Instant RECORDED = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant CHANGED = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant BEFORE = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant AFTER = Instant.parse("2025-09-01T00:00:00Z");
    private static final LocalDate ON = LocalDate.parse("2021-01-01");

    @Autowired
    CommandGateway commands;
    @Autowired
    EventLog events;
    @Autowired
    PresenceQueries presence;
    @Autowired
    RecordDiffs diffs;

    private RuleFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new RuleFixture(commands, events);
    }

    @AfterEach
    void retractWhatTheTestRecorded() {
        fixture.retractAll();
    }

    @Test
    void aCorrectionARetractionAndANewClaimEachExplainTheirSubjectsChangeAndALaterClaimIsNotCited() {
        fixture.base("rt-corrected");
        fixture.base("rt-retracted");
        fixture.base("rt-new");
        fixture.claim("rt-c", "rt-corrected", "COALITION_PRESENT", month("2019-01"), Rank.NORMAL, RECORDED);
        fixture.correctStatus("rt-c", 1, "rt-corrected", "HANDED_OVER", CHANGED);
        fixture.claim("rt-later", "rt-corrected", "CLOSED", day("2022-01-01"), Rank.NORMAL, CHANGED);
        fixture.claim("rt-r", "rt-retracted", "COALITION_PRESENT", month("2019-01"), Rank.NORMAL, RECORDED);
        fixture.retract("rt-r", 1, CHANGED);
        fixture.claim("rt-n", "rt-new", "COALITION_PRESENT", month("2020-05"), Rank.NORMAL, CHANGED);

        RecordDiff diff = diffs.between(ON, BEFORE, AFTER);
        List<RecordDiff.Change> ours = diff.changes().stream().filter(c -> c.subjectId().startsWith("rt-")).toList();
        assertThat(ours).extracting(RecordDiff.Change::subjectId)
                .containsExactly("rt-corrected", "rt-new", "rt-retracted");
        RecordDiff.Change corrected = ours.get(0);
        assertThat(corrected.before().value()).isEqualTo("COALITION_PRESENT");
        assertThat(corrected.after().value()).isEqualTo("HANDED_OVER");
        assertThat(corrected.after().version()).isEqualTo(2);
        assertThat(corrected.recordings()).as("the claim of 2022 cannot decide 2021 and is not cited")
                .singleElement().satisfies(r -> {
                    assertThat(r.factId()).isEqualTo("rt-c");
                    assertThat(r.change()).isEqualTo("CORRECTED");
                    assertThat(r.reason()).isEqualTo("test correction");
                    assertThat(r.recordedBy()).isEqualTo("test");
                });
        assertThat(ours.get(1).before()).isNull();
        assertThat(ours.get(1).recordings()).extracting(RecordDiff.Recording::change).containsExactly("RECORDED");
        assertThat(ours.get(2).after()).isNull();
        assertThat(ours.get(2).recordings()).extracting(RecordDiff.Recording::change).containsExactly("RETRACTED");
        assertThat(diff.head().seq()).isGreaterThanOrEqualTo(diff.fromHead().seq());

        assertThat(diffs.between(ON, AFTER, AFTER).changes()).as("one instant against itself").isEmpty();
    }

    @Test
    void theSeriesOfATypeHoldsEachSubjectsOwnSeries() {
        fixture.base("rt-series-a");
        fixture.base("rt-series-b");
        fixture.claim("rt-sa", "rt-series-a", "COALITION_PRESENT", month("2015-01"), Rank.NORMAL, RECORDED);
        fixture.claim("rt-sa2", "rt-series-a", "HANDED_OVER", month("2020-03"), Rank.NORMAL, RECORDED);
        fixture.claim("rt-sb", "rt-series-b", "CLOSED", month("2018-01"), Rank.NORMAL, RECORDED);
        LocalDate to = LocalDate.parse("2024-12-31");
        Instant now = Instant.now();

        SeriesSet all = presence.seriesOf(SubjectType.BASE, null, to, now);
        assertThat(all.type()).isEqualTo("BASE");
        assertThat(all.series()).extracting(Series::subjectId).contains("k1", "rt-series-a", "rt-series-b")
                .isSorted();
        for (String id : List.of("rt-series-a", "rt-series-b", "k1", "ain-al-asad")) {
            Series alone = presence.series(SubjectType.BASE, id, null, to, now);
            Series within = all.series().stream().filter(s -> s.subjectId().equals(id)).findFirst().orElseThrow();
            assertThat(within).as(id).usingRecursiveComparison().isEqualTo(alone);
        }
        assertThat(presence.seriesOf(SubjectType.TROOPS, null, to, now).series()).extracting(Series::subjectId)
                .contains("US");
    }
}
