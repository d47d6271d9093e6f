package org.sijill.resilience;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.SijillTest;
import org.sijill.TestNode;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CONTRACT.md {@code CHRONOLOGY_READ_REPLICA_URL}: a real primary and a hot-standby streaming replica (made from the
 * embedded binaries, {@link Standby}), two application nodes on them. Public reads go to the replica; a read that
 * carries a write's position, a signed-in read and a read about an instant wait for the replica to replay what they must
 * see or are answered by the primary, from either node; writes never reach the replica, which refuses them anyway;
 * when the replica stops, reads go on on the primary.
 */
class ReplicaIT {

    private static final String FACT = "{\"kind\":\"MILESTONE\",\"when\":{\"date\":\"2024\",\"precision\":\"YEAR\"},"
            + "\"data\":{},\"sources\":[{\"sourceId\":\"002_132dcbf3b4cce48d\",\"locator\":\"line 3\"}],"
            + "\"summaryEn\":\"written with a replica %s\"}";

    @TempDir
    Path dir;

    private final RestClient http = RestClient.create();

    @Test
    void readsGoToTheReplicaAndStillSeeTheirOwnWrites() throws Exception {
        Path primaryDir = dir.resolve("primary");
        try (EmbeddedPostgres primary = EmbeddedPostgres.builder().setDataDirectory(primaryDir).start()) {
            try (var c = primary.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE ROLE sijill_app LOGIN PASSWORD 'app-secret'");
            }
            Path replicaDir = Standby.of(primary, primaryDir, dir.resolve("replica"), "sijill_replica");
            EmbeddedPostgres replica = EmbeddedPostgres.builder().setDataDirectory(replicaDir)
                    .setCleanDataDirectory(false).start();
            JdbcTemplate onReplica = new JdbcTemplate(replica.getPostgresDatabase());
            assertThat(onReplica.queryForObject("SELECT pg_is_in_recovery()", Boolean.class)).isTrue();
            String primaryUrl = "jdbc:postgresql://localhost:" + primary.getPort() + "/postgres";
            String replicaUrl = "jdbc:postgresql://localhost:" + replica.getPort() + "/postgres";
            try (ConfigurableApplicationContext a = node(primaryUrl, replicaUrl, "node-a", true);
                 ConfigurableApplicationContext b = node(primaryUrl, replicaUrl, "node-b", false)) {
                String viaA = "http://localhost:" + port(a);
                String viaB = "http://localhost:" + port(b);
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "replica".equals(
                        get(viaB + "/api/v1/facts?size=1", null, null).getHeaders().getFirst("Sijill-Read-From")));

                onReplica.execute("SELECT pg_wal_replay_pause()");
                ResponseEntity<String> written = post(viaA + "/api/v1/facts", FACT.formatted("paused"));
                assertThat(written.getStatusCode().value()).isEqualTo(201);
                String position = written.getHeaders().getFirst("Sijill-Written-Lsn");
                assertThat(position).matches("[0-9A-F]+/[0-9A-F]+");
                assertThat(written.getHeaders().get(HttpHeaders.SET_COOKIE)).anyMatch(cookie -> cookie.startsWith(
                        "SIJILL_WRITTEN=" + position + ";"));
                String fact = written.getHeaders().getLocation().getPath();

                ResponseEntity<String> stale = get(viaB + fact, null, null);
                assertThat(stale.getHeaders().getFirst("Sijill-Read-From")).as("a read of no write of its own")
                        .isEqualTo("replica");
                assertThat(stale.getStatusCode().value()).as("the replica has not replayed the write").isEqualTo(404);
                ResponseEntity<String> mine = get(viaB + fact, "SIJILL_WRITTEN=" + position, null);
                assertThat(mine.getStatusCode().value()).as("the writer's cookie, on the other node " + mine.getHeaders()).isEqualTo(200);
                assertThat(mine.getHeaders().getFirst("Sijill-Read-From")).isEqualTo("primary");
                ResponseEntity<String> byHeader = get(viaB + fact, null, position);
                assertThat(byHeader.getStatusCode().value()).isEqualTo(200);
                ResponseEntity<String> signedIn = http.get().uri(viaB + fact).header(HttpHeaders.AUTHORIZATION,
                        basic()).retrieve().onStatus(HttpStatusCode::isError, (q, r) -> { }).toEntity(String.class);
                assertThat(signedIn.getStatusCode().value()).as("a signed-in reader, no cookie, the other node")
                        .isEqualTo(200);
                assertThat(signedIn.getHeaders().getFirst("Sijill-Read-From")).isEqualTo("primary");
                ResponseEntity<String> pastInstant = get(viaB + "/api/v1/presence?on=2021-12-31&asKnownAt="
                        + java.time.Instant.now(), null, null);
                assertThat(pastInstant.getHeaders().getFirst("Sijill-Read-From"))
                        .as("an answer about an instant holds everything recorded by then").isEqualTo("primary");
                assertThat(get(viaB + fact, null, "FFFFFFFF/FFFFFFFF").getStatusCode().value())
                        .as("a position beyond the primary's is held to the primary's").isEqualTo(200);

                onReplica.execute("SELECT pg_wal_replay_resume()");
                ResponseEntity<String> caughtUp = get(viaB + fact, "SIJILL_WRITTEN=" + position, null);
                assertThat(caughtUp.getStatusCode().value()).isEqualTo(200);
                assertThat(caughtUp.getHeaders().getFirst("Sijill-Read-From")).as("replayed within the wait")
                        .isEqualTo("replica");

                ResponseEntity<String> viaOther = post(viaB + "/api/v1/facts", FACT.formatted("through b"));
                assertThat(viaOther.getStatusCode().value()).isEqualTo(201);
                assertThat(viaOther.getHeaders().getFirst("Sijill-Read-From")).as("a write is not routed").isNull();
                JdbcTemplate asApp = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                        replicaUrl, "sijill_app", "app-secret"));
                assertThatThrownBy(() -> asApp.update("DELETE FROM fact_version WHERE false"))
                        .hasStackTraceContaining("read-only transaction");

