package org.sijill.web;

import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API document tells the truth: written to target/openapi.json for `redocly lint` (.ci/run), and
 * checked here for what clients rely on: the security scheme, the real 201/202 answers with their
 * headers, problem+json errors, enums and meaningful operation ids.
 */
@SijillTest
class OpenApiDocumentIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    @Test
    void theDocumentDescribesWhatTheApiDoes() throws Exception {
        String text = RestClient.create().get().uri("http://localhost:" + port + "/v3/api-docs").retrieve().body(String.class);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), text);
        JsonNode doc = json.readTree(text);
        assertThat(doc.at("/info/title").asString()).isEqualTo("Sijill API");
        assertThat(doc.at("/info/license/name").asString()).isNotBlank();
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        JsonNode record = doc.at("/paths/~1api~1v1~1facts/post");
        assertThat(record.at("/operationId").asString()).isEqualTo("recordFact");
        assertThat(record.at("/responses/201/headers/Location").isMissingNode()).isFalse();
        assertThat(record.at("/responses/201/headers/Idempotent-Replayed").isMissingNode()).isFalse();
        assertThat(record.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
                .endsWith("/Problem");
        assertThat(record.at("/responses/409").isMissingNode()).isFalse();
        assertThat(record.at("/security/0/basicAuth").isArray()).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1audit~1replay/post/responses/202").isMissingNode()).isFalse();
        assertThat(doc.at("/paths/~1api~1v1~1presence/get/operationId").asString()).isEqualTo("getPresence");
        assertThat(doc.at("/components/schemas/NewFact/properties/kind/enum").size())
                .as("derived from the kinds' declaration").isEqualTo(org.sijill.fact.FactKind.values().length);
        assertThat(doc.at("/components/schemas/NewFact/properties/data/description").asString())
                .contains("TROOP_LEVEL: force (US, COALITION_NON_US, COALITION_TOTAL), count (whole number)",
                        "phase (COMBAT, ADVISE_ASSIST_ENABLE, OPERATING, ENDED)",
                        "optional fromBases (list of ids of registered bases)");
        assertThat(doc.at("/components/schemas/Correction/properties/rank/enum").size()).isEqualTo(3);
        assertThat(doc.at("/components/schemas/NewFact/required").toString()).contains("kind", "when", "sources");
        assertThat(text).doesNotContain("\"operationId\":\"one_1\"");
        // The build generates a client from api/openapi.json (GeneratedClientIT): it must be this document.
        JsonNode checkedIn = json.readTree(Files.readString(Path.of("api/openapi.json")));
        assertThat(checkedIn).as("api/openapi.json is the live document: after a change to the API, review the "
                + "difference and copy target/openapi.json to api/openapi.json").isEqualTo(doc);
    }
}
