package org.sijill.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Storage settings (application.yml "Storage", "Database accounts", "Nodes" and "Event store", where
 * every default lives): the embedded database's folder, the application's database role, this node's
 * id, and how many events the event store reads per query.
 */
@ConfigurationProperties("chronology")
public record StorageProperties(Path dataDir, String nodeId, Database database, EventStore eventStore) {

    public record Database(String appRole) {
    }

    public record EventStore(int batchSize) {
    }
}
