package org.sijill.security;

import org.junit.jupiter.api.Test;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** With chronology.security.public-read=false, reads need a user of any role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chronology.data-dir=target/test-data/${random.uuid}", "chronology.security.public-read=false",
        "chronology.seeds.import-on-start=false",
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
                .as("no editor is configured here, and an analyst may not write").isEqualTo(403);
    }
}
