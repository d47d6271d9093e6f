package org.sijill.audit;

/** One stored event with its chain entry; eventId is null when the event is gone, hash when its hash is. */
record AuditRow(long seq, String eventId, String type, String aggregateId, long aggregateVersion, String recordedAt,
                byte[] payload, String hash, String prevHash) {

    String recompute() {
        return ChainHash.of(prevHash, seq, eventId, type, aggregateId, aggregateVersion, recordedAt, payload);
    }
}
