package org.sijill.source;

import java.time.Instant;

/**
 * A source's text as stored, with its SHA-256 (hex, of the UTF-8 bytes) and line count. The text is in the event so
 * that the record alone rebuilds it, and the hash chain covers it.
 */
public record SourceTextStored(String sourceId, String text, String sha256, int lines, String recordedBy,
                               Instant recordedAt) {
}
