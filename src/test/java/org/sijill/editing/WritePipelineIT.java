package org.sijill.editing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.sijill.base.RegisterBase;
import org.sijill.fact.CorrectFact;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrection;
import org.sijill.fact.FactKind;
import org.sijill.fact.Precision;
import org.sijill.fact.Rank;
import org.sijill.fact.RecordFact;
import org.sijill.fact.SourceRef;
import org.sijill.fact.When;
import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.VersionConflictException;
import org.sijill.source.RegisterSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes committed together: each refused one is rolled back to its savepoint alone (events, read-model rows,
 * stored answer), the others are stored in order, and answers come from the handlers' results. Also guards
 * what the pipeline relies on from Axon 4.13: a refused command inside a transaction Axon joined does not
 * mark that transaction rollback-only (else every group with a refusal would fail to commit).
 */
@SijillTest
class WritePipelineIT {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Autowired
    WritePipeline pipeline;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.sijill.source.SourceCatalog sources;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();

    /** A claim on a day of its own (from 2090, far beyond the record): the same claim twice would be a 409. */
    private FactContent content(String source, int count) {
        return new FactContent(FactKind.TROOP_LEVEL,
                When.of(java.time.LocalDate.of(2090, 1, 1).plusDays(DAYS.getAndIncrement()).toString(), Precision.DAY),
                Map.of("force", "US", "count", count), List.of(new SourceRef(source, "p. 1")), "US troops", Rank.NORMAL);
    }

    private String registeredSource() {
        String source = "group-doc-" + UUID.randomUUID();
        commands.sendAndWait(new RegisterSource(source, "A document", "A publisher", "2021", "en", null, "t", NOW));
        return source;
    }

    private List<String> events(String... aggregates) {
        return jdbc.queryForList("SELECT aggregate_identifier || '/' || sequence_number FROM domain_event_entry"
                + " WHERE aggregate_identifier = ANY (?) ORDER BY global_index", String.class, (Object) aggregates);
    }

    private static WritePipeline.Pending write(Object command) {
        return WritePipeline.Pending.of(new Write(command, ResponseEntity::ok), null);
    }

    @Test
    void aRefusedWriteFailsAloneTheRestOfItsGroupIsStoredAndAnswersComeFromTheHandlers() throws Exception {
        String source = registeredSource();
        String a = "group-a-" + UUID.randomUUID();
        String b = "group-b-" + UUID.randomUUID();
        String c = "group-c-" + UUID.randomUUID();
        List<WritePipeline.Pending> pending = List.of(
                write(new RecordFact(a, content(source, 2500), "editor", NOW)),
                write(new RecordFact(b, content("no-such-doc", 1), "editor", NOW)),
                write(new CorrectFact(a, 1, "count", new FactCorrection(null,
                        Map.of("force", "US", "count", 2000), null, null, null), "editor", NOW.plusSeconds(1))),
                write(new CorrectFact(a, 1, "stale", new FactCorrection(null,
                        Map.of("force", "US", "count", 1), null, null, null), "editor", NOW.plusSeconds(2))),
                write(new RecordFact(a, content(source, 7), "editor", NOW)),
                write(new RecordFact(c, content(source, 3000), "editor", NOW)));

        pipeline.commit(pending);

        assertThat(answer(pending.get(0))).as("the creation handler's result: the new id").isEqualTo(a);
        assertThat(cause(pending.get(1))).isInstanceOf(InvalidCommandException.class);
        assertThat(answer(pending.get(2))).as("the correction handler's result: the new version").isEqualTo(2L);
        assertThat(cause(pending.get(3))).isInstanceOf(VersionConflictException.class);
        assertThat(cause(pending.get(4))).as("a unique violation, rolled back to its savepoint")
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(answer(pending.get(5))).isEqualTo(c);
        assertThat(events(a, b, c)).containsExactly(a + "/0", a + "/1", c + "/0");
        assertThat(jdbc.queryForList("SELECT fact_id FROM fact_version WHERE fact_id IN (?, ?, ?)", String.class, a, b, c))
                .as("readable once committed").containsExactlyInAnyOrder(a, a, c);
    }

    @Test
    void writesThatAllPassAreCommittedTogether() throws Exception {
        String source = registeredSource();
        String a = "group-a-" + UUID.randomUUID();
        String b = "group-b-" + UUID.randomUUID();
        List<WritePipeline.Pending> pending = List.of(
                write(new RecordFact(a, content(source, 2500), "editor", NOW)),
                write(new RecordFact(b, content("no-such-doc", 1), "editor", NOW)),
                write(new RecordFact(b, content(source, 1), "editor", NOW)));

        pipeline.commit(pending);

        assertThat(cause(pending.get(1))).isInstanceOf(InvalidCommandException.class);
        assertThat(events(a, b)).containsExactly(a + "/0", b + "/0");
        assertThat(lastIndex(a)).as("one commit: the group's events are consecutive").isEqualTo(lastIndex(b) - 1);
    }

