package org.sijill.record;

import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The read API over HTTP on the imported chronology: documentation, completeness, access. */
@SijillTest
class ReadApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    @Test
    void theWholeImportedRecordIsReadable() throws Exception {
        var seeded = org.sijill.seed.SeedCounts.factIds();
        assertThat(seeded).hasSizeGreaterThan(100);
        for (String factId : seeded) {
            ResponseEntity<String> fact = get("/api/v1/facts/" + factId);
            assertThat(fact.getStatusCode().value()).as(factId).isEqualTo(200);
            assertThat(json.readTree(fact.getBody()).get("recordedBy").asString()).isEqualTo("seed-importer");
        }
        assertThat(json.readTree(get("/api/v1/sources").getBody()).size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void openApiAndSwaggerUiAreServedWithExamplesFromTheChronology() {
        ResponseEntity<String> docs = get("/v3/api-docs");
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody()).contains("/api/v1/presence", "/api/v1/facts/{factId}/history",
                "n004-k1-handover-2020-03", "عين الاسد");
        assertThat(get("/swagger-ui/index.html").getStatusCode().value()).isEqualTo(200);
    }

    /** CONTRACT.md "Endpoints": GET /vocabulary, every kind with its fields and every set with both labels. */
    @Test
    void theVocabularyNamesEveryKindAndEveryWordInEnglishAndArabic() throws Exception {
        ResponseEntity<String> answer = get("/api/v1/vocabulary");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode vocabulary = json.readTree(answer.getBody());
        java.util.List<String> kinds = new java.util.ArrayList<>();
        vocabulary.get("kinds").forEach(kind -> kinds.add(kind.get("code").asString()));
        assertThat(kinds).containsExactly(java.util.Arrays.stream(org.sijill.fact.FactKind.values()).map(Enum::name)
                .toArray(String[]::new));
        JsonNode troops = vocabulary.get("kinds").get(0);
        assertThat(troops.get("subject").asString()).isEqualTo("TROOPS");
        assertThat(troops.get("fields").toString()).contains("{\"name\":\"force\",\"type\":\"ONE_OF\",\"required\":true,"
                + "\"terms\":\"force\",\"references\":null}", "\"name\":\"qualifier\"", "\"name\":\"basis\"");
        for (String set : java.util.List.of("force", "scope", "phase", "baseStatus", "agreementStatus", "basis", "kind")) {
            assertThat(vocabulary.get("terms").get(set)).as(set).isNotEmpty();
            vocabulary.get("terms").get(set).forEach(term -> {
                assertThat(term.get("en").asString()).as(set).isNotBlank();
                assertThat(term.get("ar").asString()).as(set + " in Arabic script").containsPattern("[\\u0600-\\u06FF]");
            });
        }
        assertThat(vocabulary.get("terms").get("phase").toString()).contains("\"OPERATING\"");
    }

    @Test
    void anonymousCallersReadButNeitherWriteNorAudit() {
        assertThat(get("/api/v1/presence?on=2021-12-20").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> audit = get("/api/v1/audit/verify");
        assertThat(audit.getStatusCode().value()).isEqualTo(401);
        assertThat(audit.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        ResponseEntity<String> write = RestClient.create().post().uri(url("/api/v1/facts"))
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(String.class);
        assertThat(write.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void unknownPathsAndBadParametersAreProblemsNot500s() {
        ResponseEntity<String> unknown = get("/api/v1/nowhere");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/v1/presence?on=2021-02-30").getStatusCode().value()).isEqualTo(400);
        assertThat(get("/api/v1/facts?q=%27%3B%20drop%20table%20fact_version%3B--").getStatusCode().value())
                .isEqualTo(200);
        assertThat(get("/api/v1/facts?size=1").getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> get(String path) {
        return RestClient.create().get().uri(url(path)).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(String.class);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
