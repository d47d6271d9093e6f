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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.ApiClient.ANALYST;
import static org.sijill.ApiClient.EDITOR;

/**
 * CONTRACT.md "Writes" and "Errors": the duplicate claim (409 naming the fact), every error of a request in one answer
 * (shape, references and locators), source texts and the quote check, and dry runs that write nothing.
 */
@SijillTest
class WriteChecksIT {

    /** The bundled K-1 handover (004 line 17) as an editor would type it again. */
    private static final String K1_AGAIN = """
            {"kind":"BASE_STATUS","when":{"date":"2020-03","precision":"MONTH"},
             "data":{"baseId":"k1","status":"HANDED_OVER"},
             "sources":[{"sourceId":"%s","locator":"line 17"}],"summaryEn":"K-1 handed over, typed again."}""";

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
    void aClaimAnActiveFactStatesIs409NamingItUnlessTheRequestIsBad() {
        long before = events();
        ResponseEntity<String> again = api.post("/api/v1/facts", K1_AGAIN.formatted("004_381da1ff9ba8b82d"), EDITOR);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(body(again).get("factId").asString()).isEqualTo("n004-k1-handover-2020-03");
        ResponseEntity<String> bad = api.post("/api/v1/facts", K1_AGAIN.formatted("no-such-doc"), EDITOR);
        assertThat(bad.getStatusCode().value()).as("a bad request is refused before any conflict").isEqualTo(400);
        assertThat(events()).isEqualTo(before);

        JsonNode dry = body(api.post("/api/v1/facts?dryRun=true", K1_AGAIN.formatted("004_381da1ff9ba8b82d"), EDITOR));
        assertThat(dry.get("valid").asBoolean()).isFalse();
        assertThat(dry.get("duplicates").get(0).asString()).isEqualTo("n004-k1-handover-2020-03");
    }

    @Test
    void shapeReferencesAndLocatorsAreRefusedInOneAnswer() {
        String body = """
                {"kind":"BASE_STATUS","when":{"date":"2020-13","precision":"MONTH"},
                 "data":{"baseId":"no-such-base","status":"HANDED_OVER"},
                 "sources":[{"sourceId":"no-such-doc","locator":"p. 1"}],"summaryEn":"bad"}""";
        ResponseEntity<String> refused = api.post("/api/v1/facts", body, EDITOR);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(body(refused))).contains("when.date", "data.baseId", "sources[0].sourceId");

