package org.sijill.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.sijill.eventstore.EventLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * On every start, imports the bundled chronology (classpath:seeds/*.yml, in name order): on an empty
 * event store the whole of it; on an installation of an earlier release only what it does not have yet
 * and the revisions and retractions the seeds now carry ({@link SeedImporter}), so an upgrade brings
 * the record up to date without duplicating anything. Health stays OUT_OF_SERVICE until the import is
 * done and the read model has caught up, so "UP" means the imported record is readable. Nodes starting
 * together import one after the other ({@link SeedLock}): the later one finds everything present.
 */
@Component("seedImport")
@org.springframework.core.annotation.Order(0) // before the start-up work that follows the import (audit.DerivationUpgrade)
class SeedOnStartup implements ApplicationRunner, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(SeedOnStartup.class);


    private final SeedImporter importer;
    private final JdbcTemplate jdbc;
    private final EventLog events;
    private final boolean enabled;
    private final String location;
    private volatile String state = "PENDING";

    SeedOnStartup(SeedImporter importer, JdbcTemplate jdbc, EventLog events, SeedProperties properties) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.events = events;
        this.enabled = properties.importOnStart();
        this.location = properties.location();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            state = "DISABLED";
            return;
        }
        log.info(events.isEmpty() ? "Empty event store: importing the bundled chronology"
                : "Bringing the record up to date with the bundled chronology (new entries, revisions)");
        state = "RUNNING";
        try (SeedLock lock = SeedLock.take(jdbc)) {
            importer.importAll(bundled());
            state = "DONE";
        } catch (RuntimeException | java.sql.SQLException e) {
            state = "FAILED";
            throw new IllegalStateException("The bundled chronology could not be imported", e);
        }
    }

    List<SeedImporter.Seed> bundled() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
        return Arrays.stream(resources)
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(r -> new SeedImporter.Seed(r.getFilename(), r::getInputStream))
                .toList();
    }

    @Override
    public Health health() {
        return switch (state) {
            case "DONE", "SKIPPED", "DISABLED" -> Health.up().withDetail("seedImport", state).build();
            default -> Health.outOfService().withDetail("seedImport", state).build();
        };
    }
}
