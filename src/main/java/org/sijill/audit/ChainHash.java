package org.sijill.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical hash of one event in the chain (see V5__hash_chain.sql and the README): SHA-256, hex,
 * over the UTF-8 text of prevHash, seq, eventId, type, aggregateId, aggregateVersion and recordedAt,
 * each followed by a line feed, then the payload's JSON bytes.
 */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(String prevHash, long seq, String eventId, String type, String aggregateId,
                            long aggregateVersion, String recordedAt, byte[] payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String header = prevHash + '\n' + seq + '\n' + eventId + '\n' + type + '\n' + aggregateId + '\n'
                    + aggregateVersion + '\n' + recordedAt + '\n';
            sha.update(header.getBytes(StandardCharsets.UTF_8));
            sha.update(payload);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