    @Test
    void aWriteRefusedAfterItsProjectionWroteLeavesNothingBehind() throws Exception {
        String first = "group-base-" + UUID.randomUUID();
        String second = "group-base-" + UUID.randomUUID();
        IdempotentAnswers.Claim claim = new IdempotentAnswers.Claim("editor", "key-" + UUID.randomUUID(), "f");
        List<WritePipeline.Pending> pending = List.of(
                WritePipeline.Pending.of(new Write(new RegisterBase(first, "First", "الأولى", List.of(), null, null, null, "editor",
                        NOW), ResponseEntity::ok), claim),
                WritePipeline.Pending.of(new Write(new RegisterBase(second, "Second", "الثانية", List.of(), null, null, null, "editor",
                        NOW), ResponseEntity::ok), claim));

        pipeline.commit(pending);

        assertThat(answer(pending.get(0))).isEqualTo(first);
        assertThat(cause(pending.get(1))).as("the key was taken earlier in the group")
                .isInstanceOf(AlreadyAnsweredException.class);
        assertThat(events(first, second)).containsExactly(first + "/0");
        assertThat(jdbc.queryForList("SELECT base_id FROM base WHERE base_id IN (?, ?)", String.class, first, second))
                .as("the refused write's read-model row is rolled back with it").containsExactly(first);
        assertThat(jdbc.queryForObject("SELECT body FROM idempotent_request WHERE request_key = ?", String.class,
                claim.key())).as("the answer stored is the handler's").isEqualTo("\"" + first + "\"");
    }

    @Test
    void aWriteSentAloneAnswersOrRefusesLikeTheGateway() {
        String source = registeredSource();
        String id = "group-x-" + UUID.randomUUID();
        assertThat(pipeline.submit(new Write(new RecordFact(id, content(source, 5), "editor", NOW), ResponseEntity::ok),
                null).getBody()).isEqualTo(id);
        assertThatThrownBy(() -> pipeline.submit(new Write(new RecordFact("group-x-" + UUID.randomUUID(),
                content("no-such-doc", 1), "editor", NOW), ResponseEntity::ok), null))
                .isInstanceOf(InvalidCommandException.class);
    }

    /**
     * A refusal that marks the whole transaction rollback-only (here a participant of the transaction, a
     * {@code @Transactional} catalog, fails on a value the database refuses) cannot be undone by its savepoint:
     * the refused write is answered and the others are committed in a new transaction.
     */
    @Test
    void aRefusalThatDoomsTheTransactionFailsAloneAndTheOthersAreCommittedAgain() throws Exception {
        String source = registeredSource();
        String a = "group-a-" + UUID.randomUUID();
        String b = "group-b-" + UUID.randomUUID();
        String c = "group-c-" + UUID.randomUUID();
        List<WritePipeline.Pending> pending = List.of(
                write(new RecordFact(a, content(source, 10), "editor", NOW)),
                WritePipeline.Pending.of(new Write(new RecordFact(b, content(source, 20), "editor", NOW), result -> {
                    sources.exists("bad\u0000id");
                    return ResponseEntity.ok(result);
                }), null),
                write(new RecordFact(c, content(source, 30), "editor", NOW)));

        pipeline.commit(pending);

        assertThat(answer(pending.get(0))).isEqualTo(a);
        assertThat(cause(pending.get(1))).isNotNull();
        assertThat(answer(pending.get(2))).isEqualTo(c);
        assertThat(events(a, b, c)).containsExactly(a + "/0", c + "/0");
    }

    /**
     * A read model's handler that fails fails the write (Axon's default would log the failure and commit the
     * events without their rows). Run inside a transaction rolled back at the end, so the shared record keeps
     * every row.
     */
    @Test
    void aFailingProjectionRefusesTheWrite() {
        String source = registeredSource();
        String a = "group-a-" + UUID.randomUUID();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            commands.sendAndWait(new RecordFact(a, content(source, 10), "editor", NOW));
            jdbc.update("DELETE FROM fact_version WHERE fact_id = ?", a); // the retraction's projection needs it
            WritePipeline.Pending retraction = write(new org.sijill.fact.RetractFact(a, 1, "test", "editor", NOW));
            pipeline.commit(List.of(retraction));
            assertThat(cause(retraction)).isNotNull();
            assertThat(events(a)).as("the retraction's event is rolled back with it").containsExactly(a + "/0");
            status.setRollbackOnly();
        });
    }

    private long lastIndex(String aggregate) {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }

    private static Object answer(WritePipeline.Pending pending) throws Exception {
        return pending.answer().get().getBody();
    }

    private static Throwable cause(WritePipeline.Pending pending) {
        try {
            pending.answer().get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
