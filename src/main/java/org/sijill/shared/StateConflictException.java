package org.sijill.shared;

/** A command that contradicts the current state (an edit to a retracted fact, an id taken). Clients see 409. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
