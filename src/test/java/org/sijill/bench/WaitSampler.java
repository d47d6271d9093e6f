package org.sijill.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What PostgreSQL's backends are doing during a phase, sampled from pg_stat_activity every 10 ms: counts of
 * active backends by wait event ("CPU" when running), and idle-in-transaction ones (waiting on the JVM).
 */
final class WaitSampler implements AutoCloseable {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "wait-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Connection connection;

    WaitSampler(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        sampler.scheduleAtFixedRate(this::sample, 0, 10, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT state, coalesce(wait_event_type || ':' || wait_event, 'CPU') AS what FROM pg_stat_activity
                     WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
                       AND state IN ('active', 'idle in transaction')""")) {
            synchronized (counts) {
                while (rs.next()) {
                    String key = "active".equals(rs.getString(1)) ? rs.getString(2) : "idle in transaction";
                    counts.merge(key, 1, Integer::sum);
                }
                counts.merge("samples", 1, Integer::sum);
            }
        } catch (SQLException e) {
            counts.merge("errors", 1, Integer::sum);
        }
    }

    Map<String, Integer> counts() {
        synchronized (counts) {
            return new TreeMap<>(counts);
        }
    }

    @Override
    public void close() throws SQLException {
        sampler.shutdownNow();
        try {
            sampler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
