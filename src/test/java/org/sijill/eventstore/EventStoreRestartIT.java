package org.sijill.eventstore;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.TestNode;
import org.sijill.fact.CorrectFact;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrection;
import org.sijill.fact.FactKind;
import org.sijill.fact.Precision;
import org.sijill.fact.Rank;
import org.sijill.fact.RecordFact;
import org.sijill.fact.RetractFact;
import org.sijill.fact.SourceRef;
import org.sijill.fact.When;
import org.sijill.shared.InvalidCommandException;
import org.sijill.source.RegisterSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event store on a real PostgreSQL: what is acknowledged survives a restart, in order. */
class EventStoreRestartIT {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void everyEventSurvivesARestartInOrderAndRefusedCommandsStoreNothing() {
        List<String> before;
        try (ConfigurableApplicationContext node = TestNode.start(dataDir, "chronology.seeds.import-on-start=false")) {
            CommandGateway commands = node.getBean(CommandGateway.class);
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);

            commands.sendAndWait(new RegisterSource("doc-1", "A document", "A publisher", "2021-12", "ar", null,
                    "importer", NOW));
            FactContent fact = new FactContent(FactKind.TROOP_LEVEL, When.of("2021-12", Precision.MONTH),
                    Map.of("force", "US", "count", 2500), List.of(new SourceRef("doc-1", "p. 1")),
                    "US troops kept in Iraq", Rank.NORMAL);
            commands.sendAndWait(new RecordFact("fact-1", fact, "editor", NOW));
            Long v2 = commands.sendAndWait(new CorrectFact("fact-1", 1, "typo", new FactCorrection(null, null, null,
                    "US troops kept in Iraq after December 2021", null), "editor", NOW.plusSeconds(60)));
            Long v3 = commands.sendAndWait(new RetractFact("fact-1", 2, "duplicate", "editor", NOW.plusSeconds(120)));
            assertThat(v2).isEqualTo(2L);
            assertThat(v3).isEqualTo(3L);

            int stored = count(jdbc);
            FactContent unknownSource = new FactContent(fact.kind(), fact.when(), fact.data(),
                    List.of(new SourceRef("no-such-doc", "p. 1")), fact.summaryEn(), fact.rank());
            assertThatThrownBy(() -> commands.sendAndWait(new RecordFact("fact-2", unknownSource, "editor", NOW)))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("unknown source no-such-doc");
            assertThat(count(jdbc)).isEqualTo(stored);
            assertThatThrownBy(() -> commands.sendAndWait(new RecordFact("fact-1", fact, "editor", NOW)))
                    .isInstanceOf(org.axonframework.modelling.command.AggregateStreamCreationException.class);
            assertThat(count(jdbc)).isEqualTo(stored);

            before = events(jdbc);
            assertThat(before).containsExactly(
                    "doc-1/0/org.sijill.source.SourceRegistered",
                    "fact-1/0/org.sijill.fact.FactRecorded",
                    "fact-1/1/org.sijill.fact.FactCorrected",
                    "fact-1/2/org.sijill.fact.FactRetracted");
            assertThat(jdbc.queryForList("""
                    select table_name || '.' || column_name from information_schema.columns
                    where table_schema = 'public' and data_type = 'oid'""", String.class)).isEmpty();
            assertThat(jdbc.queryForObject("""
                    select data_type from information_schema.columns
                    where table_name = 'domain_event_entry' and column_name = 'payload'""", String.class))
                    .isEqualTo("bytea");
        }

        try (ConfigurableApplicationContext node = TestNode.start(dataDir, "chronology.seeds.import-on-start=false")) {
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            assertThat(events(jdbc)).isEqualTo(before);
            CommandGateway commands = node.getBean(CommandGateway.class);
            assertThatThrownBy(() -> commands.sendAndWait(new RetractFact("fact-1", 3, "again", "editor", NOW)))
                    .hasMessageContaining("retracted");
        }
    }

    private static int count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class);
    }

    private static List<String> events(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select aggregate_identifier || '/' || sequence_number || '/' || payload_type
                from domain_event_entry order by global_index""", String.class);
    }
}
