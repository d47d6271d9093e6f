package org.sijill.readmodel;

/** Row count and an order-independent digest (sum of row hashes) of tables' canonical rows. */
public record Checksum(long rows, String digest) {

    /** The checksum of several tables together. */
    public Checksum plus(Checksum other) {
        return new Checksum(rows + other.rows, digest + "+" + other.digest);
    }
}
