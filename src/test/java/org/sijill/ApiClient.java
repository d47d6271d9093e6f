package org.sijill;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Test helper: HTTP calls to a running node, as a given user, returning every status as it came. */
public final class ApiClient {

    public static final String EDITOR = "editor";
    public static final String ANALYST = "analyst";
    public static final String AUDITOR = "auditor";

    private static final Map<String, String> PASSWORDS = Map.of(EDITOR, SijillTest.EDITOR_PASSWORD,
            ANALYST, SijillTest.ANALYST_PASSWORD, AUDITOR, SijillTest.AUDITOR_PASSWORD);

    private final String base;
    private final RestClient client = RestClient.create();

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public ResponseEntity<String> get(String path, String user) {
        return get(path, user, null);
    }

    public ResponseEntity<String> get(String path, String user, String password) {
        return client.get().uri(URI.create(base + path)).headers(h -> auth(h, user, password)).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(String.class);
    }

    public ResponseEntity<String> post(String path, String body, String user) {
        return post(path, body, user, null, Map.of());
    }

    public ResponseEntity<String> post(String path, String body, String user, String password,
                                       Map<String, String> headers) {
        return client.post().uri(URI.create(base + path)).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    auth(h, user, password);
                    headers.forEach(h::set);
                })
                .body(body.getBytes(StandardCharsets.UTF_8)).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(String.class);
    }

    /** PUT of a text/plain body (a source's text). */
    public ResponseEntity<String> putText(String path, String text, String user) {
        return client.put().uri(URI.create(base + path)).contentType(MediaType.TEXT_PLAIN)
                .headers(h -> auth(h, user, null)).body(text.getBytes(StandardCharsets.UTF_8)).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(String.class);
    }

    private static void auth(HttpHeaders headers, String user, String password) {
        if (user != null) {
            String secret = password != null ? password : PASSWORDS.get(user);
            headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
