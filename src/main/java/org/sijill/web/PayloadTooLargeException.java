package org.sijill.web;

/** A request body above {@link BodyLimitFilter#MAX_BYTES}. Clients see 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException() {
        super("The request body is larger than " + BodyLimitFilter.MAX_BYTES + " bytes.");
    }
}
