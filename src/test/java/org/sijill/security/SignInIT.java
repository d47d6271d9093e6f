package org.sijill.security;

import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md over HTTP: guessing from one address is throttled while the real user elsewhere gets in; the
 * page's security headers; HEAD answers as GET on the public paths. Addresses are given by X-Forwarded-For,
 * which the test server trusts ({@link SijillTest}).
 */
@SijillTest
class SignInIT {

    @LocalServerPort
    int port;

    private final RestClient client = RestClient.builder().defaultStatusHandler(status -> true, (req, res) -> { })
            .build();

    private ResponseEntity<String> get(String path, String address, String user, String password) {
        return client.get().uri("http://localhost:" + port + path)
                .header("X-Forwarded-For", address)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .retrieve().toEntity(String.class);
    }

    /**
     * The page's sign-in: a form POST answers the name and roles and opens a session; a write riding on that session
     * needs its CSRF token; signing out ends it; wrong passwords answer 401 without a browser prompt and are throttled
     * like Basic's.
     */
    @Test
    void thePageSignsInWithASessionWhoseWritesNeedTheCsrfToken() throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        var anonymous = json.readTree(send(browser, "GET", base + "/api/v1/session", null, null, null).body());
        assertThat(anonymous.get("name").isNull()).isTrue();
        String header = anonymous.get("csrfHeader").asString();
        String token = anonymous.get("csrfToken").asString();

        var wrong = send(browser, "POST", base + "/api/v1/session", "username=editor&password=nope", header, token);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).as("no browser prompt").isEmpty();
        token = json.readTree(send(browser, "GET", base + "/api/v1/session", null, null, null).body())
                .get("csrfToken").asString();
        var signedIn = send(browser, "POST", base + "/api/v1/session", "username=editor&password="
                + SijillTest.EDITOR_PASSWORD, header, token);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"name\":\"editor\"").contains("\"roles\":[\"EDITOR\"]");
        var session = json.readTree(send(browser, "GET", base + "/api/v1/session", null, null, null).body());
        assertThat(session.get("name").asString()).isEqualTo("editor");
        String body = "{\"sourceId\":\"session-" + java.util.UUID.randomUUID().toString().substring(0, 8)
                + "\",\"title\":\"T\",\"publisher\":\"P\",\"language\":\"en\"}";
        assertThat(sendJson(browser, base + "/api/v1/sources", body, null, null).statusCode())
                .as("a write on the session without the CSRF token").isEqualTo(403);
        assertThat(sendJson(browser, base + "/api/v1/sources", body, header, session.get("csrfToken").asString())
                .statusCode()).isEqualTo(201);
        assertThat(send(browser, "DELETE", base + "/api/v1/session", null, header, session.get("csrfToken").asString())
                .statusCode()).isEqualTo(204);
        assertThat(json.readTree(send(browser, "GET", base + "/api/v1/session", null, null, null).body())
                .get("name").isNull()).as("signed out").isTrue();

        var forged = send(java.net.http.HttpClient.newHttpClient(), "POST", base + "/api/v1/session",
                "username=editor&password=" + SijillTest.EDITOR_PASSWORD, null, null);
        assertThat(forged.statusCode()).as("a sign-in without the CSRF token (a forged sign-in)").isEqualTo(403);
    }

    /** Guessing through the page's form is throttled like guessing through Basic. */
    @Test
    void guessingThroughTheSignInFormIsThrottled() throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        String base = "http://localhost:" + port;
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12 && !statuses.contains(429); i++) {
            var session = json.readTree(send("203.0.113.99", browser, "GET", base + "/api/v1/session", null, null, null).body());
            statuses.add(send("203.0.113.99", browser, "POST", base + "/api/v1/session", "username=auditor&password=guess-" + i,
                    session.get("csrfHeader").asString(), session.get("csrfToken").asString()).statusCode());
        }
        assertThat(statuses).as("401s, then 429").startsWith(401, 401, 401).endsWith(429)
                .allMatch(status -> status == 401 || status == 429);
    }


    private static java.net.http.HttpResponse<String> send(java.net.http.HttpClient client, String method, String url,
                                                           String form, String header, String token) throws Exception {
        return send("192.0.2.44", client, method, url, form, header, token);
    }

    private static java.net.http.HttpResponse<String> send(String address, java.net.http.HttpClient client,
                                                           String method, String url, String form, String header,
                                                           String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("X-Forwarded-For",
                address).method(method, form == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (header != null) {
            request.header(header, token);
        }
        return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static java.net.http.HttpResponse<String> sendJson(java.net.http.HttpClient client, String url, String body,
                                                               String header, String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("X-Forwarded-For",
                "192.0.2.44").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, token);
        }
        return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void guessingFromOneAddressIsThrottledWhileTheRealUserElsewhereGetsIn() {
        List<Integer> statuses = new ArrayList<>();
        ResponseEntity<String> last = null;
        for (int i = 0; i < 12 && !statuses.contains(429); i++) {
            last = get("/api/v1/audit/verify", "203.0.113.7", "auditor", "guess-" + i);
            statuses.add(last.getStatusCode().value());
        }
        assertThat(statuses).as("401s, then 429").startsWith(401, 401, 401).endsWith(429)
                .allMatch(s -> s == 401 || s == 429);
        assertThat(last.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(last.getBody()).contains("Too many failed sign-ins");
        assertThat(get("/api/v1/audit/verify", "203.0.113.7", "auditor", SijillTest.AUDITOR_PASSWORD)
                .getStatusCode().value()).as("the guessing address must wait, even with the password").isEqualTo(429);
        assertThat(get("/api/v1/audit/verify", "198.51.100.20", "auditor", SijillTest.AUDITOR_PASSWORD)
                .getStatusCode().value()).as("the real user from another address").isEqualTo(200);
        String metrics = get("/actuator/prometheus", "198.51.100.20", "auditor", SijillTest.AUDITOR_PASSWORD).getBody();
        assertThat(metrics).contains("sijill_sign_ins_total{outcome=\"failure\"")
                .contains("sijill_sign_ins_total{outcome=\"throttled\"").contains("sijill_sign_ins_total{outcome=\"success\"");
    }

    @Test
    void thePageCarriesItsSecurityHeaders() {
        ResponseEntity<String> page = client.get().uri("http://localhost:" + port + "/").retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        HttpHeaders headers = page.getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(SecurityConfig.PAGE_POLICY)
                .contains("script-src 'self';").doesNotContain("unsafe-inline");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.getFirst("Permissions-Policy")).contains("geolocation=()");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getBody()).doesNotContain("style=\"").doesNotContain("<script>");
    }

    @Test
    void headAnswersAsGetOnEveryPublicPath() {
        for (String path : List.of("/", "/index.html", "/app/main.js", "/app/style.css", "/api/v1/presence?on=2021-12-20",
                "/api/v1/vocabulary", "/actuator/health", "/v3/api-docs", "/fonts/noto-sans-arabic-arabic-400-normal.woff2")) {
            ResponseEntity<String> get = client.get().uri("http://localhost:" + port + path).retrieve().toEntity(String.class);
            ResponseEntity<String> head = client.method(HttpMethod.HEAD).uri("http://localhost:" + port + path).retrieve()
                    .toEntity(String.class);
            assertThat(head.getStatusCode()).as(path).isEqualTo(get.getStatusCode());
            assertThat(head.getHeaders().getContentType()).as(path).isEqualTo(get.getHeaders().getContentType());
            assertThat(head.getBody()).as(path).isNull();
        }
    }
}
