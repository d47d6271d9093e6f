package org.sijill.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Storage settings (application.yml "Storage", "Database accounts", "Nodes" and "Event store", where
 * every default lives): the embedded database's folder, the application's database role, this node's
 * id, and the event store's reading parameters.
 */
@ConfigurationProperties("chronology")
public record StorageProperties(Path dataDir, String nodeId, Database database, EventStore eventStore,
                                EventProcessing eventProcessing) {

    public record Database(String appRole) {
    }

    public record EventStore(int batchSize, int gapTimeoutMs, long fetchDelayMs) {
    }

    public record EventProcessing(Duration claimTimeout) {
    }
}
