package org.sijill.editing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.ApiClient.ANALYST;
import static org.sijill.ApiClient.AUDITOR;
import static org.sijill.ApiClient.EDITOR;

/** CONTRACT.md "Writes" over HTTP: create, correct, retract, register, roles, idempotent retries. */
@SijillTest
class EditingIT {

    static final String FACT = """
            {"kind":"BASE_STATUS","when":{"date":"2020-03","precision":"MONTH"},
             "data":{"baseId":"k1","status":"HANDED_OVER"},
             "sources":[{"sourceId":"004_381da1ff9ba8b82d","locator":"line 17"}],
             "summaryEn":"An editor's claim about K-1."}""";

    private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * {@link #FACT} on a day of its own (from 2090, far beyond the record, so no analyst question sees it): the
     * contract refuses a second fact stating the same claim (409), and these tests write many.
     */
    static String fact() {
        return FACT.replace("{\"date\":\"2020-03\",\"precision\":\"MONTH\"}", "{\"date\":\""
                + java.time.LocalDate.of(2090, 1, 1).plusDays(DAYS.getAndIncrement()) + "\",\"precision\":\"DAY\"}");
    }

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theChangesFeedListsEveryRecordingCorrectionAndRetractionInRecordOrder() {
        JsonNode before = body(api.get("/api/v1/changes?after=0&limit=1000", null));
        long last = before.get(before.size() - 1).get("seq").asLong();
        String factId = body(api.post("/api/v1/facts", fact(), EDITOR)).get("factId").asString();
        api.post("/api/v1/facts/" + factId + "/corrections", "{\"expectedVersion\":1,\"reason\":\"the month\","
                + "\"when\":{\"date\":\"2020-04\",\"precision\":\"MONTH\"}}", EDITOR);
        api.post("/api/v1/facts/" + factId + "/retraction", "{\"expectedVersion\":2,\"reason\":\"a copy\"}", EDITOR);
        JsonNode after = body(api.get("/api/v1/changes?after=" + last, null));
        List<JsonNode> mine = after.valueStream().filter(c -> c.get("factId").asString().equals(factId)).toList();
        assertThat(mine).extracting(c -> c.get("change").asString()).containsExactly("RECORDED", "CORRECTED", "RETRACTED");
        assertThat(mine).extracting(c -> c.get("version").asInt()).containsExactly(1, 2, 3);
        assertThat(mine.get(1).get("reason").asString()).isEqualTo("the month");
        assertThat(mine.get(2).get("recordedBy").asString()).isEqualTo(EDITOR);
        assertThat(after.valueStream().map(c -> c.get("seq").asLong()).toList()).isSorted().allMatch(seq -> seq > last);
        assertThat(body(api.get("/api/v1/changes?after=" + last + "&limit=1", null)).size()).isEqualTo(1);
        assertThat(api.get("/api/v1/changes?limit=0", null).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void anEditorRecordsCorrectsAndRetractsAndEveryAnswerIsReadableAtOnce() {
        ResponseEntity<String> created = api.post("/api/v1/facts", fact(), EDITOR);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String factId = body(created).get("factId").asString();
        assertThat(body(created).get("version").asInt()).isEqualTo(1);
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/v1/facts/" + factId);

        JsonNode read = body(api.get("/api/v1/facts/" + factId, null));
        assertThat(read.get("recordedBy").asString()).isEqualTo(EDITOR);
        assertThat(read.get("sources").get(0).get("publisher").asString()).isNotBlank();

        ResponseEntity<String> corrected = api.post("/api/v1/facts/" + factId + "/corrections",
                "{\"expectedVersion\":1,\"reason\":\"month per the article\",\"when\":{\"date\":\"2020-04\",\"precision\":\"MONTH\"}}",
                EDITOR);
        assertThat(corrected.getStatusCode().value()).isEqualTo(200);
        assertThat(body(corrected).get("version").asInt()).isEqualTo(2);
        assertThat(body(api.get("/api/v1/facts/" + factId, null)).get("when").get("date").asString()).isEqualTo("2020-04");

        ResponseEntity<String> stale = api.post("/api/v1/facts/" + factId + "/corrections",
                "{\"expectedVersion\":1,\"reason\":\"late\",\"summaryEn\":\"x\"}", EDITOR);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(body(stale).get("currentVersion").asInt()).isEqualTo(2);

        ResponseEntity<String> noReason = api.post("/api/v1/facts/" + factId + "/retraction", "{\"expectedVersion\":2}", EDITOR);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(body(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");

        ResponseEntity<String> retracted = api.post("/api/v1/facts/" + factId + "/retraction",
                "{\"expectedVersion\":2,\"reason\":\"duplicate of n004-k1-handover-2020-03\"}", EDITOR);
        assertThat(body(retracted).get("version").asInt()).isEqualTo(3);
        assertThat(body(api.get("/api/v1/facts/" + factId, null)).get("status").asString()).isEqualTo("RETRACTED");
        JsonNode history = body(api.get("/api/v1/facts/" + factId + "/history", null));
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.get(1).get("change").asString()).isEqualTo("CORRECTED");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("month per the article");
        assertThat(history.get(2).get("change").asString()).isEqualTo("RETRACTED");

        assertThat(api.post("/api/v1/facts/" + factId + "/corrections",
                "{\"expectedVersion\":3,\"reason\":\"revive\",\"summaryEn\":\"y\"}", EDITOR).getStatusCode().value())
                .isEqualTo(409);
        ResponseEntity<String> reasonless = api.post("/api/v1/facts/" + factId + "/corrections",
                "{\"expectedVersion\":3,\"summaryEn\":\"y\"}", EDITOR);
        assertThat(reasonless.getStatusCode().value()).as("the body is checked before the fact's status").isEqualTo(400);
        assertThat(body(reasonless).get("errors").get(0).get("field").asString()).isEqualTo("reason");
        ResponseEntity<String> everything = api.post("/api/v1/facts", "{\"kind\":\"RUMOUR\",\"when\":{\"date\":\"2021\","
                + "\"precision\":\"WEEK\"},\"data\":{},\"sources\":[],\"rank\":\"TOP\"}", EDITOR);
        assertThat(everything.getStatusCode().value()).isEqualTo(400);
        assertThat(body(everything).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .as("the constraints' refusals and the content rules', in one answer")
                .containsExactly("kind", "rank", "when.precision", "sources", "summaryEn");
        assertThat(api.post("/api/v1/facts/no-such-fact/retraction", "{\"expectedVersion\":1,\"reason\":\"r\"}", EDITOR)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void editorsRegisterSourcesBasesAndAgreementsOnce() {
        ResponseEntity<String> source = api.post("/api/v1/sources",
                "{\"sourceId\":\"edit-doc\",\"title\":\"T\",\"publisher\":\"P\",\"published\":\"2025-05\",\"language\":\"en\"}",
                EDITOR);
        assertThat(source.getStatusCode().value()).isEqualTo(201);
        assertThat(source.getHeaders().getLocation().getPath()).isEqualTo("/api/v1/sources/edit-doc");
        assertThat(api.get("/api/v1/sources/edit-doc", null).getStatusCode().value()).isEqualTo(200);
        assertThat(api.post("/api/v1/sources",
                "{\"sourceId\":\"edit-doc\",\"title\":\"T\",\"publisher\":\"P\",\"language\":\"en\"}", EDITOR)
                .getStatusCode().value()).isEqualTo(409);
        ResponseEntity<String> base = api.post("/api/v1/bases",
                "{\"baseId\":\"edit-base\",\"nameEn\":\"Union III\",\"nameAr\":\"الاتحاد الثالث\",\"aliases\":[],\"province\":\"Baghdad\"}",
                EDITOR);
        assertThat(base.getStatusCode().value()).isEqualTo(201);
        assertThat(body(api.get("/api/v1/bases?q=%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF", null)).get(0)
                .get("baseId").asString()).isEqualTo("edit-base");
        assertThat(api.post("/api/v1/agreements",
                "{\"agreementId\":\"edit-agreement\",\"nameEn\":\"A\",\"nameAr\":\"أ\"}", EDITOR).getStatusCode().value())
                .isEqualTo(201);
    }

    /** The citations' source registry is kept between reads; a source registered since is named at once. */
    @Test
    void aSourceRegisteredAfterAnswersWereGivenIsNamedInTheNextAnswer() {
        String citing = fact().replace("004_381da1ff9ba8b82d", "kept-doc").replace("line 17", "p. 3");
        assertThat(api.get("/api/v1/facts?size=5", null).getStatusCode().value()).isEqualTo(200);
        assertThat(api.post("/api/v1/sources", "{\"sourceId\":\"kept-doc\",\"title\":\"Registered later\","
                + "\"publisher\":\"Kept\",\"published\":\"2026-11\",\"language\":\"en\"}", EDITOR)
                .getStatusCode().value()).isEqualTo(201);
        String factId = body(api.post("/api/v1/facts", citing, EDITOR)).get("factId").asString();
        JsonNode source = body(api.get("/api/v1/facts/" + factId, null)).get("sources").get(0);
        assertThat(source.get("title").asString()).isEqualTo("Registered later");
        assertThat(source.get("publisher").asString()).isEqualTo("Kept");
        assertThat(body(api.post("/api/v1/facts/" + factId + "/retraction",
                "{\"expectedVersion\":1,\"reason\":\"a test's fact\"}", EDITOR)).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void onlyEditorsWriteAndOnlyAuditorsAudit() {
        long before = events();
        assertThat(api.post("/api/v1/facts", fact(), ANALYST).getStatusCode().value()).isEqualTo(403);
        assertThat(api.post("/api/v1/facts", fact(), AUDITOR).getStatusCode().value()).isEqualTo(403);
        assertThat(api.post("/api/v1/facts", fact(), EDITOR, "wrong", Map.of()).getStatusCode().value()).isEqualTo(401);
        assertThat(api.post("/api/v1/facts", fact(), null).getStatusCode().value()).isEqualTo(401);
        assertThat(api.get("/api/v1/audit/verify", EDITOR).getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("/api/v1/facts?size=1", ANALYST).getStatusCode().value()).isEqualTo(200);
        assertThat(api.get("/api/v1/facts?size=1", "nobody").getStatusCode().value()).isEqualTo(401);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndRecordsNothingNew() {
        Map<String, String> key = Map.of("Idempotency-Key", "retry-1");
        String fact = fact();
        ResponseEntity<String> first = api.post("/api/v1/facts", fact, EDITOR, null, key);
        long after = events();
        ResponseEntity<String> again = api.post("/api/v1/facts", fact, EDITOR, null, key);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(body(again).get("factId").asString()).isEqualTo(body(first).get("factId").asString());
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(events()).isEqualTo(after);
        ResponseEntity<String> other = api.post("/api/v1/facts", fact.replace("An editor's", "Another"), EDITOR, null, key);
        assertThat(other.getStatusCode().value()).isEqualTo(409);
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void concurrentRequestsWithOneKeyWriteOnceAndAllGetTheSameAnswer() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "burst-" + java.util.UUID.randomUUID());
        long before = events();
        String fact = fact();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<ResponseEntity<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> api.post("/api/v1/facts", fact, EDITOR, null, key)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                ResponseEntity<String> response = answer.get();
                assertThat(response.getStatusCode().value()).isEqualTo(201);
                ids.add(body(response).get("factId").asString());
            }
            assertThat(ids).as("one fact, one answer").hasSize(1);
            assertThat(events()).as("one event written").isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private JsonNode body(ResponseEntity<String> response) {
        return json.readTree(response.getBody());
    }
}
