package org.sijill.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.SijillApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** bin/import-seed starts the application without a web server: it must start, import, and import once. */
class ImportCommandIT {

    @TempDir
    Path dir;

    @Test
    void anAdditionalFileIsImportedWithoutAWebServerAndOnlyOnce() throws Exception {
        Path file = dir.resolve("extra.yml");
        Files.writeString(file, """
                facts:
                  - { factId: cli-1, kind: STATEMENT, when: { date: "2024", precision: YEAR }, data: { speaker: x },
                      summaryEn: "from the command line", sources: [ { sourceId: 002_132dcbf3b4cce48d, locator: "line 3" } ] }
                """);
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(SijillApplication.class)
                .web(WebApplicationType.NONE).run("--chronology.data-dir=" + dir.resolve("data"))) {
            SeedImporter importer = node.getBean(SeedImporter.class);
            SeedImporter.Seed seed = new SeedImporter.Seed("extra.yml", () -> Files.newInputStream(file));
            assertThat(importer.importAll(List.of(seed))).isEqualTo(new ImportReport(1, 1, 0, 0));
            assertThat(importer.importAll(List.of(seed))).isEqualTo(new ImportReport(1, 0, 1, 0));
            assertThat(node.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from domain_event_entry where aggregate_identifier = 'cli-1'", Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void whileTheApplicationRunsTheCommandRefusesAndTheEditorImportsOverHttp() throws Exception {
        Path data = dir.resolve("live");
        try (ConfigurableApplicationContext running = org.sijill.TestNode.start(data,
                "chronology.security.editor-password=ed", "chronology.security.analyst-password=an")) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(SijillApplication.class).web(WebApplicationType.NONE)
                    .run("--chronology.data-dir=" + data, "--chronology.seeds.import-on-start=false").close())
                    .hasStackTraceContaining("Another Sijill process is running on");

            int port = Integer.parseInt(running.getEnvironment().getProperty("local.server.port"));
            org.sijill.ApiClient api = new org.sijill.ApiClient(port);
            assertThat(api.get("/actuator/health", null).getBody()).as("the running one is untouched").contains("UP");
            String yaml = """
                    facts:
                      - { factId: http-1, kind: STATEMENT, when: { date: "2024", precision: YEAR }, data: { speaker: x },
                          summaryEn: "over HTTP", sources: [ { sourceId: 002_132dcbf3b4cce48d, locator: "line 3" } ] }
                    """;
            assertThat(post(port, yaml, "editor", "ed").getBody()).contains("\"recorded\":1");
            assertThat(post(port, yaml, "editor", "ed").getBody()).contains("\"recorded\":0").contains("\"skipped\":1");
            assertThat(api.get("/api/v1/facts/http-1", null).getBody()).contains("\"recordedBy\":\"editor\"");
            var malformed = post(port, "facts: [ { factId: http-2, kind: NOPE } ]", "editor", "ed");
            assertThat(malformed.getStatusCode().value()).isEqualTo(400);
            assertThat(malformed.getBody()).contains("more.yml, entry facts[0].kind").contains("\"field\":\"body\"");
            assertThat(post(port, yaml, "analyst", "an").getStatusCode().value()).isEqualTo(403);
        }
    }

    private static org.springframework.http.ResponseEntity<String> post(int port, String yaml, String user, String password) {
        return org.springframework.web.client.RestClient.create().post()
                .uri("http://localhost:" + port + "/api/v1/imports?name=more.yml")
                .contentType(org.springframework.http.MediaType.parseMediaType("application/yaml"))
                .headers(h -> h.setBasicAuth(user, password)).body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .retrieve().onStatus(s -> true, (request, response) -> { }).toEntity(String.class);
    }
}
