package org.sijill.audit;

/** The result of re-checking the chain: events checked, and the first seq that no longer matches. */
public record Verification(boolean valid, long events, @org.jspecify.annotations.Nullable Long firstBadSeq, @org.jspecify.annotations.Nullable String headHash) {
}