                replica.close();
                ResponseEntity<String> withoutReplica = get(viaA + fact, null, null);
                assertThat(withoutReplica.getStatusCode().value()).isEqualTo(200);
                assertThat(withoutReplica.getHeaders().getFirst("Sijill-Read-From")).isEqualTo("primary");
                assertThat(get(viaB + "/api/v1/presence?on=2021-12-31", null, null).getStatusCode().value())
                        .isEqualTo(200);
                assertThat(post(viaA + "/api/v1/facts", FACT.formatted("replica stopped")).getStatusCode().value())
                        .isEqualTo(201);
            } finally {
                replica.close();
            }
        }
    }

    private ResponseEntity<String> get(String url, String cookie, String after) {
        return http.get().uri(url).accept(MediaType.APPLICATION_JSON).headers(h -> {
            if (cookie != null) {
                h.set(HttpHeaders.COOKIE, cookie);
            }
            if (after != null) {
                h.set("Sijill-After-Lsn", after);
            }
        }).retrieve().onStatus(HttpStatusCode::isError, (q, r) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> post(String url, String body) {
        return http.post().uri(url).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, basic())
                .body(body).retrieve().onStatus(HttpStatusCode::isError, (q, r) -> { }).toEntity(String.class);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("editor:" + SijillTest.EDITOR_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private ConfigurableApplicationContext node(String primaryUrl, String replicaUrl, String id, boolean seeds) {
        return TestNode.start(dir.resolve(id), "spring.datasource.url=" + primaryUrl,
                "spring.datasource.username=sijill_app", "spring.datasource.password=app-secret",
                "spring.flyway.user=postgres", "chronology.read-replica.url=" + replicaUrl,
                "chronology.read-replica.max-wait=1s", "chronology.read-replica.rest=1s", "chronology.node-id=" + id,
                "chronology.seeds.import-on-start=" + seeds, "chronology.security.editor-password="
                        + SijillTest.EDITOR_PASSWORD);
    }
}
