package org.sijill.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Writes (defaults in application.yml "Writes"): at most maxGroup commands are committed together. */
@ConfigurationProperties("chronology.writes")
record WritesProperties(int maxGroup) {
}
