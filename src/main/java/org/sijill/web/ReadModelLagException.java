package org.sijill.web;

/** A write stored but not yet visible to reads within the wait; clients see 503 and may read again. */
public class ReadModelLagException extends RuntimeException {

    public ReadModelLagException(String id) {
        super("The change to " + id + " is stored, but the read model has not caught up yet; read it again shortly.");
    }
}
