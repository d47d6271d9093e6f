package org.sijill.audit;

import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactKind;
import org.sijill.fact.Precision;
import org.sijill.fact.Rank;
import org.sijill.fact.RecordFact;
import org.sijill.fact.SourceRef;
import org.sijill.fact.When;
import org.sijill.eventstore.EventLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap case of tracking processors: a transaction that stores an event and commits late, while
 * another write wants to go on. The chain lock makes the later write wait, so no later event becomes
 * visible first, and the projection skips nothing.
 */
@SijillTest
class GapIT {

    @Autowired
    CommandGateway commands;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventLog readModel;
    @Autowired
    Reconciliation reconciliation;

    @Test
    void aLateCommitIsNeitherOvertakenNorSkipped() throws Exception {
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> {
                    commands.sendAndWait(record("gap-slow"));
                    stored.countDown();
                    await(release);
                }));
        assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> fast = CompletableFuture.runAsync(() -> commands.sendAndWait(record("gap-fast")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'", Integer.class) > 0);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier"
                + " in ('gap-slow', 'gap-fast')", Integer.class)).as("neither is visible yet").isZero();

        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        fast.get(30, TimeUnit.SECONDS);
        long slowIndex = readModel.lastIndexOf("gap-slow");
        long fastIndex = readModel.lastIndexOf("gap-fast");
        assertThat(slowIndex).isLessThan(fastIndex);

        assertThat(jdbc.queryForList("select fact_id from fact_version where fact_id like 'gap-%'", String.class))
                .containsExactlyInAnyOrder("gap-slow", "gap-fast");
        Reconciliation.Report report = reconciliation.check();
        assertThat(report.projections()).allSatisfy(p -> assertThat(p.missing()).isEmpty());
    }

    private static RecordFact record(String id) {
        return new RecordFact(id, new FactContent(FactKind.MILESTONE, When.of("2024", Precision.YEAR), Map.of(),
                List.of(new SourceRef("003_6d1ae59b45ca46dd", "line 1")), "Gap test " + id, Rank.NORMAL),
                "test", Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
