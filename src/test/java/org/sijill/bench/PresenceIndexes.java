package org.sijill.bench;

import org.sijill.SijillApplication;
import org.sijill.seed.SeedImporter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * bench/indexes.sh --facts N [--rounds R]: issue 23's first read-model idea measured against the read model as it is.
 * On a synthetic record imported as the benchmark imports it, the presence rule's selection (every subject's claims
 * of the latest start on or before D, known at T) is timed at R random (D, T): first as {@code SqlClaims.LATEST}
 * selects today (a backward scan of the B-tree {@code fact_version_presence}), alone; then, once a GiST index over
 * (subject, start, record-time range) is made, through that index, nearest start first, at the same (D, T). Both must
 * select the same versions; only their keys are read, so the figures are the selection's alone. The GiST index is
 * made for the experiment and goes with its database.
 */
public final class PresenceIndexes {

    private static final String ACTIVE = "v.status = 'ACTIVE' AND v.rank <> 'DEPRECATED' AND v.basis <> 'PLANNED'";

    /** The selection of SqlClaims.LATEST (its WHERE and ORDER BY), keys only. */
    static final String BTREE = """
            SELECT v.fact_id, v.version FROM presence_subject s
            CROSS JOIN LATERAL (SELECT v.fact_id, v.version FROM fact_version v
                                WHERE v.recorded_at <= :t AND (v.superseded_at IS NULL OR v.superseded_at > :t)
                                AND %s AND v.valid_from <= :on AND v.subject_type = s.subject_type
                                AND v.subject_id = s.subject_id
                                ORDER BY v.valid_from DESC FETCH FIRST 1 ROWS WITH TIES) v
            ORDER BY 1, 2""".formatted(ACTIVE);

    /** The same selection through the GiST index: nearest start first, record time as a range the index bounds. */
    static final String GIST = """
            SELECT v.fact_id, v.version FROM presence_subject s
            CROSS JOIN LATERAL (SELECT v.fact_id, v.version FROM fact_version v
                                WHERE tstzrange(v.recorded_at, v.superseded_at, '[)') @> CAST(:t AS timestamptz)
                                AND %s AND v.valid_from <= :on AND v.subject_type = s.subject_type
                                AND v.subject_id = s.subject_id
                                ORDER BY v.valid_from <-> CAST(:on AS date) FETCH FIRST 1 ROWS WITH TIES) v
            ORDER BY 1, 2""".formatted(ACTIVE);

    private PresenceIndexes() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        long facts = Long.parseLong(options.getOrDefault("facts", "100000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "300"));
        Path dataDir = Files.createTempDirectory("sijill-indexes");
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(SijillApplication.class).run(
                "--chronology.data-dir=" + dataDir, "--server.port=0", "--chronology.seeds.import-on-start=false",
                "--logging.level.root=warn")) {
            SeedImporter importer = node.getBean(SeedImporter.class);
            Instant recordStart = Instant.now();
            importer.importAll(List.of(SyntheticSeeds.registry()));
            Path files = Files.createTempDirectory("sijill-indexes-seeds");
            importer.importAll(SyntheticSeeds.facts(42, 0, facts, files));
            org.springframework.util.FileSystemUtils.deleteRecursively(files);
            Instant recordEnd = Instant.now();
            JdbcClient owner = JdbcClient.create(node.getBean(
                    org.sijill.eventstore.EmbeddedDatabaseConfig.OWNER_DATA_SOURCE, DataSource.class));
            JdbcClient app = JdbcClient.create(node.getBean(DataSource.class));
            owner.sql("ANALYZE").update();
            // Today's statement first, alone: with the GiST index present the planner may take it for today's too.
            List<Object[]> questions = questions(rounds + 20, recordStart, recordEnd);
            Latencies btree = new Latencies();
            List<List<String>> selected = new java.util.ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                long a = System.nanoTime();
                selected.add(select(app, BTREE, questions.get(i)));
                if (i >= 20) {
                    btree.add((System.nanoTime() - a) / 1000);
                }
            }
            String btreePlan = plan(owner, BTREE, recordEnd);
            long start = System.nanoTime();
            owner.sql("CREATE EXTENSION IF NOT EXISTS btree_gist").update();
            owner.sql("CREATE INDEX fact_version_bitemporal ON fact_version USING gist (subject_type, subject_id, "
                    + "valid_from, tstzrange(recorded_at, superseded_at, '[)'))").update();
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            owner.sql("ANALYZE fact_version").update();
            String sizes = owner.sql("SELECT pg_size_pretty(pg_relation_size('fact_version_presence')) || ' B-tree, '"
                    + " || pg_size_pretty(pg_relation_size('fact_version_bitemporal')) || ' GiST'").query(String.class).single();
            Latencies gist = new Latencies();
            int differing = 0;
            for (int i = 0; i < questions.size(); i++) {
                long a = System.nanoTime();
                List<String> byGist = select(app, GIST, questions.get(i));
                if (i >= 20) {
                    gist.add((System.nanoTime() - a) / 1000);
                }
                if (!byGist.equals(selected.get(i))) {
                    differing++;
                }
            }
            System.out.printf("%n%,d facts, %d rounds at random (D, T); indexes: %s; GiST built in %.1f s%n", facts,
                    rounds, sizes, buildSeconds);
            System.out.printf("  B-tree (today)  p50 %7.2f ms   p99 %7.2f ms%n", btree.percentileMillis(50),
                    btree.percentileMillis(99));
            System.out.printf("  GiST            p50 %7.2f ms   p99 %7.2f ms%n", gist.percentileMillis(50),
                    gist.percentileMillis(99));
            System.out.printf("  rounds whose selections differ: %d%n", differing);
            System.out.println("  plan today: " + btreePlan);
            System.out.println("  plan with GiST: " + plan(owner, GIST, recordEnd));
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
        }
        System.exit(0);
    }

    /** Random (D, T): D in 1996-2025, T within the record's span, as the benchmark draws them. */
    private static List<Object[]> questions(int count, Instant from, Instant to) {
        Random random = new Random(7);
        List<Object[]> questions = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            questions.add(new Object[]{Date.valueOf(LocalDate.of(1996, 1, 1).plusDays(random.nextInt(30 * 365))),
                    Timestamp.from(from.plusMillis((long) (random.nextDouble() * (to.toEpochMilli() - from.toEpochMilli()))))});
        }
        return questions;
    }

    private static List<String> select(JdbcClient jdbc, String sql, Object[] question) {
        return jdbc.sql(sql).param("on", question[0]).param("t", question[1])
                .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2)).list();
    }

    /** EXPLAIN ANALYZE at 2010-01-01 as known at the record's end, on one line. */
    private static String plan(JdbcClient owner, String sql, Instant at) {
        return String.join(" | ", owner.sql("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) " + sql)
                .param("on", Date.valueOf(LocalDate.of(2010, 1, 1))).param("t", Timestamp.from(at))
                .query(String.class).list()).replaceAll("\\s+", " ");
    }
}
