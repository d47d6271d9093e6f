package org.sijill.editing;

/**
 * The answer an idempotent write gives, prepared before the write is sent and stored by
 * {@link IdempotencyRecord} in the write's own transaction: either both are committed or neither.
 */
record StoredAnswer(String principal, String key, String fingerprint, int status, String location, String body) {

    /** Command metadata key under which the answer travels to {@link IdempotencyRecord}. */
    static final String METADATA = "sijill.idempotentAnswer";
}
