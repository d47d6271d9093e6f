package org.sijill.bench;

import org.sijill.SijillApplication;
import org.sijill.audit.ReplayRunner;
import org.sijill.audit.ReplayStatus;
import org.sijill.seed.SeedImporter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * bench/run.sh --facts N [--seed S] [--write-seconds 30]: the benchmark of issue 7, in one run on a
 * fresh embedded PostgreSQL, with PostgreSQL itself as the yardstick. Prints a table and writes
 * bench/results/latest.json.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        long facts = Long.parseLong(options.getOrDefault("facts", "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int writeSeconds = Integer.parseInt(options.getOrDefault("write-seconds", "30"));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("facts", facts);
        results.put("seed", seed);
        results.put("cores", Runtime.getRuntime().availableProcessors());
        Path dataDir = Files.createTempDirectory("sijill-bench");
        try (HeapMonitor heap = new HeapMonitor();
             ConfigurableApplicationContext node = new SpringApplicationBuilder(SijillApplication.class).run(
                     "--chronology.data-dir=" + dataDir, "--server.port=0", "--chronology.seeds.import-on-start=false",
                     "--chronology.security.editor-password=bench", "--logging.level.root=warn",
                     "--logging.level.org.sijill.bench=info")) {
            Run run = new Run(node, results);
            run.measure(facts, seed, writeSeconds);
            results.put("heapMaxBytes", heap.maxHeapBytes());
            results.put("heapPeakUsedBytes", heap.peakUsedBytes());
            results.put("heapPeakAfterCollectionBytes", heap.peakAfterCollectionBytes());
        } finally {
            // the embedded database of a 1,000,000-fact run takes about 2.5 GB
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
        }
        Report.write(results, Path.of("bench/results/latest.json"));
        System.exit(0);
    }

    /** The measurements, in order, on one running node. */
    private record Run(ConfigurableApplicationContext node, Map<String, Object> results) {

        void measure(long facts, long seed, int writeSeconds) throws Exception {
            SeedImporter importer = node.getBean(SeedImporter.class);
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            HttpLoad http = new HttpLoad(port, "bench");

            // Imported as seed files, through the path the bundled chronology and bin/import-seed take.
            Instant recordStart = Instant.now();
            importer.importAll(List.of(SyntheticSeeds.registry()));
            long small = Math.max(1, facts / 100);
            java.nio.file.Path files = java.nio.file.Files.createTempDirectory("sijill-bench-seeds");
            importer.importAll(SyntheticSeeds.facts(seed, 0, small, files.resolve("small")));
            Latencies presenceSmall = http.presence(1000, seed, recordStart, Instant.now());
            put("presenceSmall", presenceSmall);

            // The read model is written in each import transaction, as for every write: the figure includes it.
            List<SeedImporter.Seed> seedFiles = SyntheticSeeds.facts(seed, small, facts, files.resolve("large"));
            long eventsBefore = count(jdbc);
            long start = System.nanoTime();
            importer.importAll(seedFiles);
            org.springframework.util.FileSystemUtils.deleteRecursively(files);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long imported = count(jdbc) - eventsBefore;
            results.put("importEvents", imported);
            results.put("importEventsPerSecond", imported / importSeconds);

            Instant recordEnd = Instant.now();
            Latencies presence = http.presence(2000, seed + 1, recordStart, recordEnd);
            Latencies one = http.presenceOfOne(2000, seed + 2, recordStart, recordEnd);
            put("presenceOneSubject", one);
            Latencies series = http.series(1000, seed + 3, recordStart, recordEnd);
            put("series", series);
            put("presence", presence);
            Latencies baseSeries = http.baseSeries(100, seed + 4, recordStart, recordEnd);
            put("baseSeries", baseSeries);
            // Where each read's time goes, in the JVM without HTTP: computing the answer, then writing it as JSON.
            org.sijill.presence.PresenceQueries queries = node.getBean(org.sijill.presence.PresenceQueries.class);
            tools.jackson.databind.json.JsonMapper json = node.getBean(tools.jackson.databind.json.JsonMapper.class);
            java.time.LocalDate first = java.time.LocalDate.of(1996, 1, 1);
            java.time.LocalDate last = java.time.LocalDate.of(2026, 12, 31);
            org.sijill.presence.SubjectFilter oneBase = new org.sijill.presence.SubjectFilter(Map.of(
                    org.sijill.fact.SubjectType.BASE, List.of("bench-base-" + ((seed + 2) % SyntheticChronology.BASES))));
            put("presenceInJvm", AnswerCost.of((on, at) -> queries.at(on, at, org.sijill.presence.SubjectFilter.ALL),
                    json, 200, seed + 1, recordStart, recordEnd));
            put("presenceOneSubjectInJvm", AnswerCost.of((on, at) -> queries.at(on, at, oneBase), json, 200, seed + 2,
                    recordStart, recordEnd));
            put("seriesInJvm", AnswerCost.of((on, at) -> queries.series(org.sijill.fact.SubjectType.TROOPS, "US", first,
                    last, at), json, 100, seed + 3, recordStart, recordEnd));
            put("baseSeriesInJvm", AnswerCost.of((on, at) -> queries.seriesOf(org.sijill.fact.SubjectType.BASE, first,
                    last, at), json, 20, seed + 4, recordStart, recordEnd));
            // The page's "On a date" and "Over time" views, each with all its requests (static/app/presence.js, charts.js).
            Latencies dateView = http.view(100, seed + 5, recordStart, recordEnd, "/api/v1/presence?on=%s&asKnownAt=%s");
            put("dateView", dateView);
            Latencies overTime = http.view(50, seed + 6, recordStart, recordEnd,
                    "/api/v1/presence/series?type=FORCE&from=1996%.0s&asKnownAt=%s",
                    "/api/v1/presence/series?type=BASE&from=1996%.0s&asKnownAt=%2$s", "/api/v1/bases%.0s%.0s");
            put("overTimeView", overTime);

            io.micrometer.core.instrument.Timer projection = node.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                    .get("sijill.read_model.write").timer();
            long flushesBefore = projection.count();
            double flushMillisBefore = projection.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
            HttpLoad.WriteLoad writes;
            try (WaitSampler waits = new WaitSampler(node.getBean(DataSource.class))) {
                writes = http.writes(8, writeSeconds, seed);
                results.put("apiWriteDatabaseActivity", waits.counts());
            }
            results.put("apiWritesPerSecond", writes.written() / writes.seconds());
            // How much longer a write holds the chain's lock now that it writes the read model too.
            results.put("readModelWriteMeanMsPerWriteTransaction", (projection.totalTime(
                    java.util.concurrent.TimeUnit.MILLISECONDS) - flushMillisBefore) / Math.max(1, projection.count() - flushesBefore));
            results.put("apiWriteErrors", writes.errors());
            results.put("apiWriteP50Ms", writes.latencies().percentileMillis(50));
            results.put("apiWriteP99Ms", writes.latencies().percentileMillis(99));

            ReplayRunner replay = node.getBean(ReplayRunner.class);
            start = System.nanoTime();
            replay.start(false);
            ReplayStatus replayed = replay.finished().get(1, java.util.concurrent.TimeUnit.HOURS);
            results.put("replayEvents", replayed.processed());
            double verifySeconds = Duration.between(replayed.rebuiltAt(), replayed.finishedAt()).toMillis() / 1e3;
            double replaySeconds = (System.nanoTime() - start) / 1e9;
            results.put("replayEventsPerSecond", replayed.processed() / (replaySeconds - verifySeconds));
            results.put("replayVerificationSeconds", verifySeconds);
            results.put("replayWithVerificationEventsPerSecond", replayed.processed() / replaySeconds);
            results.put("replayMatchesLive", replayed.matchesLive());
            results.put("replayDetail", replayed.detail());

            int payloadBytes = jdbc.queryForObject("SELECT avg(length(payload))::int FROM domain_event_entry", Integer.class);
            results.put("payloadBytesAverage", payloadBytes);
            Yardstick yardstick = new Yardstick(node.getBean(org.sijill.eventstore.EmbeddedDatabaseConfig.OWNER_DATA_SOURCE, DataSource.class));
            results.put("rawBulkInsertRowsPerSecond", yardstick.bulkInsert(imported, payloadBytes));
            results.put("rawSingleRowCommitsPerSecond", yardstick.singleRowCommits(8, 10, payloadBytes));
        }

        /** Computing and serialising, p50 and p99 in ms each, and the mean bytes of the JSON. */
        private void put(String name, AnswerCost cost) {
            results.put(name + "ComputeP50Ms", cost.compute().percentileMillis(50));
            results.put(name + "ComputeP99Ms", cost.compute().percentileMillis(99));
            results.put(name + "SerializeP50Ms", cost.serialize().percentileMillis(50));
            results.put(name + "SerializeP99Ms", cost.serialize().percentileMillis(99));
            results.put(name + "MeanBytes", cost.serialize().meanBytes());
        }

        /** p50 and p99 in ms, and the mean bytes of what was timed. */
        private void put(String name, Latencies latencies) {
            results.put(name + "P50Ms", latencies.percentileMillis(50));
            results.put(name + "P99Ms", latencies.percentileMillis(99));
            results.put(name + "MeanBytes", latencies.meanBytes());
        }

        private static long count(JdbcTemplate jdbc) {
            return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        }
    }
}
