package org.sijill.audit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.ApiClient.AUDITOR;

/** An auditor exports, verifies online and offline, replays and reconciles the imported record. */
@SijillTest
class AuditIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void theExportIsEveryEventInGlobalOrderChainedAndVerifiableOffline() throws Exception {
        ApiClient api = new ApiClient(port);
        ResponseEntity<String> export = api.get("/api/v1/audit/events", AUDITOR);
        assertThat(export.getStatusCode().value()).isEqualTo(200);
        assertThat(export.getHeaders().getContentType().toString()).startsWith("application/x-ndjson");
        List<String> lines = export.getBody().lines().toList();
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat((long) lines.size()).isGreaterThanOrEqualTo(stored);

        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("prevHash").asString()).isEqualTo(ChainHash.GENESIS);
        for (String field : List.of("seq", "eventId", "type", "aggregateId", "aggregateVersion", "recordedAt",
                "recordedBy", "payload", "hash", "prevHash")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        long previousSeq = 0;
        String previousHash = ChainHash.GENESIS;
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            assertThat(event.get("seq").asLong()).isGreaterThan(previousSeq);
            assertThat(event.get("prevHash").asString()).isEqualTo(previousHash);
            previousSeq = event.get("seq").asLong();
            previousHash = event.get("hash").asString();
        }

        Verification offline = ExportVerifier.verify(new StringReader(export.getBody()));
        assertThat(offline.valid()).isTrue();
        JsonNode online = json.readTree(api.get("/api/v1/audit/verify", AUDITOR).getBody());
        assertThat(online.get("valid").asBoolean()).isTrue();
        assertThat(online.get("firstBadSeq").isNull()).isTrue();
        assertThat(online.get("events").asLong()).isGreaterThanOrEqualTo(lines.size());

        String tampered = export.getBody().replaceFirst("\"summaryEn\":\"US forces in Iraq reached 170,000",
                "\"summaryEn\":\"US forces in Iraq reached 180,000");
        assertThat(tampered).isNotEqualTo(export.getBody());
        Verification caught = ExportVerifier.verify(new StringReader(tampered));
        assertThat(caught.valid()).isFalse();
        long alteredSeq = lines.stream().filter(l -> l.contains("US forces in Iraq reached 170,000"))
                .map(l -> json.readTree(l).get("seq").asLong()).findFirst().orElseThrow();
        assertThat(caught.firstBadSeq()).isEqualTo(alteredSeq);
    }

    @Test
    void aChangeToAnyFieldOfAnExportLineIsCaughtOffline() throws Exception {
        ApiClient api = new ApiClient(port);
        List<String> lines = api.get("/api/v1/audit/events?after=0&limit=5", AUDITOR).getBody().lines().toList();
        assertThat(ExportVerifier.verify(new StringReader(String.join("\n", lines))).valid()).isTrue();
        String line = lines.get(2);
        java.util.Map<String, String> tampered = new java.util.LinkedHashMap<>();
        tampered.put("seq", alter(line, "\"seq\":(\\d+)", AuditIT::increment));
        tampered.put("eventId", alter(line, "\"eventId\":\"([^\"]*)\"", AuditIT::otherFirstCharacter));
        tampered.put("type", alter(line, "\"type\":\"([^\"]*)\"", v -> v + "X"));
        tampered.put("aggregateId", alter(line, "\"aggregateId\":\"([^\"]*)\"", v -> v + "x"));
        tampered.put("aggregateVersion", alter(line, "\"aggregateVersion\":(\\d+)", AuditIT::increment));
        tampered.put("recordedAt", alter(line, "\"recordedAt\":\"([^\"]*)\"", AuditIT::otherFirstCharacter));
        tampered.put("recordedBy", alter(line, "\"recordedBy\":\"([^\"]*)\"", v -> v + "-mallory"));
        tampered.put("hash", alter(line, "\"hash\":\"([^\"]*)\"", AuditIT::otherFirstCharacter));
        tampered.put("prevHash", alter(line, "\"prevHash\":\"([^\"]*)\"", AuditIT::otherFirstCharacter));
        tampered.put("payload", alter(line, "\"payload\":.*\"recordedBy\":\"([^\"]*)\"", v -> v + "-mallory"));
        tampered.put("an added field", line.replaceFirst("^\\{", "{\"note\":1,"));
        for (var change : tampered.entrySet()) {
            assertThat(change.getValue()).as(change.getKey()).isNotEqualTo(line);
            List<String> copy = new java.util.ArrayList<>(lines);
            copy.set(2, change.getValue());
            Verification caught = ExportVerifier.verify(new StringReader(String.join("\n", copy)));
            assertThat(caught.valid()).as(change.getKey()).isFalse();
            assertThat(caught.events()).as(change.getKey() + ": caught on its own line").isEqualTo(3);
        }
    }

    /**
     * Replaces group 1 of the first match of {@code pattern} by {@code change} of it. Every change used here
     * yields a different value whatever the current one is (ids, hashes and timestamps differ on every run),
     * so a tampered line can never equal the original by chance.
     */
    private static String alter(String line, String pattern, java.util.function.UnaryOperator<String> change) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(line);
        assertThat(m.find()).as(pattern).isTrue();
        String changed = change.apply(m.group(1));
        assertThat(changed).isNotEqualTo(m.group(1));
        return line.substring(0, m.start(1)) + changed + line.substring(m.end(1));
    }

    private static String increment(String number) {
        return Long.toString(Long.parseLong(number) + 1);
    }

    /** Another character of the same class (hex digit, decimal digit), so the value keeps its form. */
    static String otherFirstCharacter(String value) {
        char first = value.charAt(0);
        char other = first == '0' ? '1' : '0';
        return other + value.substring(1);
    }

    @Test
    void afterAndLimitPageThroughTheExport() {
        ApiClient api = new ApiClient(port);
        List<String> page = api.get("/api/v1/audit/events?after=5&limit=3", AUDITOR).getBody().lines().toList();
        assertThat(page).hasSize(3);
        assertThat(json.readTree(page.get(0)).get("seq").asLong()).isGreaterThan(5);
        assertThat(api.get("/api/v1/audit/events?after=-1", AUDITOR).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aReplayRebuildsEveryProjectionAndMatchesTheLiveOnes() {
        ApiClient api = new ApiClient(port);
        String movement = api.post("/api/v1/facts", "{\"kind\":\"TROOP_MOVEMENT\",\"when\":{\"date\":\"2020-09\","
                + "\"precision\":\"MONTH\"},\"data\":{\"force\":\"US\",\"direction\":\"WITHDRAWN\",\"count\":3000,"
                + "\"baseId\":\"taji\"},\"sources\":[{\"sourceId\":\"001_e38ea6dc93eb997f\",\"locator\":\"line 27\"}],"
                + "\"summaryEn\":\"Retracted later: the live model reads its data back from JSONB\"}", ApiClient.EDITOR).getBody();
        String movementId = json.readTree(movement).get("factId").asString();
        assertThat(api.post("/api/v1/facts/" + movementId + "/retraction", "{\"expectedVersion\":1,\"reason\":\"test\"}",
                ApiClient.EDITOR).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> started = api.post("/api/v1/audit/replay", "", AUDITOR);
        assertThat(started.getStatusCode().value()).isIn(202, 409);
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() ->
                json.readTree(api.get("/api/v1/audit/replay", AUDITOR).getBody()).get("state").asString().equals("DONE"));
        JsonNode done = json.readTree(api.get("/api/v1/audit/replay", AUDITOR).getBody());
        assertThat(done.get("matchesLive").asBoolean()).as(done.toString()).isTrue();
        assertThat(done.get("processed").asLong()).isEqualTo(done.get("total").asLong()).isGreaterThan(100);
        java.time.Instant startedAt = java.time.Instant.parse(done.get("startedAt").asString());
        java.time.Instant rebuiltAt = java.time.Instant.parse(done.get("rebuiltAt").asString());
        java.time.Instant finishedAt = java.time.Instant.parse(done.get("finishedAt").asString());
        assertThat(rebuiltAt).as("projections rebuilt, then compared").isBetween(startedAt, finishedAt);
        assertThat(api.get("/api/v1/presence?on=2021-12-20", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void reconciliationFindsEveryEventApplied() {
        ApiClient api = new ApiClient(port);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                json.readTree(api.get("/api/v1/audit/reconciliation", AUDITOR).getBody()).get("consistent").asBoolean());
        JsonNode report = json.readTree(api.get("/api/v1/audit/reconciliation", AUDITOR).getBody());
        List<String> names = new java.util.ArrayList<>();
        report.get("projections").forEach(p -> {
            names.add(p.get("name").asString());
            assertThat(p.get("missing").size()).as(p.toString()).isZero();
        });
        assertThat(names).containsExactlyInAnyOrder("fact-versions", "sources", "bases", "agreements");
    }

    /** The reconciliation can fail: a read-model row removed (in a transaction rolled back after) is reported. */
    @Test
    void reconciliationNamesTheEventWhoseRowIsMissing() {
        org.springframework.transaction.support.TransactionTemplate transaction =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            long index = jdbc.queryForObject("SELECT global_index FROM fact_version WHERE fact_id = ? AND version = 1",
                    Long.class, "n004-k1-handover-2020-03");
            jdbc.update("DELETE FROM fact_version WHERE fact_id = ?", "n004-k1-handover-2020-03");
            jdbc.update("DELETE FROM base_alias WHERE base_id = ?", "k1");
            jdbc.update("DELETE FROM base WHERE base_id = ?", "k1");
            Reconciliation.Report report = reconciliation.check();
            assertThat(report.consistent()).isFalse();
            assertThat(report.projections()).filteredOn(p -> p.name().equals("fact-versions")).singleElement()
                    .satisfies(p -> assertThat(p.missing()).contains(index));
            assertThat(report.projections()).filteredOn(p -> p.name().equals("bases")).singleElement()
                    .satisfies(p -> assertThat(p.missing()).hasSize(1));
            status.setRollbackOnly();
        });
        assertThat(reconciliation.check().consistent()).isTrue();
    }
}