        String correction = "{\"expectedVersion\":1,\"reason\":\"r\",\"data\":{\"baseId\":\"no-such-base\","
                + "\"status\":\"OPEN\"},\"sources\":[{\"sourceId\":\"no-such-doc\",\"locator\":\"p. 2\"}]}";
        ResponseEntity<String> both = api.post("/api/v1/facts/n004-k1-handover-2020-03/corrections", correction, EDITOR);
        assertThat(both.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(body(both))).contains("data.status", "data.baseId", "sources[0].sourceId");
    }

    @Test
    void onceASourceHasItsTextAQuoteMustStandOnItsLineAndOnlySignedInUsersReadTheText() {
        String sourceId = "text-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/v1/sources", "{\"sourceId\":\"" + sourceId + "\",\"title\":\"T\",\"publisher\":\"P\","
                + "\"language\":\"ar\"}", EDITOR).getStatusCode().value()).isEqualTo(201);
        String text = "السطر الأول\r\nسلمت قوات التحالف القاعدة في مارس 2020\nالسطر الثالث\n";
        ResponseEntity<String> stored = api.putText("/api/v1/sources/" + sourceId + "/text", text, EDITOR);
        assertThat(stored.getStatusCode().value()).isEqualTo(200);
        assertThat(body(stored).get("lines").asInt()).isEqualTo(3);
        assertThat(body(stored).get("changed").asBoolean()).isTrue();
        assertThat(body(api.putText("/api/v1/sources/" + sourceId + "/text", text, EDITOR)).get("changed").asBoolean())
                .as("the same text again changes nothing").isFalse();
        JsonNode source = body(api.get("/api/v1/sources/" + sourceId, null));
        assertThat(source.get("textSha256").asString()).hasSize(64)
                .isEqualTo(body(stored).get("textSha256").asString());
        assertThat(source.get("lines").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/sources/" + sourceId + "/text", null).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> read = api.get("/api/v1/sources/" + sourceId + "/text", ANALYST);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody()).isEqualTo(text);
        assertThat(api.putText("/api/v1/sources/" + sourceId + "/text", text, ANALYST).getStatusCode().value())
                .isEqualTo(403);

        String fact = """
                {"kind":"MILESTONE","when":{"date":"2020-03","precision":"MONTH"},"data":{},
                 "sources":[{"sourceId":"%s","locator":"line %d, «%s»"}],"summaryEn":"A handover."}""";
        ResponseEntity<String> wrongLine = api.post("/api/v1/facts", fact.formatted(sourceId, 1, "سلمت قوات التحالف"),
                EDITOR);
        assertThat(wrongLine.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(body(wrongLine))).containsExactly("sources[0].locator");
        assertThat(api.post("/api/v1/facts", fact.formatted(sourceId, 9, "سلمت"), EDITOR).getStatusCode().value())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/facts", fact.formatted(sourceId, 2, "سلمت قوات التحالف"), EDITOR)
                .getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void aDryRunStatesTheErrorsOrThePresenceChangesAndWritesNothing() {
        long before = events();
        String planned = """
                {"kind":"TROOP_LEVEL","when":{"date":"2021-03-01","precision":"DAY"},
                 "data":{"force":"US","count":3000},
                 "sources":[{"sourceId":"004_381da1ff9ba8b82d","locator":"line 5"}],"summaryEn":"A dry run."}""";
        JsonNode dry = body(api.post("/api/v1/facts?dryRun=true", planned, EDITOR));
        assertThat(dry.get("valid").asBoolean()).isTrue();
        assertThat(dry.get("errors")).isEmpty();
        JsonNode first = dry.get("changes").get(0);
        assertThat(first.get("subjectType").asString()).isEqualTo("TROOPS");
        assertThat(first.get("subjectId").asString()).isEqualTo("US");
        assertThat(first.get("from").asString()).isEqualTo("2021-03-01");
        assertThat(first.get("after").get("count").asLong()).isEqualTo(3000);
        JsonNode presence = body(api.get("/api/v1/presence?on=2021-03-01&force=US", null));
        assertThat(first.get("before").get("count").asLong())
                .isEqualTo(presence.get("troops").get(0).get("count").asLong());

        JsonNode refused = body(api.post("/api/v1/facts?dryRun=true", planned.replace("3000", "-5"), EDITOR));
        assertThat(refused.get("valid").asBoolean()).isFalse();
        assertThat(fields(refused)).contains("data.count");

        JsonNode stale = body(api.post("/api/v1/facts/n004-k1-handover-2020-03/corrections?dryRun=true",
                "{\"expectedVersion\":7,\"reason\":\"r\",\"when\":{\"date\":\"2020-04\",\"precision\":\"MONTH\"}}",
                EDITOR));
        assertThat(stale.get("valid").asBoolean()).isFalse();
        assertThat(fields(stale)).containsExactly("expectedVersion");
        JsonNode moved = body(api.post("/api/v1/facts/n004-k1-handover-2020-03/corrections?dryRun=true",
                "{\"expectedVersion\":1,\"reason\":\"r\",\"when\":{\"date\":\"2020-05\",\"precision\":\"MONTH\"}}",
                EDITOR));
        assertThat(moved.get("valid").asBoolean()).isTrue();
        assertThat(moved.get("changes").valueStream().map(c -> c.get("subjectId").asString())).containsOnly("k1");
        assertThat(events()).as("a dry run writes nothing").isEqualTo(before);
    }

    private List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private JsonNode body(ResponseEntity<String> response) {
        return json.readTree(response.getBody());
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
