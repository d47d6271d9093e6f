package org.sijill.resilience;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.sijill.TestNode;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While PostgreSQL is down, writes fail fast with a 503 problem and health is DOWN; when it is back,
 * everything recovers by itself.
 */
class DatabaseOutageIT {

    private static final String SOURCE = "{\"sourceId\":\"outage-doc\",\"title\":\"T\",\"publisher\":\"P\",\"language\":\"en\"}";
    private static final String FACT = "{\"kind\":\"MILESTONE\",\"when\":{\"date\":\"2024\",\"precision\":\"YEAR\"},"
            + "\"data\":{},\"sources\":[{\"sourceId\":\"outage-doc\",\"locator\":\"p. 1\"}],\"summaryEn\":\"%s\"}";

    @TempDir
    Path dir;

    @Test
    void writesFailFastWith503WhileTheDatabaseIsDownAndEverythingRecovers() throws Exception {
        Path cluster = dir.resolve("postgres");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).start();
        int port = postgres.getPort();
        try (ConfigurableApplicationContext node = TestNode.start(dir, "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres", "chronology.seeds.import-on-start=false",
                "chronology.security.editor-password=" + SijillTest.EDITOR_PASSWORD)) {
            ApiClient api = new ApiClient(((WebServerApplicationContext) node).getWebServer().getPort());
            assertThat(api.post("/api/v1/sources", SOURCE, ApiClient.EDITOR).getStatusCode().value()).isEqualTo(201);
            String before = api.post("/api/v1/facts", FACT.formatted("before the outage"), ApiClient.EDITOR).getBody();

            postgres.close();
            long start = System.nanoTime();
            ResponseEntity<String> refused = api.post("/api/v1/facts", FACT.formatted("during the outage"), ApiClient.EDITOR);
            assertThat(refused.getStatusCode().value()).isEqualTo(503);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            ResponseEntity<String> health = api.get("/actuator/health", null);
            assertThat(health.getStatusCode().value()).isEqualTo(503);
            assertThat(health.getBody()).contains("DOWN");

            postgres = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).setPort(port).start();
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> api.get("/actuator/health", null).getStatusCode().value() == 200);
            ResponseEntity<String> after = api.post("/api/v1/facts", FACT.formatted("after the outage"), ApiClient.EDITOR);
            assertThat(after.getStatusCode().value()).isEqualTo(201);
            assertThat(api.get(after.getHeaders().getLocation().getPath(), null).getStatusCode().value()).isEqualTo(200);
            assertThat(before).contains("factId");
            String id = before.replaceAll(".*\"factId\":\"([^\"]+)\".*", "$1");
            assertThat(api.get("/api/v1/facts/" + id, null).getStatusCode().value()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }
}
