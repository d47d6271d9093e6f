package org.sijill.web;

import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CONTRACT.md "Formats" and HTTP for notebooks: CSV, downloads, CORS, HEAD, compression, ETag, metrics. */
@SijillTest
class FormatsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    @Test
    void presenceAndListsAnswerCsvWhenAskedOneRowPerSubjectFactOrSegment() throws Exception {
        JsonNode presence = json.readTree(get("/api/v1/presence?on=2021-12-20", "application/json").body());
        HttpResponse<String> csv = get("/api/v1/presence?on=2021-12-20&asKnownAt="
                + presence.get("asKnownAt").asText(), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith(
                "on,asKnownAt,headSeq,headHash,section,subjectType,subjectId,nameEn,nameAr,province,value,count");
        String asked = "2021-12-20," + presence.get("asKnownAt").asText() + "," + presence.get("head").get("seq").asLong()
                + "," + presence.get("head").get("hash").asText() + ",";
        assertThat(lines.subList(1, lines.size())).as("every row names the date, instant and head it answers")
                .allMatch(l -> l.replace("\"", "").startsWith(asked));
        int subjects = 0;
        for (String section : List.of("troops", "missions", "bases", "agreements", "lapsed", "planned")) {
            subjects += presence.get(section).size();
        }
        assertThat(lines).hasSize(subjects + 1);
        assertThat(lines).anyMatch(l -> l.replace("\"", "").startsWith(asked + "troops,TROOPS,US,") && l.contains(",2500,"));
        assertThat(lines).anyMatch(l -> l.replace("\"", "").startsWith(asked + "bases,BASE,ain-al-asad,") && l.contains("قاعدة عين الأسد الجوية"));

        for (String list : List.of("/api/v1/facts?kind=BASE_STATUS", "/api/v1/timeline?from=2020", "/api/v1/bases",
                "/api/v1/sources", "/api/v1/agreements", "/api/v1/presence/series?force=US", "/api/v1/presence/series?type=BASE",
                "/api/v1/presence/diff?on=2021-01-01&fromKnownAt=2020-01-01T00:00:00Z",
                "/api/v1/presence/diff?from=2020&to=2022", "/api/v1/facts/n004-k1-handover-2020-03/history",
                "/api/v1/bases/k1/timeline")) {
            HttpResponse<String> answer = get(list, "text/csv");
            assertThat(answer.statusCode()).as(list).isEqualTo(200);
            assertThat(answer.body().lines().count()).as(list + " has a header and rows").isGreaterThan(1);
        }
        assertThat(get("/api/v1/facts/n004-k1-handover-2020-03", "text/csv").statusCode())
                .as("one fact has no table form").isEqualTo(406);
    }

    /** CONTRACT.md: /actuator/info names the version, the commit (when built from a git checkout) and the build time. */
    @Test
    void infoNamesTheVersionTheCommitAndTheBuildTime() throws Exception {
        JsonNode info = json.readTree(get("/actuator/info", "application/json").body());
        assertThat(info.get("build").get("version").asString()).isNotBlank();
        assertThat(java.time.Instant.parse(info.get("build").get("time").asString())).isBefore(java.time.Instant.now());
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(".git"))) {
            assertThat(info.get("git").get("commit").get("id").asString()).matches("[0-9a-f]{7,40}");
        } else {
            System.out.println("SKIPPED: no .git folder, so the build names no commit; only version and time checked");
        }
    }

    @Test
    void theWholeRecordDownloadsAsCsvAndNdjsonNamedWithItsHead() throws Exception {
        long total = json.readTree(get("/api/v1/facts?includeRetracted=true&size=1", "application/json").body())
                .get("total").asLong();
        HttpResponse<String> csv = get("/api/v1/export/facts.csv", "*/*");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"sijill-record-head-\\d+\\.csv\"");
        assertThat(csv.body().lines().count()).as("a header and one line a fact").isEqualTo(total + 1);
        HttpResponse<String> ndjson = get("/api/v1/export/facts.ndjson", "*/*");
        assertThat(ndjson.body().lines().count()).isEqualTo(total);
        assertThat(json.readTree(ndjson.body().lines().findFirst().orElseThrow()).has("factId")).isTrue();
    }

    @Test
    void publicReadsAllowCrossOriginGetHeadCompressionAndConditionalRequests() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/v1/presence?on=2021"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://notebook.example")
                .header("Access-Control-Request-Method", "GET").build());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("http://notebook.example");
        HttpResponse<String> writePreflight = send(HttpRequest.newBuilder(uri("/api/v1/facts"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://notebook.example")
                .header("Access-Control-Request-Method", "POST").build());
        assertThat(writePreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/api/v1/presence?on=2021"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        HttpResponse<byte[]> gzip = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/facts?size=200"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzip.headers().firstValue("Content-Type").orElseThrow()).as("JSON unless CSV is asked for")
                .startsWith("application/json");

        HttpResponse<String> now = get("/api/v1/presence?on=2021-12-20", "application/json");
        String etag = now.headers().firstValue("ETag").orElseThrow();
        assertThat(now.headers().firstValue("Cache-Control")).contains("no-cache");
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/api/v1/presence?on=2021-12-20"))
                .header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        // Immutable once the read model has applied every stored event (other tests of this context may still be writing).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                get("/api/v1/presence?on=2021-12-20&asKnownAt=2025-01-01T00:00:00Z", "application/json").headers()
                        .firstValue("Cache-Control")).contains("max-age=31536000, immutable"));
    }

    @Test
    void metricsForTheAuditorIncludeTheRecordHeadAndTheReadModelWriteTime() throws Exception {
        assertThat(get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("auditor:" + SijillTest.AUDITOR_PASSWORD).getBytes())).build());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("sijill_record_head").contains("sijill_read_model_write_seconds")
                .contains("http_server_requests").doesNotContain("sijill_read_model_lag");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
