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
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Commands committed together: each refused one fails alone, the others are stored, in order. */
@SijillTest
class GroupCommitIT {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Autowired
    GroupCommit group;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    private FactContent content(String source, int count) {
        return new FactContent(FactKind.TROOP_LEVEL, When.of("2021-12", Precision.MONTH),
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

    @Test
    void aRefusedCommandFailsAloneAndTheRestOfItsGroupIsStored() throws Exception {
        String source = registeredSource();
        String a = "group-a-" + UUID.randomUUID();
        String b = "group-b-" + UUID.randomUUID();
        String c = "group-c-" + UUID.randomUUID();
        List<GroupCommit.Pending> pending = List.of(
                GroupCommit.Pending.of(new RecordFact(a, content(source, 2500), "editor", NOW)),
                GroupCommit.Pending.of(new RecordFact(b, content("no-such-doc", 1), "editor", NOW)),
                GroupCommit.Pending.of(new CorrectFact(a, 1, "count", new FactCorrection(null,
                        Map.of("force", "US", "count", 2000), null, null, null), "editor", NOW.plusSeconds(1))),
                GroupCommit.Pending.of(new CorrectFact(a, 1, "stale", new FactCorrection(null,
                        Map.of("force", "US", "count", 1), null, null, null), "editor", NOW.plusSeconds(2))),
                GroupCommit.Pending.of(new RecordFact(a, content(source, 7), "editor", NOW)),
                GroupCommit.Pending.of(new RecordFact(c, content(source, 3000), "editor", NOW)));

        group.run(pending);

        assertThat(committed(pending.get(0))).isNotNull();
        assertThat(cause(pending.get(1))).isInstanceOf(InvalidCommandException.class);
        assertThat(committed(pending.get(2))).isEqualTo(2L);
        assertThat(cause(pending.get(3))).isInstanceOf(VersionConflictException.class);
        assertThat(cause(pending.get(4))).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(committed(pending.get(5))).isNotNull();
        assertThat(events(a, b, c)).containsExactly(a + "/0", a + "/1", c + "/0");
        assertThat(jdbc.queryForList("SELECT fact_id FROM fact_version WHERE fact_id IN (?, ?, ?)", String.class, a, b, c))
                .as("readable once committed").containsExactlyInAnyOrder(a, a, c);
    }

    @Test
    void commandsThatAllPassAreCommittedTogether() throws Exception {
        String source = registeredSource();
        String a = "group-a-" + UUID.randomUUID();
        String b = "group-b-" + UUID.randomUUID();
        List<GroupCommit.Pending> pending = List.of(
                GroupCommit.Pending.of(new RecordFact(a, content(source, 2500), "editor", NOW)),
                GroupCommit.Pending.of(new RecordFact(b, content("no-such-doc", 1), "editor", NOW)),
                GroupCommit.Pending.of(new RecordFact(b, content(source, 1), "editor", NOW)));

        group.run(pending);

        assertThat(cause(pending.get(1))).isInstanceOf(InvalidCommandException.class);
        assertThat(events(a, b)).containsExactly(a + "/0", b + "/0");
        assertThat(lastIndex(a)).as("one commit: the group's events are consecutive").isEqualTo(lastIndex(b) - 1);
    }

    @Test
    void aCommandRefusedAfterItsProjectionWroteLeavesNothingBehind() throws Exception {
        String first = "group-base-" + UUID.randomUUID();
        String second = "group-base-" + UUID.randomUUID();
        StoredAnswer answer = new StoredAnswer("editor", "key-" + UUID.randomUUID(), "f", 201, null, "{}");
        List<GroupCommit.Pending> pending = List.of(
                GroupCommit.Pending.of(idempotent(new RegisterBase(first, "First", "الأولى", List.of(), null, "editor", NOW), answer)),
                GroupCommit.Pending.of(idempotent(new RegisterBase(second, "Second", "الثانية", List.of(), null, "editor", NOW), answer)));

        group.run(pending);

        assertThat(committed(pending.get(0))).isNotNull();
        assertThat(cause(pending.get(1))).as("the key was taken earlier in the group")
                .isInstanceOf(AlreadyAnsweredException.class);
        assertThat(events(first, second)).containsExactly(first + "/0");
        assertThat(jdbc.queryForList("SELECT base_id FROM base WHERE base_id IN (?, ?)", String.class, first, second))
                .as("the refused command's read-model row is rolled back with it").containsExactly(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotent_request WHERE request_key = ?", Integer.class,
                answer.key())).isEqualTo(1);
    }

    private static Object idempotent(Object command, StoredAnswer answer) {
        return org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(StoredAnswer.METADATA, answer));
    }

    @Test
    void aCommandSentAloneAnswersLikeTheGateway() {
        assertThatThrownBy(() -> group.send(new RecordFact("group-x-" + UUID.randomUUID(), content("no-such-doc", 1),
                "editor", NOW))).isInstanceOf(InvalidCommandException.class);
    }

    private long lastIndex(String aggregate) {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }

    private static Object committed(GroupCommit.Pending pending) throws Exception {
        return pending.result().get();
    }

    private static Throwable cause(GroupCommit.Pending pending) {
        try {
            pending.result().get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
