package org.sijill.audit;

/** The result of re-checking the chain: events checked, and the first seq that no longer matches. */
public record Verification(boolean valid, long events, Long firstBadSeq, String headHash) {
}
