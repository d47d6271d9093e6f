package org.sijill.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The bundled chronology and bin/import-seed (defaults in application.yml "Seeds"). */
@ConfigurationProperties("chronology.seeds")
record SeedProperties(boolean importOnStart, String location, String importFile) {
}
