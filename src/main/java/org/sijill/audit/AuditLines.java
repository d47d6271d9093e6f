package org.sijill.audit;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * One NDJSON line of the export. The payload is the last field and is written verbatim: its text in
 * the line is exactly the bytes the hash covers, so an export can be checked without this code.
 */
@Component
class AuditLines {

    private final JsonMapper json;

    AuditLines(JsonMapper json) {
        this.json = json;
    }

    String line(AuditRow row) {
        String payload = new String(row.payload(), StandardCharsets.UTF_8);
        return render(row.seq(), row.eventId(), row.type(), row.aggregateId(), row.aggregateVersion(),
                row.recordedAt(), recordedBy(payload), row.hash(), row.prevHash(), payload, this::quote);
    }

    /**
     * The one canonical form of a line, used to write it and, by {@link ExportVerifier}, to check that a
     * line is exactly what the stored event gives: the fields the hash covers are recomputed, recordedBy
     * must be the payload's own, and any other change to the text (an added key, a reformatted value)
     * makes the line differ from its canonical form.
     */
    static String render(long seq, String eventId, String type, String aggregateId, long aggregateVersion,
                         String recordedAt, String recordedBy, String hash, String prevHash, String payload,
                         java.util.function.UnaryOperator<String> quote) {
        return "{\"seq\":" + seq
                + ",\"eventId\":" + quote.apply(eventId)
                + ",\"type\":" + quote.apply(type)
                + ",\"aggregateId\":" + quote.apply(aggregateId)
                + ",\"aggregateVersion\":" + aggregateVersion
                + ",\"recordedAt\":" + quote.apply(recordedAt)
                + ",\"recordedBy\":" + quote.apply(recordedBy)
                + ",\"hash\":" + quote.apply(hash)
                + ",\"prevHash\":" + quote.apply(prevHash)
                + ",\"payload\":" + payload + "}";
    }

    private String recordedBy(String payload) {
        try {
            JsonNode by = json.readTree(payload).get("recordedBy");
            return by == null || by.isNull() ? null : by.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String quote(String text) {
        return text == null ? "null" : json.writeValueAsString(text);
    }
}
