package org.sijill.seed;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --chronology.seeds.import-file=PATH}: imports one additional seed file into the configured
 * database, then exits (status 0 on success, 1 on a seed error). Used by bin/import-seed.
 */
@Component
@Order(100)
class SeedFileCommand implements ApplicationRunner {

    private final SeedImporter importer;
    private final ConfigurableApplicationContext context;
    private final String file;

    SeedFileCommand(SeedImporter importer, ConfigurableApplicationContext context,
                    SeedProperties properties) {
        this.importer = importer;
        this.context = context;
        this.file = properties.importFile() == null ? "" : properties.importFile();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (file.isBlank()) {
            return;
        }
        Path path = Path.of(file);
        int status = 0;
        try {
            ImportReport report = importer.importAll(java.util.List.of(
                    new SeedImporter.Seed(path.getFileName().toString(), () -> Files.newInputStream(path))));
            System.out.printf("Imported %s: %d recorded, %d already present%n", path, report.recorded(), report.skipped());
        } catch (SeedException e) {
            System.err.println(e.getMessage());
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
