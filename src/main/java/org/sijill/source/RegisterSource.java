package org.sijill.source;

import java.time.Instant;

/**
 * Register a cited document. {@code published} is a date of precision day, month or year
 * (YYYY-MM-DD, YYYY-MM, YYYY); {@code seedFile} names the file in shared/seeds when it is one.
 */
public record RegisterSource(String sourceId, String title, String publisher, String published, String language,
                             String seedFile, String recordedBy, Instant recordedAt) {
}
