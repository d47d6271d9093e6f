package org.sijill.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Verifies an exported NDJSON file offline, without the application or its database (bin/verify-export).
 * Each line's hash is recomputed from its fields and the payload's verbatim text (the last field), each
 * prevHash must be the hash of the line before, and the line must be exactly its canonical form
 * ({@link AuditLines#render}) with recordedBy taken from the hashed payload: no field of a line, nor
 * anything added to it, can change without the line failing. A full export starts from the genesis hash (64
 * zeros); a partial one (after=N) starts mid-chain, and its last hash should equal the server's headHash.
 */
public final class ExportVerifier {

    private static final String PAYLOAD = ",\"payload\":";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportVerifier() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: verify-export FILE.ndjson");
            System.exit(2);
        }
        Verification result;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            result = verify(in);
        }
        System.out.printf("{\"valid\":%s,\"events\":%d,\"firstBadSeq\":%s,\"headHash\":\"%s\"}%n", result.valid(),
                result.events(), result.firstBadSeq(), result.headHash());
        System.exit(result.valid() ? 0 : 1);
    }

    static Verification verify(Reader input) throws IOException {
        BufferedReader in = input instanceof BufferedReader b ? b : new BufferedReader(input);
        String previous = null;
        long events = 0;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            events++;
            long seq = -1;
            try {
                JsonNode event = JSON.readTree(line);
                seq = event.get("seq").asLong();
                int at = line.lastIndexOf(PAYLOAD);
                byte[] payload = line.substring(at + PAYLOAD.length(), line.length() - 1).getBytes(StandardCharsets.UTF_8);
                String prevHash = event.get("prevHash").asText();
                String expected = ChainHash.of(prevHash, seq, event.get("eventId").asText(), event.get("type").asText(),
                        event.get("aggregateId").asText(), event.get("aggregateVersion").asLong(),
                        event.get("recordedAt").asText(), payload);
                String payloadText = new String(payload, StandardCharsets.UTF_8);
                JsonNode by = JSON.readTree(payloadText).get("recordedBy");
                String canonical = AuditLines.render(seq, text(event, "eventId"), text(event, "type"),
                        text(event, "aggregateId"), event.get("aggregateVersion").asLong(), text(event, "recordedAt"),
                        by == null || by.isNull() ? null : by.asText(), text(event, "hash"), prevHash, payloadText,
                        ExportVerifier::quote);
                boolean linked = previous == null || previous.equals(prevHash);
                if (!linked || !expected.equals(event.get("hash").asText()) || !canonical.equals(line)) {
                    return new Verification(false, events, seq, previous);
                }
                previous = expected;
            } catch (RuntimeException e) {
                return new Verification(false, events, seq < 0 ? null : seq, previous);
            }
        }
        return new Verification(true, events, null, previous);
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String quote(String text) {
        try {
            return text == null ? "null" : JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
