package org.sijill.security;

import org.junit.jupiter.api.Test;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With chronology.security.public-read=false, reads need a user of any role; personal accounts from
 * the users file work beside the environment's, and an editor's writes are recorded under their name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chronology.data-dir=target/test-data/${random.uuid}", "chronology.security.public-read=false",
        "chronology.seeds.import-on-start=false", "chronology.security.users-file=src/test/resources/users-test.txt",
        "chronology.security.analyst-password=" + SijillTest.ANALYST_PASSWORD,
        "chronology.security.auditor-password=" + SijillTest.AUDITOR_PASSWORD})
class PrivateReadIT {

    @LocalServerPort
    int port;

    @Test
    void anonymousReadsAreRefusedAndEveryRoleReads() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/sources", null).getStatusCode().value()).isEqualTo(401);
        assertThat(api.get("/api/v1/presence?on=2021-12-20", null).getStatusCode().value()).isEqualTo(401);
        assertThat(api.get("/api/v1/sources", ApiClient.ANALYST).getStatusCode().value()).isEqualTo(200);
        assertThat(api.get("/api/v1/sources", ApiClient.AUDITOR).getStatusCode().value()).isEqualTo(200);
        assertThat(api.get("/actuator/health", null).getStatusCode().value()).isEqualTo(200);
        assertThat(api.post("/api/v1/sources", "{}", ApiClient.ANALYST).getStatusCode().value())
                .as("an analyst may not write").isEqualTo(403);
    }

    @Test
    void personalAccountsFromTheUsersFileAreRecordedUnderTheirOwnName() throws Exception {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/sources", "bob", "bob-secret").getStatusCode().value()).isEqualTo(200);
        assertThat(api.post("/api/v1/sources", "{}", "bob", "bob-secret", java.util.Map.of()).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/sources", "alice", "wrong").getStatusCode().value()).isEqualTo(401);
        String source = "{\"sourceId\":\"alice-doc\",\"title\":\"T\",\"publisher\":\"P\",\"published\":\"2024\",\"language\":\"en\"}";
        assertThat(api.post("/api/v1/sources", source, "alice", "alice-secret", java.util.Map.of()).getStatusCode().value())
                .isEqualTo(201);
        String events = api.get("/api/v1/audit/events?after=0&limit=1000", ApiClient.AUDITOR).getBody();
        assertThat(events).contains("\"recordedBy\":\"alice\"");
    }
}
