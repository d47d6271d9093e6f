package org.sijill.web;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the API document is called at least once with an answer of success and once with an error, and
 * every one of those answers is validated against the document ({@link SijillTest}'s check). The operations are read
 * from the live document, so an operation added without a call here fails the test.
 */
@SijillTest
class EveryOperationIT {

    private static final String YAML = "application/yaml";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Set<String> succeeded = new TreeSet<>();
    private final Set<String> refused = new TreeSet<>();

    @Test
    void everyOperationAnswersBothASuccessAndAnErrorAsTheDocumentSays() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String source = "every-src-" + id;
        both("getAgreements", call("GET", "/api/v1/agreements", null, null, null), call("GET", "/api/v1/agreements", null, null, "wrong"));
        both("registerAgreement", call("POST", "/api/v1/agreements", JSON, "{\"agreementId\":\"every-" + id
                + "\",\"nameEn\":\"E\",\"nameAr\":\"ا\"}", "editor"), call("POST", "/api/v1/agreements", JSON, "{}", "editor"));
        both("getAgreement", call("GET", "/api/v1/agreements/sofa-2008", null, null, null), call("GET", "/api/v1/agreements/nope", null, null, null));
        for (String audit : new String[]{"events?limit=2", "reconciliation", "replay", "verify", "checkpoint"}) {
            String name = "getAudit" + Character.toUpperCase(audit.charAt(0)) + audit.replaceAll("\\?.*", "").substring(1);
            both(name, call("GET", "/api/v1/audit/" + audit, null, null, "auditor"),
                    call("GET", "/api/v1/audit/" + audit, null, null, "analyst"));
        }
        both("getAuditCheckpointKey", call("GET", "/api/v1/audit/checkpoint/key", null, null, "auditor"),
                call("GET", "/api/v1/audit/checkpoint/key", null, null, "analyst"));
        both("startReplay", call("POST", "/api/v1/audit/replay", null, null, "auditor"),
                call("POST", "/api/v1/audit/replay", null, null, "analyst"));
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> !json.readTree(body("/api/v1/audit/replay", "auditor"))
                .get("state").asString().equals("RUNNING"));
        both("getBases", call("GET", "/api/v1/bases", null, null, null), call("GET", "/api/v1/bases?q=" + "x".repeat(201), null, null, null));
        both("registerBase", call("POST", "/api/v1/bases", JSON, "{\"baseId\":\"every-b-" + id + "\",\"nameEn\":\"E\","
                + "\"nameAr\":\"ا\"}", "editor"), call("POST", "/api/v1/bases", JSON, "{}", "editor"));
        both("getBase", call("GET", "/api/v1/bases/k1", null, null, null), call("GET", "/api/v1/bases/nope", null, null, null));
        both("getBaseTimeline", call("GET", "/api/v1/bases/k1/timeline", null, null, null),
                call("GET", "/api/v1/bases/nope/timeline", null, null, null));
        both("getChanges", call("GET", "/api/v1/changes?after=0&limit=5", null, null, null),
                call("GET", "/api/v1/changes?limit=0", null, null, null));
        both("getExportFactsCsv", call("GET", "/api/v1/export/facts.csv", null, null, null),
                call("GET", "/api/v1/export/facts.csv", null, null, "wrong"));
        both("getExportFactsNdjson", call("GET", "/api/v1/export/facts.ndjson", null, null, null),
                call("GET", "/api/v1/export/facts.ndjson", null, null, "wrong"));
        both("getFacts", call("GET", "/api/v1/facts", null, null, null), call("GET", "/api/v1/facts?size=0", null, null, null));
        String milestone = "{\"kind\":\"MILESTONE\",\"when\":{\"date\":\"2024-02\",\"precision\":\"MONTH\"},\"data\":{},"
                + "\"sources\":[{\"sourceId\":\"002_132dcbf3b4cce48d\",\"locator\":\"line 3\"}],\"summaryEn\":\"every " + id + "\"}";
        HttpResponse<String> recorded = call("POST", "/api/v1/facts", JSON, milestone, "editor");
        String factId = json.readTree(recorded.body()).get("factId").asString();
        both("recordFact", recorded, call("POST", "/api/v1/facts", JSON, "{}", "editor"));
        succeeded("recordFact", call("POST", "/api/v1/facts?dryRun=true", JSON, milestone, "editor"));
        both("getFact", call("GET", "/api/v1/facts/" + factId, null, null, null), call("GET", "/api/v1/facts/nope", null, null, null));
        both("correctFact", call("POST", "/api/v1/facts/" + factId + "/corrections", JSON, "{\"expectedVersion\":1,"
                + "\"reason\":\"every operation\",\"summaryEn\":\"every " + id + " corrected\"}", "editor"),
                call("POST", "/api/v1/facts/nope/corrections", JSON, "{\"expectedVersion\":1,\"reason\":\"r\","
                        + "\"summaryEn\":\"s\"}", "editor"));
        both("getFactHistory", call("GET", "/api/v1/facts/" + factId + "/history", null, null, null),
                call("GET", "/api/v1/facts/nope/history", null, null, null));
        both("retractFact", call("POST", "/api/v1/facts/" + factId + "/retraction", JSON,
                "{\"expectedVersion\":2,\"reason\":\"every operation\"}", "editor"),
                call("POST", "/api/v1/facts/" + factId + "/retraction", JSON, "{\"expectedVersion\":1}", "editor"));
        both("importSeedFile", call("POST", "/api/v1/imports?name=every.yml", YAML, "sources:\n  - { sourceId: " + source
                + ", title: T, publisher: P, language: ar }\n", "editor"), call("POST", "/api/v1/imports?name=bad.yml", YAML,
                "facts: [ { factId: every-bad } ]\n", "editor"));
        both("getPresence", call("GET", "/api/v1/presence?on=2021", null, null, null), call("GET", "/api/v1/presence?on=2021-13", null, null, null));
        both("getPresenceDiff", call("GET", "/api/v1/presence/diff?from=2020&to=2022", null, null, null),
                call("GET", "/api/v1/presence/diff", null, null, null));
        both("getPresenceSeries", call("GET", "/api/v1/presence/series?force=US", null, null, null),
                call("GET", "/api/v1/presence/series", null, null, null));
        both("getSources", call("GET", "/api/v1/sources", null, null, null), call("GET", "/api/v1/sources", null, null, "wrong"));
        both("registerSource", call("POST", "/api/v1/sources", JSON, "{\"sourceId\":\"every-s-" + id + "\",\"title\":\"T\","
                + "\"publisher\":\"P\",\"language\":\"ar\"}", "editor"), call("POST", "/api/v1/sources", JSON, "{}", "editor"));
        both("getSource", call("GET", "/api/v1/sources/" + source, null, null, null), call("GET", "/api/v1/sources/nope", null, null, null));
        both("storeSourceText", call("PUT", "/api/v1/sources/" + source + "/text", "text/plain", "سطر\n", "editor"),
                call("PUT", "/api/v1/sources/nope/text", "text/plain", "سطر\n", "editor"));
        both("getSourceText", call("GET", "/api/v1/sources/" + source + "/text", null, null, "analyst"),
                call("GET", "/api/v1/sources/" + source + "/text", null, null, null));
        both("getTimeline", call("GET", "/api/v1/timeline?from=2020", null, null, null), call("GET", "/api/v1/timeline?from=20x", null, null, null));
        both("getVocabulary", call("GET", "/api/v1/vocabulary", null, null, null), call("GET", "/api/v1/vocabulary", null, null, "wrong"));
        both("getSession", call("GET", "/api/v1/session", null, null, null), call("GET", "/api/v1/session", null, null, "wrong"));
        sessionOperations();

        Set<String> documented = new TreeSet<>();
        json.readTree(body("/v3/api-docs", null)).get("paths").forEach(item -> item.forEach(op ->
                documented.add(op.get("operationId").asString())));
        assertThat(succeeded).as("operations answered with a success").isEqualTo(documented);
        assertThat(refused).as("operations answered with an error").isEqualTo(documented);
    }

    /** Sign-in (form, a session) and sign-out; without the session's CSRF token the sign-out is refused. */
    private void sessionOperations() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        JsonNode session = json.readTree(send(browser, "GET", "/api/v1/session", null, null, null, null).body());
        String header = session.get("csrfHeader").asString();
        String token = session.get("csrfToken").asString();
        both("signIn", send(browser, "POST", "/api/v1/session", FORM, "username=editor&password="
                        + SijillTest.EDITOR_PASSWORD, header, token),
                send(HttpClient.newHttpClient(), "POST", "/api/v1/session", FORM, "username=editor&password=no", null, null));
        String fresh = json.readTree(send(browser, "GET", "/api/v1/session", null, null, null, null).body())
                .get("csrfToken").asString();
        refused("signOut", send(browser, "DELETE", "/api/v1/session", null, null, null, null));
        succeeded("signOut", send(browser, "DELETE", "/api/v1/session", null, null, header, fresh));
    }

    private void both(String operation, HttpResponse<String> success, HttpResponse<String> error) {
        succeeded(operation, success);
        refused(operation, error);
    }

    private void succeeded(String operation, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(operation + " succeeds: " + answer.body()).isBetween(200, 299);
        succeeded.add(operation);
    }

    private void refused(String operation, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(operation + " refuses: " + answer.body()).isBetween(400, 499);
        refused.add(operation);
    }

    private String body(String path, String user) throws Exception {
        return call("GET", path, null, null, user).body();
    }

    private int wrongCalls;

    /** Wrong credentials come from addresses of their own: the sign-in throttle would otherwise hold back the rest. */
    private HttpResponse<String> call(String method, String path, String type, String body, String user) throws Exception {
        address = "wrong".equals(user) ? "198.51.100." + (++wrongCalls) : "192.0.2.77";
        return send(http, method, path, type, body, user == null ? null : "Authorization", user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
    }

    private String address = "192.0.2.77";

    private static String password(String user) {
        return switch (user) {
            case "editor" -> SijillTest.EDITOR_PASSWORD;
            case "analyst" -> SijillTest.ANALYST_PASSWORD;
            case "auditor" -> SijillTest.AUDITOR_PASSWORD;
            default -> "not-the-password";
        };
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String type, String body,
                                      String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (header != null) {
            request.header(header, value);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
