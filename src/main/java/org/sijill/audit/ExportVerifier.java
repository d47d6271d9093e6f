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

    /**
     * {@code verify-export FILE [--checkpoint NOTE --key VERIFIER_KEY] [--extends OLDER]}: checks the export; with a
     * checkpoint, that its signature is the key's and that the export's first SIZE events end in the checkpoint's hash;
     * with an older export, that the newer one begins with it, line for line (the record was only appended to).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length % 2 == 0) {
            System.err.println("usage: verify-export FILE.ndjson [--checkpoint NOTE --key VERIFIER_KEY] [--extends OLDER.ndjson]");
            System.exit(2);
        }
        java.util.Map<String, String> options = new java.util.HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path export = Path.of(args[0]);
        Verification result;
        try (BufferedReader in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            result = verify(in);
        }
        System.out.printf("{\"valid\":%s,\"events\":%d,\"firstBadSeq\":%s,\"headHash\":\"%s\"}%n", result.valid(),
                result.events(), result.firstBadSeq(), result.headHash());
        boolean ok = result.valid();
        if (ok && options.containsKey("--checkpoint")) {
            String problem = againstCheckpoint(export, Files.readString(Path.of(options.get("--checkpoint"))),
                    Files.readString(Path.of(options.get("--key"))));
            System.out.println(problem == null ? "checkpoint: the export reaches it" : "checkpoint: " + problem);
            ok = problem == null;
        }
        if (ok && options.containsKey("--extends")) {
            String problem = extendsOlder(export, Path.of(options.get("--extends")));
            System.out.println(problem == null ? "extends: the older export is its beginning" : "extends: " + problem);
            ok = problem == null;
        }
        System.exit(ok ? 0 : 1);
    }

    /** Null when the checkpoint is signed by the key and the export's event number SIZE has its hash. */
    static String againstCheckpoint(Path export, String note, String verifierKey) throws IOException {
        Checkpoint.Head head;
        try {
            head = Checkpoint.verify(note, verifierKey);
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return "not signed by that key (" + e.getMessage() + ")";
        }
        if (!beginsWithTheFirstEvent(export)) {
            return "the export does not begin with the record's first event (export it without after=)";
        }
        try (var lines = Files.lines(export, StandardCharsets.UTF_8)) {
            var line = lines.filter(l -> !l.isBlank()).skip(Math.max(0, head.size() - 1)).findFirst();
            if (head.size() == 0) {
                return null;
            }
            if (line.isEmpty()) {
                return "the export has fewer than " + head.size() + " events";
            }
            String hash = JSON.readTree(line.get()).get("hash").asText();
            return hash.equals(head.hashHex()) ? null : "event " + head.size() + " has hash " + hash + ", the checkpoint "
                    + head.hashHex() + ": the history was rewritten";
        }
    }

    /** Null when the newer export begins with every line of the older one. */
    static String extendsOlder(Path newer, Path older) throws IOException {
        java.util.List<String> before = Files.readAllLines(older, StandardCharsets.UTF_8);
        java.util.List<String> after = Files.readAllLines(newer, StandardCharsets.UTF_8);
        for (int i = 0; i < before.size(); i++) {
            if (i >= after.size() || !before.get(i).equals(after.get(i))) {
                return "line " + (i + 1) + " of the older export differs or is missing: the history was rewritten";
            }
        }
        return null;
    }

    /** Whether the export's first line follows the genesis hash (an export made without {@code after=}). */
    static boolean beginsWithTheFirstEvent(Path export) throws IOException {
        try (var lines = Files.lines(export, StandardCharsets.UTF_8)) {
            var opening = lines.filter(l -> !l.isBlank()).findFirst();
            return opening.isEmpty() || ChainHash.GENESIS.equals(JSON.readTree(opening.get()).get("prevHash").asText());
        }
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
