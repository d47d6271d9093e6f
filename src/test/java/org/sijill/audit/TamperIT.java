package org.sijill.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.TestNode;
import org.sijill.eventstore.EmbeddedDatabaseConfig;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store refuses edits: the application's role has no right to make them, and the owner is stopped
 * by the append-only triggers; an owner who disables those and alters an event is caught by verify.
 */
class TamperIT {

    @TempDir
    Path dataDir;

    @Test
    void triggersRefuseEditsAndVerifyNamesTheAlteredSeq() {
        try (ConfigurableApplicationContext node = TestNode.start(dataDir)) {
            JdbcTemplate app = node.getBean(JdbcTemplate.class);
            JdbcTemplate jdbc = new JdbcTemplate(node.getBean(EmbeddedDatabaseConfig.OWNER_DATA_SOURCE, DataSource.class));
            assertThatThrownBy(() -> app.update("update domain_event_entry set payload = payload"))
                    .hasStackTraceContaining("permission denied");
            AuditLog audit = node.getBean(AuditLog.class);
            assertThat(audit.verify().valid()).isTrue();
            long target = jdbc.queryForObject("select global_index from domain_event_entry"
                    + " where aggregate_identifier = 'n004-k1-handover-2020-03'", Long.class);

            assertThatThrownBy(() -> jdbc.update("update domain_event_entry set payload = payload where global_index = ?", target))
                    .hasStackTraceContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("delete from event_hash where global_index = ?", target))
                    .hasStackTraceContaining("append-only");
            assertThatThrownBy(() -> jdbc.execute("truncate domain_event_entry")).rootCause()
                    .hasStackTraceContaining("append-only");
            assertThat(audit.verify().valid()).isTrue();

            jdbc.execute("alter table domain_event_entry disable trigger domain_event_entry_append_only");
            jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                    + " 'HANDED_OVER', 'CLOSED'), 'UTF8') where global_index = ?", target);
            jdbc.execute("alter table domain_event_entry enable trigger domain_event_entry_append_only");

            Verification result = audit.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(target);
        }
    }
}
