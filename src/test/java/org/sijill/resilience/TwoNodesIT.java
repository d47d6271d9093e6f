package org.sijill.resilience;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.sijill.TestNode;
import org.sijill.audit.Reconciliation;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one external PostgreSQL, set up as the README says (Flyway migrates as the owner, the nodes
 * work as sijill_app): both import the chronology at start and take writes at once, each writing the read
 * model in its writes' transactions, and both read every fact at once; when one goes away the other goes
 * on, with no event lost or left unapplied.
 */
class TwoNodesIT {

    private static final String FACT = "{\"kind\":\"MILESTONE\",\"when\":{\"date\":\"2024\",\"precision\":\"YEAR\"},"
            + "\"data\":{},\"sources\":[{\"sourceId\":\"002_132dcbf3b4cce48d\",\"locator\":\"line 3\"}],"
            + "\"summaryEn\":\"written through %s\"}";

    @TempDir
    Path dir;

    @Test
    void bothNodesWriteAndReadAndTheSurvivorTakesOverTheSegments() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).start()) {
            try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE ROLE sijill_app LOGIN PASSWORD 'app-secret'");
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            // Both import the chronology at once; B starts once A's logging is set up (Logback's one context
            // in this JVM cannot be initialised by two applications at the same time).
            java.util.concurrent.CountDownLatch aPrepared = new java.util.concurrent.CountDownLatch(1);
            var startingA = CompletableFuture.supplyAsync(() -> node(url, "node-a", dir.resolve("a"), true,
                    (org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationPreparedEvent>)
                            event -> aPrepared.countDown()));
            assertThat(aPrepared.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var startingB = CompletableFuture.supplyAsync(() -> node(url, "node-b", dir.resolve("b"), true, null));
            ConfigurableApplicationContext a = startingA.join();
            try (ConfigurableApplicationContext b = startingB.join()) {
                ApiClient viaA = client(a);
                ApiClient viaB = client(b);
                JdbcTemplate jdbc = b.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = "
                        + "'org.sijill.fact.FactRecorded' AND aggregate_identifier NOT LIKE 'f-%'", Long.class))
                        .as("both nodes imported the chronology at start: each fact once")
                        .isEqualTo(org.sijill.seed.SeedCounts.factIds().size());
                assertThat(jdbc.queryForObject("SELECT current_user", String.class))
                        .as("an external database: the application works as the least-privilege role").isEqualTo("sijill_app");
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry"))
                        .hasStackTraceContaining("permission denied");

                List<String> written = new ArrayList<>(writeConcurrently(viaA, viaB, 10));
                for (String path : written) {
                    assertThat(viaA.get(path, null).getStatusCode().value()).as(path).isEqualTo(200);
                    assertThat(viaB.get(path, null).getStatusCode().value()).as(path).isEqualTo(200);
                }

                String survivor = "node-b";
                ApiClient remaining = viaB;
                JdbcTemplate remainingJdbc = b.getBean(JdbcTemplate.class);
                a.close();
                for (int i = 0; i < 5; i++) {
                    String path = remaining.post("/api/v1/facts", FACT.formatted("after the other left"), ApiClient.EDITOR)
                            .getHeaders().getLocation().getPath();
                    assertThat(remaining.get(path, null).getStatusCode().value()).isEqualTo(200);
                }
                Reconciliation.Report report = (survivor.equals("node-b") ? b : a).getBean(Reconciliation.class).check();
                assertThat(report.consistent()).as(report.toString()).isTrue();
                assertThat(remainingJdbc.queryForObject("select count(*) from fact_version", Long.class)).isEqualTo(
                        remainingJdbc.queryForObject("select count(*) from domain_event_entry where payload_type like 'org.sijill.fact.Fact%'", Long.class));
            } finally {
                a.close();
            }
        }
    }

    private static List<String> writeConcurrently(ApiClient a, ApiClient b, int each) {
        CompletableFuture<List<String>> viaA = CompletableFuture.supplyAsync(() -> write(a, "a", each));
        CompletableFuture<List<String>> viaB = CompletableFuture.supplyAsync(() -> write(b, "b", each));
        List<String> all = new ArrayList<>(viaA.join());
        all.addAll(viaB.join());
        return all;
    }

    private static List<String> write(ApiClient api, String node, int count) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var response = api.post("/api/v1/facts", FACT.formatted(node), ApiClient.EDITOR);
            assertThat(response.getStatusCode().value()).isEqualTo(201);
            paths.add(response.getHeaders().getLocation().getPath());
        }
        return paths;
    }

    private static ConfigurableApplicationContext node(String url, String id, Path dataDir, boolean seeds,
                                                       org.springframework.context.ApplicationListener<?> listener) {
        return TestNode.start(dataDir, listener, "spring.datasource.url=" + url, "spring.datasource.username=sijill_app",
                "spring.datasource.password=app-secret", "spring.flyway.user=postgres",
                "chronology.node-id=" + id, "chronology.seeds.import-on-start=" + seeds,
                "chronology.security.editor-password=" + SijillTest.EDITOR_PASSWORD);
    }

    private static ApiClient client(ConfigurableApplicationContext node) {
        return new ApiClient(((WebServerApplicationContext) node).getWebServer().getPort());
    }
}
