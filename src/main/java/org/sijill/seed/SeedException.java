package org.sijill.seed;

/** A seed file that cannot be imported; names the file, the entry and the problem. Nothing of the file was stored. */
public class SeedException extends RuntimeException {

    public SeedException(String file, String entry, String problem, Throwable cause) {
        super("Seed file " + file + (entry == null ? "" : ", entry " + entry) + ": " + problem, cause);
    }
}
