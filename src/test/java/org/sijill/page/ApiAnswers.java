package org.sijill.page;

import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.awaitility.Awaitility.await;

/**
 * The API's answers to the questions the page asks, read straight over HTTP: the truth the page is
 * compared with. Also the small readers of those answers that the checks share.
 */
final class ApiAnswers {

    private final String base;
    private final RestClient http = RestClient.create();
    private final JsonMapper json = JsonMapper.builder().build();

    ApiAnswers(String base) {
        this.base = base;
    }

    /** The node's root URL, without a trailing slash. */
    String base() {
        return base;
    }

    /** Returns once the node's health reports UP (within a minute, else fails). */
    void awaitUp() {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get().uri(URI.create(base + "/actuator/health"))
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(String.class).contains("\"UP\""));
    }

    /** A JSON text read as a tree. */
    JsonNode json(String text) {
        return json.readTree(text);
    }

    /** The answer to a GET that must succeed (an error status fails the test). */
    JsonNode get(String path) {
        String body = http.get().uri(URI.create(base + path)).retrieve().body(String.class);
        return json.readTree(body);
    }

    /** The body of a GET whatever its status: for a question the API refuses, its problem details. */
    JsonNode problem(String path) {
        return json.readTree(http.get().uri(URI.create(base + path)).retrieve()
                .onStatus(s -> true, (req, res) -> { }).body(String.class));
    }

    /** The values of one field across a list, sorted. */
    static Set<String> keys(JsonNode list, String field) {
        Set<String> keys = new TreeSet<>();
        list.forEach(e -> keys.add(e.get(field).asString()));
        return keys;
    }

    /** The factIds of a list, in its order. */
    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(e -> ids.add(e.get("factId").asString()));
        return ids;
    }

    /** The element of a list whose field has the value; fails if there is none. */
    static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode e : list) {
            if (value.equals(e.get(field).asString())) {
                return e;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + list);
    }

    /** The size of a list; an absent or null list is empty. */
    static int size(JsonNode list) {
        return list == null || list.isNull() ? 0 : list.size();
    }

    /** A value as text; an absent or null value is "". */
    static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asString();
    }
}
