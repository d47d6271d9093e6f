package org.sijill.source;

import java.time.Instant;

/** A document became citable. */
public record SourceRegistered(String sourceId, String title, String publisher, String published, String language,
                               String seedFile, String recordedBy, Instant recordedAt) {
}
