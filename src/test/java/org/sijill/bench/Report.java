package org.sijill.bench;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ratios against PostgreSQL and the targets of issue 7; a printed table and bench/results/latest.json. */
final class Report {

    private static final double MIB = 1024 * 1024;

    private Report() {
    }

    static void write(Map<String, Object> r, Path out) throws Exception {
        double importRate = num(r, "importEventsPerSecond");
        double rawBulk = num(r, "rawBulkInsertRowsPerSecond");
        double apiRate = num(r, "apiWritesPerSecond");
        double rawSingle = num(r, "rawSingleRowCommitsPerSecond");
        r.put("importVsRawBulk", importRate / rawBulk);
        r.put("apiWritesVsRawSingleRowCommits", apiRate / rawSingle);
        r.put("presenceP50GrowthNvsNOver100", num(r, "presenceP50Ms") / num(r, "presenceSmallP50Ms"));
        Map<String, Boolean> targets = new LinkedHashMap<>();
        targets.put("import >= 50% of raw bulk insert", importRate >= 0.5 * rawBulk);
        targets.put("import >= 25,000 events/s", importRate >= 25_000);
        targets.put("API writes >= 30% of raw single-row commits", apiRate >= 0.3 * rawSingle);
        targets.put("API write p99 <= 50 ms", num(r, "apiWriteP99Ms") <= 50);
        targets.put("replay >= 30,000 events/s", num(r, "replayEventsPerSecond") >= 30_000);
        targets.put("presence p99 <= 20 ms", num(r, "presenceP99Ms") <= 20);
        targets.put("presence of one subject p99 <= 5 ms", num(r, "presenceOneSubjectP99Ms") <= 5);
        targets.put("series of one force p99 <= 20 ms", num(r, "seriesP99Ms") <= 20);
        targets.put("every base's series in one request p99 <= 50 ms", num(r, "baseSeriesP99Ms") <= 50);
        targets.put("page: date view's data p99 <= 200 ms", num(r, "dateViewP99Ms") <= 200);
        targets.put("page: over-time view's data p99 <= 200 ms", num(r, "overTimeViewP99Ms") <= 200);
        targets.put("presence p50 at N <= 2x p50 at N/100", num(r, "presenceP50GrowthNvsNOver100") <= 2);
        targets.put("heap <= 512 MiB throughout (-Xmx512m, run completed)", num(r, "heapMaxBytes") <= 512 * MIB);
        r.put("targets", targets);
        r.put("measuredAt", Instant.now().toString());

        System.out.println();
        System.out.printf("Sijill benchmark, %,d facts, seed %s, %s cores%n", (long) num(r, "facts"), r.get("seed"), r.get("cores"));
        row("import (events/s)", importRate, "raw bulk insert (rows/s)", rawBulk, importRate / rawBulk);
        row("API writes, 8 clients (facts/s)", apiRate, "raw single-row commits, 8 conns", rawSingle, apiRate / rawSingle);
        System.out.printf("  %-34s p50 %8.2f ms   p99 %8.2f ms   errors %s%n", "API write latency",
                num(r, "apiWriteP50Ms"), num(r, "apiWriteP99Ms"), r.get("apiWriteErrors"));
        System.out.printf("  %-34s %,12.0f events/s rebuilt; then %.1f s comparing with live (matchesLive %s)%n",
                "replay", num(r, "replayEventsPerSecond"), num(r, "replayVerificationSeconds"), r.get("replayMatchesLive"));
        read(r, "presence at N", "presence", "presenceInJvm");
        read(r, "presence at N/100", "presenceSmall", null);
        read(r, "presence of one base (filter)", "presenceOneSubject", "presenceOneSubjectInJvm");
        read(r, "series of one force", "series", "seriesInJvm");
        read(r, "every base's series", "baseSeries", "baseSeriesInJvm");
        read(r, "page: date view", "dateView", null);
        read(r, "page: over-time view", "overTimeView", null);
        System.out.printf("  %-34s %8.2f ms per write transaction (the chain's lock is held that much longer)%n",
                "read model written in the write", num(r, "readModelWriteMeanMsPerWriteTransaction"));
        System.out.printf("  %-34s peak used %.0f MiB, peak after GC %.0f MiB, max %.0f MiB%n", "heap",
                num(r, "heapPeakUsedBytes") / MIB, num(r, "heapPeakAfterCollectionBytes") / MIB, num(r, "heapMaxBytes") / MIB);
        targets.forEach((name, met) -> System.out.printf("  [%s] %s%n", met ? "met" : "MISSED", name));
        Files.createDirectories(out.getParent());
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(out, json.writeValueAsString(r) + "\n");
        System.out.println("Written " + out);
    }

    /** A read over HTTP and, when measured, the same answer computed and serialised in the JVM (p50s). */
    private static void read(Map<String, Object> r, String name, String key, String inJvm) {
        System.out.printf("  %-34s p50 %8.2f ms   p99 %8.2f ms   %,11.0f bytes%s%n", name, num(r, key + "P50Ms"),
                num(r, key + "P99Ms"), num(r, key + "MeanBytes"), inJvm == null ? "" : String.format(
                        "   in the JVM: computed %.2f ms, serialised %.2f ms", num(r, inJvm + "ComputeP50Ms"),
                        num(r, inJvm + "SerializeP50Ms")));
    }

    private static void row(String name, double value, String yardstick, double raw, double ratio) {
        System.out.printf("  %-34s %,12.0f   %-34s %,12.0f   ratio %5.1f%%%n", name, value, yardstick, raw, ratio * 100);
    }

    private static double num(Map<String, Object> r, String key) {
        Object value = r.get(key);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
