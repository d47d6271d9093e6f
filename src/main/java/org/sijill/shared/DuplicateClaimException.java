package org.sijill.shared;

/**
 * A new claim that states what an active fact already states (same subject, when, value and basis): the second
 * source belongs on that fact, by a correction (CONTRACT.md "Writes"). Clients see 409 naming the fact.
 */
public class DuplicateClaimException extends StateConflictException {

    private final String factId;

    public DuplicateClaimException(String factId) {
        super("The same claim is already recorded as " + factId + "; add this source to it by a correction.");
        this.factId = factId;
    }

    public String factId() {
        return factId;
    }
}
