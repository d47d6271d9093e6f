package org.sijill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer the tests get from /api/v1 is checked against the application's own API document (/v3/api-docs,
 * OpenAPI 3.1, whose schemas are JSON Schema 2020-12): the operation and its status must be documented, the media
 * type named, and a JSON body must match its schema. A violation names the operation, the status and the field, and
 * fails the test class that caused it ({@link Classes}). Hand-written because the validators on Maven Central that
 * read OpenAPI documents (Atlassian's swagger-request-validator) stop at OpenAPI 3.0; the schema checking itself is
 * networknt's JSON Schema validator.
 */
public final class ApiDocumentCheck extends OncePerRequestFilter {

    static final ConcurrentLinkedQueue<String> VIOLATIONS = new ConcurrentLinkedQueue<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://sijill.test/openapi.json";
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]+}");

    private volatile JsonNode document;
    private volatile JsonSchemaFactory schemas;
    private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The exports stream (NDJSON, CSV) as they are read; caching them here would hold their bytes back.
        return !request.getRequestURI().startsWith("/api/v1/") || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod()) || request.getRequestURI().startsWith("/api/v1/audit/events")
                || request.getRequestURI().startsWith("/api/v1/export/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } finally {
            byte[] body = answer.getContentAsByteArray();
            answer.copyBodyToResponse();
            try {
                check(request, answer.getStatus(), answer.getContentType(), body);
            } catch (RuntimeException e) {
                VIOLATIONS.add(request.getMethod() + " " + request.getRequestURI() + ": the check failed: " + e);
            }
        }
    }

    private void check(HttpServletRequest request, int status, String contentType, byte[] body) throws IOException {
        if (status == 304 || status == 204 && body.length == 0) {
            return;
        }
        JsonNode doc = document(request.getLocalPort());
        String method = request.getMethod().toLowerCase();
        String where = request.getMethod() + " " + request.getRequestURI();
        Map.Entry<String, JsonNode> path = path(doc, request.getRequestURI());
        if (path == null || !path.getValue().has(method)) {
            if (status != 404 && status != 405) {
                VIOLATIONS.add(where + ": no such operation in the API document (status " + status + ")");
            }
            return;
        }
        JsonNode operation = path.getValue().get(method);
        String name = operation.path("operationId").asText(where);
        JsonNode responses = operation.path("responses");
        JsonNode documented = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
                : responses.get("default");
        if (documented == null) {
            VIOLATIONS.add(name + " (" + where + "): status " + status + " is not documented");
            return;
        }
        String media = contentType == null ? "" : contentType.split(";")[0].trim();
        if (body.length == 0) {
            return;
        }
        JsonNode content = documented.path("content");
        for (String documentedType : fieldNames(content)) {
            if (documentedType.split(";")[0].trim().equals(media)) {
                media = documentedType;
            }
        }
        if (!content.has(media)) {
            VIOLATIONS.add(name + " " + status + ": media type " + media + " is not documented (documented: "
                    + fieldNames(content) + ")");
            return;
        }
        if (!media.split(";")[0].endsWith("json") || media.startsWith("application/x-ndjson")) {
            return;
        }
        String pointer = "#/paths/" + escape(path.getKey()) + "/" + method + "/responses/"
                + (responses.has(String.valueOf(status)) ? status : "default") + "/content/" + escape(media) + "/schema";
        JsonSchema schema = cache.computeIfAbsent(pointer, p -> schemas.getSchema(SchemaLocation.of(BASE + p)));
        Set<ValidationMessage> problems = schema.validate(JSON.readTree(body));
        problems.stream().limit(5).forEach(problem -> VIOLATIONS.add(name + " " + status + ": "
                + problem.getInstanceLocation() + " " + problem.getMessage()));
    }

    private JsonNode document(int port) throws IOException {
        if (document == null) {
            synchronized (this) {
                if (document == null) {
                    try {
                        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
                        document = JSON.readTree(text);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
            }
        }
        return document;
    }

    private static Map.Entry<String, JsonNode> path(JsonNode doc, String uri) {
        Map.Entry<String, JsonNode> templated = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals(uri)) {
                return entry;
            }
            if (uri.matches(TEMPLATE.matcher(Pattern.quote(entry.getKey())).replaceAll("\\\\E[^/]+\\\\Q"))) {
                templated = entry;
            }
        }
        return templated;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Registers the check in front of every filter of the application under test. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        FilterRegistrationBean<ApiDocumentCheck> apiDocumentCheck() {
            FilterRegistrationBean<ApiDocumentCheck> registration = new FilterRegistrationBean<>(new ApiDocumentCheck());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    /** Fails a test class whose requests got answers the API document does not describe. */
    public static class Classes implements BeforeAllCallback, AfterAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            VIOLATIONS.clear();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            List<String> found = List.copyOf(new java.util.LinkedHashSet<>(VIOLATIONS));
            VIOLATIONS.clear();
            assertThat(found).as("answers that the API document does not describe").isEmpty();
        }
    }
}
