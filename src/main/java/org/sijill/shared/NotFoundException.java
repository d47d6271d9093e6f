package org.sijill.shared;

/** An unknown id. Clients see it as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " is not in the record");
    }
}
