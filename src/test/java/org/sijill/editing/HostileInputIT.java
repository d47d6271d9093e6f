package org.sijill.editing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.sijill.ApiClient.EDITOR;

/**
 * Hostile and malformed input: every request is refused with a 4xx problem naming the offending field,
 * and the number of stored events does not change.
 */
@SijillTest
class HostileInputIT {

    private static final String WHEN = "\"when\":{\"date\":\"2020-03\",\"precision\":\"MONTH\"}";
    private static final String SOURCES = "\"sources\":[{\"sourceId\":\"004_381da1ff9ba8b82d\",\"locator\":\"line 17\"}]";

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

    static String fact(String kind, String when, String data, String sources, String summary) {
        return "{\"kind\":" + kind + "," + when + ",\"data\":" + data + "," + sources + ",\"summaryEn\":" + summary + "}";
    }

    static String troops(String data) {
        return fact("\"TROOP_LEVEL\"", WHEN, data, SOURCES, "\"s\"");
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                arguments("malformed JSON", "/api/v1/facts", "{\"kind\": \"TROOP", 400, "kind"),
                arguments("truncated JSON", "/api/v1/facts", "{\"kind\": \"TROOP_LEVEL\",", 400, "body"),
                arguments("trailing garbage", "/api/v1/facts", troops("{\"force\":\"US\",\"count\":1}") + "x", 400, "body"),
                arguments("empty body", "/api/v1/facts", "", 400, "body"),
                arguments("a JSON array", "/api/v1/facts", "[]", 400, "body"),
                arguments("JSON null", "/api/v1/facts", "null", 400, "body"),
                arguments("unknown field", "/api/v1/facts", troops("{}").replace("\"summaryEn\"", "\"summery\":1,\"summaryEn\""), 400, "summery"),
                arguments("wrong type for when", "/api/v1/facts", fact("\"MILESTONE\"", "\"when\":\"2020\"", "{}", SOURCES, "\"s\""), 400, "when"),
                arguments("null kind", "/api/v1/facts", fact("null", WHEN, "{}", SOURCES, "\"s\""), 400, "kind"),
                arguments("unknown kind", "/api/v1/facts", fact("\"RUMOUR\"", WHEN, "{}", SOURCES, "\"s\""), 400, "kind"),
                arguments("unknown precision", "/api/v1/facts", fact("\"MILESTONE\"", "\"when\":{\"date\":\"2020\",\"precision\":\"WEEK\"}", "{}", SOURCES, "\"s\""), 400, "when.precision"),
                arguments("impossible date", "/api/v1/facts", fact("\"MILESTONE\"", "\"when\":{\"date\":\"2021-02-30\",\"precision\":\"DAY\"}", "{}", SOURCES, "\"s\""), 400, "when.date"),
                arguments("precision mismatch", "/api/v1/facts", fact("\"MILESTONE\"", "\"when\":{\"date\":\"2021-02\",\"precision\":\"DAY\"}", "{}", SOURCES, "\"s\""), 400, "when.date"),
                arguments("a number where a text goes", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", SOURCES, "9223372036854775808"), 400, "summaryEn"),
                arguments("a boolean locator", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", "\"sources\":[{\"sourceId\":\"004_381da1ff9ba8b82d\",\"locator\":false}]", "\"s\""), 400, "sources[0].locator"),
                arguments("a text where a version goes", "/api/v1/facts/n004-k1-handover-2020-03/corrections", "{\"expectedVersion\":\"1\",\"reason\":\"r\",\"summaryEn\":\"x\"}", 400, "expectedVersion"),
                arguments("year zero", "/api/v1/facts", fact("\"MILESTONE\"", "\"when\":{\"date\":\"0000-01-01\",\"precision\":\"DAY\"}", "{}", SOURCES, "\"s\""), 400, "when.date"),
                arguments("year 9999", "/api/v1/facts", fact("\"MILESTONE\"", "\"when\":{\"date\":\"9999-12-31\",\"precision\":\"DAY\"}", "{}", SOURCES, "\"s\""), 400, "when.date"),
                arguments("span backwards", "/api/v1/facts", fact("\"MILESTONE\"", "\"when\":{\"date\":\"2017\",\"until\":\"2014\",\"precision\":\"YEAR\"}", "{}", SOURCES, "\"s\""), 400, "when.until"),
                arguments("unknown force", "/api/v1/facts", troops("{\"force\":\"NATO\",\"count\":1}"), 400, "data.force"),
                arguments("negative count", "/api/v1/facts", troops("{\"force\":\"US\",\"count\":-5}"), 400, "data.count"),
                arguments("absurd count", "/api/v1/facts", troops("{\"force\":\"US\",\"count\":99999999999}"), 400, "data.count"),
                arguments("huge count", "/api/v1/facts", troops("{\"force\":\"US\",\"count\":1e400}"), 400, "data.count"),
                arguments("count as text", "/api/v1/facts", troops("{\"force\":\"US\",\"count\":\"2500\"}"), 400, "data.count"),
                arguments("null count", "/api/v1/facts", troops("{\"force\":\"US\",\"count\":null}"), 400, "data.count"),
                arguments("low above count", "/api/v1/facts", troops("{\"force\":\"US\",\"count\":10,\"low\":20}"), 400, "data.low"),
                arguments("high below count", "/api/v1/facts", troops("{\"force\":\"US\",\"count\":10,\"high\":5}"), 400, "data.high"),
                arguments("unknown base", "/api/v1/facts", fact("\"BASE_STATUS\"", WHEN, "{\"baseId\":\"atlantis\",\"status\":\"CLOSED\"}", SOURCES, "\"s\""), 400, "data.baseId"),
                arguments("unknown agreement", "/api/v1/facts", fact("\"AGREEMENT\"", WHEN, "{\"agreementId\":\"nope\",\"status\":\"SIGNED\"}", SOURCES, "\"s\""), 400, "data.agreementId"),
                arguments("unknown source", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", "\"sources\":[{\"sourceId\":\"nope\",\"locator\":\"p\"}]", "\"s\""), 400, "sources[0].sourceId"),
                arguments("no sources", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", "\"sources\":[]", "\"s\""), 400, "sources"),
                arguments("null source entry", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", "\"sources\":[null]", "\"s\""), 400, "sources[0]"),
                arguments("missing summary", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", SOURCES, "null"), 400, "summaryEn"),
                arguments("oversized summary", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", SOURCES, "\"" + "x".repeat(5000) + "\""), 400, "summaryEn"),
                arguments("control character in summary", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", SOURCES, "\"a\\u0000b\""), 400, "summaryEn"),
                arguments("bidi override in summary", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", SOURCES, "\"abc\\u202Edcba\""), 400, "summaryEn"),
                arguments("NUL inside free data", "/api/v1/facts", fact("\"STATEMENT\"", WHEN, "{\"speaker\":\"x\\u0000\"}", SOURCES, "\"s\""), 400, "data.speaker"),
                arguments("deeply nested data", "/api/v1/facts", fact("\"STATEMENT\"", WHEN, "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}", SOURCES, "\"s\""), 400, "data.a.b.c.d"),
                arguments("unknown rank", "/api/v1/facts", fact("\"MILESTONE\"", WHEN, "{}", SOURCES, "\"s\",\"rank\":\"TOP\""), 400, "rank"),
                arguments("SQL in an id", "/api/v1/bases", "{\"baseId\":\"x'; drop table base;--\",\"nameEn\":\"n\",\"nameAr\":\"ن\"}", 400, "baseId"),
                arguments("correction without expectedVersion", "/api/v1/facts/n004-k1-handover-2020-03/corrections", "{\"reason\":\"r\",\"summaryEn\":\"s\"}", 400, "expectedVersion"),
                arguments("correction with a string version", "/api/v1/facts/n004-k1-handover-2020-03/corrections", "{\"expectedVersion\":\"one\",\"reason\":\"r\"}", 400, "expectedVersion"),
                arguments("correction changing nothing", "/api/v1/facts/n004-k1-handover-2020-03/corrections", "{\"expectedVersion\":1,\"reason\":\"r\"}", 400, ""),
                arguments("source with a bad date", "/api/v1/sources", "{\"sourceId\":\"d\",\"title\":\"t\",\"publisher\":\"p\",\"published\":\"4 Oct\",\"language\":\"ar\"}", 400, "published"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithAProblemNamingTheFieldAndStoresNothing(String name, String path, String body, int status,
                                                             String field) {
        long before = events();
        ResponseEntity<String> response = api.post(path, body, EDITOR);
        assertThat(response.getStatusCode().value()).as(name).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("errors")).as(name + ": " + response.getBody()).isNotNull();
        assertThat(problem.get("errors").findValuesAsString("field")).as(name + ": " + response.getBody()).contains(field);
        assertThat(events()).as(name).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() {
        long before = events();
        String big = fact("\"STATEMENT\"", WHEN, "{\"speaker\":\"" + "x".repeat(1_100_000) + "\"}", SOURCES, "\"s\"");
        ResponseEntity<String> response = api.post("/api/v1/facts", big, EDITOR);
        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void mixedDirectionArabicTextIsKeptIntact() {
        String summary = "Handover of قاعدة عين الأسد (Ain al-Asad) on ١٥ آذار 2020";
        ResponseEntity<String> created = api.post("/api/v1/facts",
                fact("\"MILESTONE\"", WHEN, "{}", SOURCES, json.writeValueAsString(summary)), EDITOR);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String factId = json.readTree(created.getBody()).get("factId").asString();
        assertThat(json.readTree(api.get("/api/v1/facts/" + factId, null).getBody()).get("summaryEn").asString())
                .isEqualTo(summary);
    }

    @Test
    void hostileQueryParametersAreAnsweredWithoutAServerError() {
        for (String query : new String[]{"/api/v1/facts?q=%27%20OR%201%3D1--", "/api/v1/facts?baseId=%27%3B%20drop",
                "/api/v1/facts?sourceId=..%2F..%2Fetc", "/api/v1/bases?q=%25%25%25", "/api/v1/facts?q=" + "a".repeat(300),
                "/api/v1/presence?on=%00", "/api/v1/facts?from=9999-99-99", "/api/v1/facts?asKnownAt=0"}) {
            int status = api.get(query, null).getStatusCode().value();
            assertThat(status).as(query).isLessThan(500);
        }
    }

    @Test
    void queriesThatAreNotUtf8OrOutsideThePeriodAre400() {
        for (String query : new String[]{"/api/v1/bases?q=%D8%D8%D8", "/api/v1/facts?q=%C0%AF",
                "/api/v1/presence?on=0000-01-01", "/api/v1/presence?on=9999-12-31", "/api/v1/facts?from=1000"}) {
            var answer = api.get(query, null);
            assertThat(answer.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType().toString()).as(query).contains("problem+json");
        }
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
