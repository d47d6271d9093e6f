package org.sijill.audit;

/**
 * Walks the chain in global order: every event has its hash, every hash its event, every prevHash is
 * the hash before it, every hash is the recomputed one, and the chain head is the last hash.
 */
final class ChainCheck {

    private String previous = ChainHash.GENESIS;
    private long events;
    private long lastSeq;
    private Long firstBad;

    void accept(AuditRow row) {
        if (row.eventId() != null) {
            events++;
        }
        lastSeq = row.seq();
        if (firstBad != null) {
            return;
        }
        boolean good = row.eventId() != null && row.hash() != null && previous.equals(row.prevHash())
                && row.hash().equals(row.recompute());
        if (good) {
            previous = row.hash();
        } else {
            firstBad = row.seq();
        }
    }

    Verification result(String chainHead) {
        if (firstBad == null && !previous.equals(chainHead)) {
            firstBad = lastSeq + 1;
        }
        return new Verification(firstBad == null, events, firstBad, previous);
    }
}
