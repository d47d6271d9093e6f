package org.sijill.base;

import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base projection, called as the event bus calls it, and the replay's writer of the same tables agree
 * column for column on one event (in a transaction rolled back afterwards, so the shared record is untouched).
 */
@SijillTest
class BaseProjectionIT {

    @Autowired
    BaseProjection projection;
    @Autowired
    BaseReadModel readModel;
    @Autowired
    BaseCatalog bases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entities;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theProjectionAndTheReplayWriteTheSameRows() {
        BaseRegistered event = new BaseRegistered("test-base-x", "Base X", "القاعدة س", List.of("X", "إكس"), "Anbar", null, null,
                "editor", Instant.parse("2026-01-01T00:00:00Z"));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            projection.on(event);
            entities.flush(); // JPA writes at the transaction's end; the rows are compared with SQL before it
            readModel.clearShadow();
            readModel.applyToShadow(event, 1);
            readModel.flushShadow();
            assertThat(bases.find("test-base-x")).get().satisfies(base -> {
                assertThat(base.getNameAr()).isEqualTo("القاعدة س");
                assertThat(base.getAliases()).containsExactly("X", "إكس");
            });
            for (var table : readModel.tables()) {
                String row = "SELECT row(t.*)::text FROM %s t WHERE base_id = 'test-base-x' ORDER BY 1";
                List<String> live = jdbc.queryForList(row.formatted(table.name()), String.class);
                assertThat(live).as(table.name()).isNotEmpty()
                        .isEqualTo(jdbc.queryForList(row.formatted(table.shadow()), String.class));
            }
            status.setRollbackOnly();
        });
        assertThat(bases.find("test-base-x")).isEmpty();
    }
}
