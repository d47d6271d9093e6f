package org.sijill.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sijill.TestNode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile input against every endpoint (issue: a fuzzer found 500s and coercions): valid write
 * bodies mutated one change at a time, and query strings with arbitrary values. Whatever comes in, the
 * answer is never a 5xx; a refusal writes nothing; an accepted write reads back as it was sent.
 */
class HostileInputFuzzIT {

    private static final String EDITOR = "editor";
    private static final String PASSWORD = "fuzz-editor";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext node;
    private static RestClient http;
    private static JdbcTemplate jdbc;
    private static int counter;

    @BeforeContainer
    static void start() throws Exception {
        node = TestNode.start(Files.createTempDirectory("sijill-fuzz"), "chronology.security.editor-password=" + PASSWORD);
        http = RestClient.builder().baseUrl("http://localhost:" + node.getEnvironment().getProperty("local.server.port"))
                .defaultHeader("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        jdbc = node.getBean(JdbcTemplate.class);
    }

    @AfterContainer
    static void stop() {
        node.close();
    }

    record Write(String path, Map<String, Object> body, String readBack) {
    }

    static List<Write> writes() {
        int n = ++counter;
        return List.of(
                new Write("/api/v1/facts", ordered("kind", "STATEMENT", "when", ordered("date", "2021-12", "precision", "MONTH"),
                        "data", ordered("speaker", "someone", "n", 3), "sources", List.of(ordered("sourceId",
                                "004_381da1ff9ba8b82d", "locator", "line 1")), "summaryEn", "A statement"), "/api/v1/facts/"),
                new Write("/api/v1/facts", ordered("kind", "TROOP_LEVEL", "when", ordered("date", "2021", "until", "2022",
                        "precision", "YEAR"), "data", ordered("force", "US", "count", 2500, "basis", "PLANNED",
                        "announced", ordered("date", "2021-07", "precision", "MONTH")), "sources", List.of(ordered(
                        "sourceId", "001_e38ea6dc93eb997f", "locator", "line 13")), "summaryEn", "Planned",
                        "rank", "NORMAL"), "/api/v1/facts/"),
                new Write("/api/v1/sources", ordered("sourceId", "fz-src-" + n, "title", "T", "publisher", "P",
                        "published", "2024", "language", "en"), "/api/v1/sources/fz-src-" + n),
                new Write("/api/v1/bases", ordered("baseId", "fz-base-" + n, "nameEn", "B", "nameAr", "قاعدة",
                        "aliases", List.of("b"), "province", "Anbar"), "/api/v1/bases/fz-base-" + n),
                new Write("/api/v1/facts/n004-k1-handover-2020-03/corrections", ordered("expectedVersion", 1,
                        "reason", "fuzz", "summaryEn", "changed"), null),
                new Write("/api/v1/facts/n004-k1-handover-2020-03/retraction", ordered("expectedVersion", 99,
                        "reason", "fuzz"), null));
    }

    /**
     * A map that keeps the order it was written in: {@code Map.of} iterates in an order that changes from one
     * JVM to the next, which would make the field a mutation hits, and so a failure, impossible to replay.
     */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, Mutation.KINDS - 1),
                Arbitraries.integers().between(0, 10_000)).as(Mutation::new);
    }

    @Property(tries = 250)
    void aMutatedWriteIsNeverA5xxWritesNothingWhenRefusedAndReadsBackWhenAccepted(
            @ForAll("mutations") Mutation mutation, @ForAll("writeIndex") int which) {
        Write write = writes().get(which);
        byte[] body = mutation.apply(write.body(), JSON::writeValueAsBytes);
        long before = events();
        ResponseEntity<String> answer = http.post().uri(write.path()).header("Content-Type", "application/json")
                .body(body).retrieve().onStatus(s -> true, (q, r) -> { }).toEntity(String.class);
        int status = answer.getStatusCode().value();
        assertThat(status).as(new String(body, StandardCharsets.UTF_8)).isLessThan(500);
        if (status >= 400) {
            assertThat(events()).as("a refusal writes nothing").isEqualTo(before);
            assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
        } else if (write.readBack() != null) {
            JsonNode sent = JSON.readTree(body);
            JsonNode stored = JSON.readTree(http.get().uri(answer.getHeaders().getLocation()).retrieve().body(String.class));
            assertThat(readsBack(sent, stored)).as("reads back as sent: " + sent + " vs " + stored).isTrue();
        }
    }

    @Provide
    Arbitrary<Integer> writeIndex() {
        return Arbitraries.integers().between(0, writes().size() - 1);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40).map(HostileInputFuzzIT::encode),
                Arbitraries.of(Mutation.HOSTILE).map(String::valueOf).map(HostileInputFuzzIT::encode),
                Arbitraries.of("%D8%D8%D8", "%", "%Z1", "%00", "%C0%AF", "%ED%A0%80", "2021-12", "2021", "US", "k1",
                        "2025-01-01T00:00:00Z", "-1", "0", "1000000"));
        Arbitrary<String> path = Arbitraries.of("/api/v1/presence?on=", "/api/v1/presence?on=2021&force=",
                "/api/v1/presence?on=2021&asKnownAt=", "/api/v1/presence/series?force=", "/api/v1/presence/series?scope=IRAQ&from=",
                "/api/v1/presence/diff?from=2020&to=", "/api/v1/facts?kind=", "/api/v1/facts?q=", "/api/v1/facts?from=",
                "/api/v1/facts?page=", "/api/v1/facts?size=", "/api/v1/facts?baseId=", "/api/v1/facts?sourceId=",
                "/api/v1/timeline?from=", "/api/v1/bases?q=", "/api/v1/bases/", "/api/v1/facts/", "/api/v1/sources/",
                "/api/v1/presence/series?baseId=");
        return Combinators.combine(path, value).as((p, v) -> p.endsWith("/") ? p + v.replace("%2F", "") : p + v);
    }

    @Property(tries = 300)
    void noQueryIsA5xx(@ForAll("queries") String pathAndQuery) throws Exception {
        assertThat(rawGet(pathAndQuery)).as(pathAndQuery).isLessThan(500);
    }

    /** Every field sent is stored with the same value; the stored view may add fields of its own. */
    private static boolean readsBack(JsonNode sent, JsonNode stored) {
        if (stored == null) {
            return false;
        }
        if (sent.isObject()) {
            for (var field : sent.properties()) {
                if (!readsBack(field.getValue(), stored.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (sent.isArray()) {
            if (!stored.isArray() || stored.size() != sent.size()) {
                return false;
            }
            for (int i = 0; i < sent.size(); i++) {
                if (!readsBack(sent.get(i), stored.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return sent.equals(stored) || sent.isNumber() && stored.isNumber()
                && sent.decimalValue().compareTo(stored.decimalValue()) == 0;
    }

    /** The status of a GET sent byte for byte as given: HTTP clients refuse to send a malformed escape. */
    private static int rawGet(String pathAndQuery) throws java.io.IOException {
        int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000); // an unanswered request fails the property instead of hanging the build
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            if (statusLine == null) {
                throw new AssertionError("the server closed the connection without answering " + pathAndQuery);
            }
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static String base() {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
