package org.sijill.editing;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A savepoint around each command of a commit group, on the group's transaction. JPA changes are
 * flushed at each boundary so that they fall on the right side of it; after a rollback the persistence
 * context is cleared (everything before the savepoint was flushed, so nothing else is lost).
 */
@Component
class Savepoints {

    private static final String NAME = "group_command";

    private final JdbcTemplate jdbc;
    private final EntityManager entities;

    Savepoints(JdbcTemplate jdbc, EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    void set() {
        entities.flush();
        jdbc.execute("SAVEPOINT " + NAME);
    }

    void release() {
        entities.flush();
        jdbc.execute("RELEASE SAVEPOINT " + NAME);
    }

    void rollback() {
        try {
            entities.flush();
        } catch (RuntimeException failedWithTheCommand) {
            // its rows are discarded below with the rest of the command
        }
        jdbc.execute("ROLLBACK TO SAVEPOINT " + NAME);
        entities.clear();
    }
}
