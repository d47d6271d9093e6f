package org.sijill.editing;

/**
 * Another request with the same Idempotency-Key committed first (or is committing in the same group):
 * this one is rolled back and answered with the stored answer.
 */
class AlreadyAnsweredException extends RuntimeException {

    AlreadyAnsweredException() {
        super("A request with this Idempotency-Key has already been answered", null, false, false);
    }
}
