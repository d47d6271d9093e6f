package org.sijill.seed;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL session-level advisory lock held, on a connection of its own, while one node imports the
 * bundled chronology, so that nodes starting at once on one database never record the same entry twice
 * (the later one waits, then skips what the first recorded). Released with the connection if the node dies.
 */
final class SeedLock implements AutoCloseable {

    private static final long KEY = 7461322;

    private final Connection connection;

    private SeedLock(Connection connection) {
        this.connection = connection;
    }

    static SeedLock take(JdbcTemplate jdbc) throws SQLException {
        Connection connection = jdbc.getDataSource().getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + KEY + ")");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new SeedLock(connection);
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } finally {
            connection.close();
        }
    }
}
