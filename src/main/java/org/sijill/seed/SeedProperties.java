package org.sijill.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bundled chronology and bin/import-seed (defaults in application.yml "Seeds"). {@code sourcesDir}: a folder
 * holding the source documents under their registered {@code seedFile} names (CHRONOLOGY_SOURCES_DIR); when set, each
 * imported source's text is stored with it, so every bundled locator is checked against its document as it is imported.
 */
@ConfigurationProperties("chronology.seeds")
record SeedProperties(boolean importOnStart, String location, String importFile, String sourcesDir) {
}
