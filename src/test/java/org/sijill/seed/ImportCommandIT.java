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
}
