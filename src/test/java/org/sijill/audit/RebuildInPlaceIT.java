package org.sijill.audit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.TestNode;
import org.sijill.eventstore.EmbeddedDatabaseConfig;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor rebuilds the read model in place: a derived column whose meaning changed (simulated by an
 * owner rewriting it, as an older projection would have written it) is found by the replay, left alone
 * without repair, and replaced by the rebuilt model with repair=true, after which reads give the new
 * answers; the status survives a restart.
 */
class RebuildInPlaceIT {

    private static final String K1 = "/api/v1/presence?on=2020-06-01&baseId=k1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void aDifferingReadModelIsRebuiltAndSwappedIntoPlaceOnlyWhenAskedToRepair() {
        try (ConfigurableApplicationContext node = start()) {
            RestClient api = client(node);
            assertThat(status(api, K1)).isEqualTo("HANDED_OVER");
            new JdbcTemplate(node.getBean(EmbeddedDatabaseConfig.OWNER_DATA_SOURCE, DataSource.class))
                    .update("UPDATE fact_version SET subject_value = 'CLOSED' WHERE fact_id = 'n004-k1-handover-2020-03'");
            assertThat(status(api, K1)).as("the live model's old meaning").isEqualTo("CLOSED");

            JsonNode checked = replay(api, false);
            assertThat(checked.get("matchesLive").asBoolean()).isFalse();
            assertThat(checked.get("swapped").asBoolean()).isFalse();
            assertThat(checked.get("detail").asString()).contains("n004-k1-handover-2020-03");
            assertThat(status(api, K1)).as("without repair the live model is left as it is").isEqualTo("CLOSED");

            JsonNode repaired = replay(api, true);
            assertThat(repaired.get("swapped").asBoolean()).isTrue();
            assertThat(status(api, K1)).as("the rebuilt model answers").isEqualTo("HANDED_OVER");
            assertThat(api.get().uri("/api/v1/presence?on=2021-12-20").retrieve().body(String.class))
                    .as("every other answer still there").contains("ain-al-asad", "\"troops\"");
            assertThat(replay(api, false).get("matchesLive").asBoolean()).as("rebuilt again: now the same").isTrue();
        }
        try (ConfigurableApplicationContext again = start()) {
            JsonNode status = JSON.readTree(client(again).get().uri("/api/v1/audit/replay").retrieve().body(String.class));
            assertThat(status.get("state").asString()).as("the status survives a restart").isEqualTo("DONE");
            assertThat(status.get("matchesLive").asBoolean()).isTrue();
        }
    }

    private ConfigurableApplicationContext start() {
        return TestNode.start(dataDir, "chronology.security.auditor-password=aud");
    }

    private static RestClient client(ConfigurableApplicationContext node) {
        return RestClient.builder().baseUrl("http://localhost:" + node.getEnvironment().getProperty("local.server.port"))
                .defaultHeaders(h -> h.setBasicAuth("auditor", "aud")).build();
    }

    private static String status(RestClient api, String uri) {
        JsonNode answer = JSON.readTree(api.get().uri(uri).retrieve().body(String.class));
        return answer.get("bases").get(0).get("status").asString();
    }

    private static JsonNode replay(RestClient api, boolean repair) {
        api.post().uri("/api/v1/audit/replay?repair=" + repair).retrieve().toBodilessEntity();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> JSON.readTree(api.get().uri("/api/v1/audit/replay")
                .retrieve().body(String.class)).get("state").asString().equals("DONE"));
        return JSON.readTree(api.get().uri("/api/v1/audit/replay").retrieve().body(String.class));
    }
}
