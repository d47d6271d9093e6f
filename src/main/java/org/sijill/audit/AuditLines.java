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
        return "{\"seq\":" + row.seq()
                + ",\"eventId\":" + quote(row.eventId())
                + ",\"type\":" + quote(row.type())
                + ",\"aggregateId\":" + quote(row.aggregateId())
                + ",\"aggregateVersion\":" + row.aggregateVersion()
                + ",\"recordedAt\":" + quote(row.recordedAt())
                + ",\"recordedBy\":" + quote(recordedBy(payload))
                + ",\"hash\":" + quote(row.hash())
                + ",\"prevHash\":" + quote(row.prevHash())
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
