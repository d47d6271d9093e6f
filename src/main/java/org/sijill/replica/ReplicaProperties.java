package org.sijill.replica;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code chronology.read-replica.*}: the replica's JDBC URL ({@code CHRONOLOGY_READ_REPLICA_URL}; none: every read
 * goes to the primary), its account (default: the primary's, which a physical replica has too), how long a read that
 * follows a write waits for the replica to replay it before the primary answers it ({@code max-wait}), how long a
 * replica that failed to answer is left alone ({@code rest}), and its pool's size.
 */
@ConfigurationProperties("chronology.read-replica")
public record ReplicaProperties(@Nullable String url, @Nullable String username, @Nullable String password,
                                @DefaultValue("1s") Duration maxWait, @DefaultValue("5s") Duration rest,
                                @DefaultValue("16") int poolSize) {

    boolean enabled() {
        return url != null && !url.isBlank();
    }
}
