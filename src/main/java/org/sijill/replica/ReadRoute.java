package org.sijill.replica;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import javax.sql.DataSource;
import java.util.Map;

/**
 * The application's DataSource when a replica is set: connections go to the replica while the current thread serves a
 * read {@link ReplicaReads} sent there, and to the primary otherwise (writes run on the write pipeline's thread, start-up
 * and migrations on their own, so none of them can reach the replica; the replica would refuse them anyway, being a
 * hot standby). Spring's routing DataSource, so transactions and JPA bind to one object as before.
 */
public final class ReadRoute extends AbstractRoutingDataSource implements AutoCloseable {

    enum Target { PRIMARY, REPLICA }

    private static final ThreadLocal<Target> CURRENT = new ThreadLocal<>();

    ReadRoute(DataSource primary, DataSource replica) {
        setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    static void toReplica() {
        CURRENT.set(Target.REPLICA);
    }

    static void clear() {
        CURRENT.remove();
    }

    DataSource primary() {
        return (DataSource) getResolvedDefaultDataSource();
    }

    DataSource replica() {
        return getResolvedDataSources().get(Target.REPLICA);
    }

    /**
     * The primary's URL, account and password, read by Spring Boot's DataSourceBuilder when it derives the migration
     * DataSource from the application's ({@code spring.flyway.user} with an external database); public for its
     * reflection. Null unless the primary is a Hikari pool (Boot's and the embedded database's are).
     */
    public @Nullable String getUrl() {
        return primary() instanceof com.zaxxer.hikari.HikariDataSource h ? h.getJdbcUrl() : null;
    }

    public @Nullable String getUsername() {
        return primary() instanceof com.zaxxer.hikari.HikariDataSource h ? h.getUsername() : null;
    }

    public @Nullable String getPassword() {
        return primary() instanceof com.zaxxer.hikari.HikariDataSource h ? h.getPassword() : null;
    }

    /** Closes both pools: this object replaced the primary's bean, so Spring closes it at shutdown in their stead. */
    @Override
    public void close() throws Exception {
        for (DataSource pool : new DataSource[]{replica(), primary()}) {
            if (pool instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @Override
    protected @Nullable Object determineCurrentLookupKey() {
        Target target = CURRENT.get();
        return target == null ? Target.PRIMARY : target;
    }
}
