package org.sijill.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** PostgreSQL itself, measured in the same run: a plain table shaped and indexed like the event table. */
final class Yardstick {

    private final DataSource dataSource;

    Yardstick(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private void create(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE TABLE " + table + " (LIKE domain_event_entry INCLUDING DEFAULTS INCLUDING INDEXES"
                    + " INCLUDING CONSTRAINTS)");
        }
    }

    /** Rows/s of a raw bulk insert of {@code rows} rows with payloads of {@code payloadBytes}, 1000 per commit. */
    double bulkInsert(long rows, int payloadBytes) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            create(c, "bench_raw_bulk");
            c.setAutoCommit(false);
            byte[] payload = payload(payloadBytes);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement(INSERT.formatted("bench_raw_bulk"))) {
                for (long i = 1; i <= rows; i++) {
                    bind(insert, i, payload);
                    insert.addBatch();
                    if (i % 1000 == 0 || i == rows) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_raw_bulk");
            }
            c.commit();
            return rows / seconds;
        }
    }

    /** Rows/s of single-row commits from {@code connections} connections for {@code seconds}. */
    double singleRowCommits(int connections, int seconds, int payloadBytes) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            create(c, "bench_raw_single");
        }
        AtomicLong ids = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            Thread thread = new Thread(() -> {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement insert = c.prepareStatement(INSERT.formatted("bench_raw_single"))) {
                    c.setAutoCommit(true);
                    byte[] payload = payload(payloadBytes);
                    while (System.nanoTime() < deadline) {
                        bind(insert, ids.incrementAndGet(), payload);
                        insert.executeUpdate();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_raw_single");
        }
        return ids.get() / (double) seconds;
    }

    private static final String INSERT = """
            INSERT INTO %s (global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, 0, 'Fact', ?, 'bench', NULL, ?, ?)""";

    private static void bind(PreparedStatement insert, long i, byte[] payload) throws SQLException {
        insert.setLong(1, i);
        insert.setString(2, UUID.randomUUID().toString());
        insert.setString(3, "raw-" + i);
        insert.setString(4, "2026-01-01T00:00:00Z");
        insert.setBytes(5, payload);
        insert.setBytes(6, "{\"correlationId\":\"x\"}".getBytes());
    }

    private static byte[] payload(int size) {
        byte[] bytes = new byte[size];
        new Random(1).nextBytes(bytes);
        return bytes;
    }
}
