package org.sijill.shared;

/** An edit made against a version that is no longer the current one. Clients see it as 409. */
public class VersionConflictException extends RuntimeException {

    private final long currentVersion;

    public VersionConflictException(String id, long expectedVersion, long currentVersion) {
        super("%s is at version %d, not %d".formatted(id, currentVersion, expectedVersion));
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
