package org.sijill.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.sijill.presence.OfflineAnswers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sijill.ApiClient.AUDITOR;
import static org.sijill.ApiClient.EDITOR;

/**
 * CONTRACT.md rule 8 and issue "answers an auditor can recompute": presence, series and diff answers recomputed from an
 * export with no database equal the server's byte for byte, on dates across the whole period and at instants before
 * and after a recording, a correction, a plan and a retraction; the command line prints the same bytes; an export
 * that does not reach the answer, does not verify, or a question that needs "now" is refused.
 */
@SijillTest
class OfflineAnswersIT {

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    private final RestClient http = RestClient.create();

    @Test
    void everyAnswerRecomputedFromTheExportIsTheServersByteForByte() throws Exception {
        ApiClient api = new ApiClient(port);
        List<Instant> instants = new ArrayList<>();
        instants.add(Instant.now());
        api.post("/api/v1/bases", """
                {"baseId":"oa-1","nameEn":"Offline test base","nameAr":"قاعدة اختبار","aliases":[],"province":"Anbar",
                 "locationNote":"a test base"}""", EDITOR);
        String factId = json(api.post("/api/v1/facts", status("2010-05", "MONTH", "COALITION_PRESENT", ""), EDITOR))
                .get("factId").asString();
        instants.add(Instant.now());
        api.post("/api/v1/facts/" + factId + "/corrections", """
                {"expectedVersion":1,"reason":"the month and the status","when":{"date":"2010-06","precision":"MONTH"},
                 "data":{"baseId":"oa-1","status":"HANDED_OVER"}}""", EDITOR);
        instants.add(Instant.now());
        String planned = json(api.post("/api/v1/facts", status("2012-01-01", "DAY", "CLOSED",
                ",\"basis\":\"PLANNED\",\"announced\":{\"date\":\"2011-03\",\"precision\":\"MONTH\"}"), EDITOR))
                .get("factId").asString();
        instants.add(Instant.now());
        api.post("/api/v1/facts/" + factId + "/retraction", "{\"expectedVersion\":2,\"reason\":\"a test\"}", EDITOR);
        Instant last = Instant.now();
        Path export = dir.resolve("export.ndjson");
        Files.writeString(export, api.get("/api/v1/audit/events", AUDITOR).getBody());
        assertThat(planned).isNotBlank();

        OfflineAnswers offline = AnswerCommand.open(export);
        JsonMapper mapper = AnswerCommand.serverJson();
        List<String> questions = new ArrayList<>();
        for (Instant t : instants) {
            for (int year = 2003; year <= 2026; year++) {
                questions.add("/api/v1/presence?on=" + year + "-01-01&asKnownAt=" + t);
                questions.add("/api/v1/presence?on=" + year + "-07-01&asKnownAt=" + t);
            }
            questions.add("/api/v1/presence?on=2010-06-15&asKnownAt=" + t + "&force=US&baseId=k1,oa-1");
            questions.add("/api/v1/presence?on=2011-12-31&asKnownAt=" + t + "&baseId=oa-1");
            for (String type : List.of("FORCE", "SCOPE", "BASE", "AGREEMENT")) {
                questions.add("/api/v1/presence/series?type=" + type + "&to=2026-12-31&asKnownAt=" + t);
            }
            for (String subject : List.of("force=US", "scope=IRAQ", "baseId=k1", "baseId=oa-1")) {
                questions.add("/api/v1/presence/series?" + subject + "&from=2003&to=2026-12-31&asKnownAt=" + t);
            }
            questions.add("/api/v1/presence/diff?from=2010-01-01&to=2012-01-01&asKnownAt=" + t);
            questions.add("/api/v1/presence/diff?from=2003&to=2026&asKnownAt=" + t);
            questions.add("/api/v1/presence/diff?on=2010-07-01&fromKnownAt=" + instants.get(0) + "&toKnownAt=" + t);
        }
        questions.add("/api/v1/presence/diff?on=2012-02-01&fromKnownAt=" + instants.get(0) + "&toKnownAt="
                + instants.get(instants.size() - 1));
        for (String question : questions) {
            String server = server(question);
            byte[] recomputed = mapper.writeValueAsBytes(offline.answer(question, null));
            assertThat(new String(recomputed, StandardCharsets.UTF_8)).as(question).isEqualTo(server);
        }
        assertThat(questions).hasSizeGreaterThan(200);

        String atTheEnd = "/api/v1/presence?on=2010-07-01&asKnownAt=" + last;
        assertThatThrownBy(() -> offline.answer(atTheEnd, null)).as("the server may have recorded more by then")
                .hasMessageContaining("give the answer's head");
        long head = json(http.get().uri(URI.create("http://localhost:" + port + atTheEnd)).retrieve()
                .toEntity(String.class)).get("head").get("seq").asLong();
        assertThat(mapper.writeValueAsString(offline.answer(atTheEnd, head))).isEqualTo(server(atTheEnd));
        assertThatThrownBy(() -> offline.answer(atTheEnd, head + 1)).hasMessageContaining("export ends before it");
        assertThatThrownBy(() -> offline.answer("/api/v1/presence?on=2010-07-01", null))
                .hasMessageContaining("name asKnownAt");
        assertThatThrownBy(() -> offline.answer("/api/v1/presence?on=2010-07-01&force=NOBODY&asKnownAt=" + last, head))
                .as("what the server refuses with a 400").hasMessageContaining("the server refuses");
        assertThatThrownBy(() -> offline.answer("/api/v1/presence/series?force=US&asKnownAt=" + last, head))
                .hasMessageContaining("name to");

        String question = "/api/v1/presence/series?baseId=oa-1&to=2026-12-31&asKnownAt=" + instants.get(2);
        Process command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AnswerCommand.class.getName(), export.toString(),
                question).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] printed = command.getInputStream().readAllBytes();
        assertThat(command.waitFor()).isZero();
        assertThat(new String(printed, StandardCharsets.UTF_8)).as("bin/answer's bytes").isEqualTo(server(question));

        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        String hash = json(lines.get(5)).get("hash").asString();
        lines.set(5, lines.get(5).replace(hash, "0".repeat(64)));
        Path tampered = dir.resolve("tampered.ndjson");
        Files.write(tampered, lines);
        assertThatThrownBy(() -> AnswerCommand.open(tampered)).hasMessageContaining("does not verify");
    }

    private String server(String question) {
        return http.get().uri(URI.create("http://localhost:" + port + question)).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(String.class);
    }

    private static String status(String date, String precision, String status, String more) {
        return """
                {"kind":"BASE_STATUS","when":{"date":"%s","precision":"%s"},"data":{"baseId":"oa-1","status":"%s"%s},
                 "sources":[{"sourceId":"002_132dcbf3b4cce48d","locator":"line 3"}],"summaryEn":"An offline test claim."}"""
                .formatted(date, precision, status, more);
    }

    private static JsonNode json(org.springframework.http.ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return json(response.getBody());
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }
}
