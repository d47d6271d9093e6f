package org.sijill.editing;

import jakarta.persistence.EntityManager;
import org.sijill.shared.AfterCommit;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionSystemException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * One write's savepoint in its group's transaction: JDBC's, on the transaction's own connection, because
 * Spring 7's {@code TransactionStatus.createSavepoint()} is refused under JPA with Hibernate ("JpaDialect does
 * not support savepoints"). JPA changes are flushed before it is set and before it is released, so they fall
 * on the right side of it; after a rollback the persistence context is cleared and the after-commit actions
 * the write registered are dropped.
 */
final class WriteSavepoint {

    private final Connection connection;
    private final EntityManager entities;
    private final Savepoint savepoint;
    private final int actions;

    private WriteSavepoint(Connection connection, EntityManager entities) {
        this.connection = connection;
        this.entities = entities;
        entities.flush();
        this.savepoint = jdbc(connection::setSavepoint);
        this.actions = AfterCommit.mark();
    }

    static WriteSavepoint set(DataSource dataSource, EntityManager entities) {
        return new WriteSavepoint(DataSourceUtils.getConnection(dataSource), entities);
    }

    void release() {
        entities.flush();
        jdbc(() -> {
            connection.releaseSavepoint(savepoint);
            return savepoint;
        });
    }

    void rollback() {
        jdbc(() -> {
            connection.rollback(savepoint);
            return savepoint;
        });
        entities.clear();
        AfterCommit.discardSince(actions);
    }

    private interface JdbcCall {
        Savepoint call() throws SQLException;
    }

    private static Savepoint jdbc(JdbcCall call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new TransactionSystemException("savepoint failed: " + e.getMessage(), e);
        }
    }
}
