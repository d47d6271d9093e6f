package org.sijill.eventstore;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * With no {@code spring.datasource.url} configured, Sijill runs on an embedded PostgreSQL whose
 * cluster lives in {@code chronology.data-dir}/postgres, so a second start finds everything again.
 * It runs durably, as a production server does by default (fsync, synchronous commit and full-page
 * writes on; the library's defaults turn the first two off), requires passwords
 * ({@link EmbeddedHardening}), migrates as the owner ({@value #OWNER_DATA_SOURCE}) and serves the
 * application as {@code chronology.database.app-role}, which may only append to the event store.
 * The data directory is locked for the process's life ({@link DataDirectoryLock}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfig {

    /** Bean name of the owner's connections: Flyway, and operators' tools such as tamper tests. */
    public static final String OWNER_DATA_SOURCE = "ownerDataSource";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(StorageProperties storage) throws IOException {
        Path dataDir = storage.dataDir();
        Files.createDirectories(dataDir);
        return DataDirectoryLock.take(dataDir);
    }

    @Bean
    DatabaseCredentials databaseCredentials(StorageProperties storage,
                                            DataDirectoryLock lock) throws IOException {
        return DatabaseCredentials.loadOrCreate(storage.dataDir());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(StorageProperties storage, DataDirectoryLock lock,
                                      DatabaseCredentials credentials)
            throws IOException, SQLException {
        Path dataDir = storage.dataDir();
        String appRole = storage.database().appRole();
        Path cluster = dataDir.toAbsolutePath().resolve("postgres");
        Files.createDirectories(cluster);
        OrphanedServer.stopIfRunning(cluster);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setConnectConfig("password", credentials.ownerPassword());
        Path passwordFile = null;
        if (!Files.exists(cluster.resolve("postgresql.conf"))) {
            passwordFile = Files.createTempFile(dataDir.toAbsolutePath(), "pw", ".tmp");
            Files.writeString(passwordFile, credentials.ownerPassword());
            builder.setLocaleConfig("auth-local", "scram-sha-256").setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toString());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        EmbeddedHardening.apply(postgres, cluster, credentials, appRole);
        log.info("Embedded PostgreSQL on port {} with data in {} (durable, password logins)", postgres.getPort(),
                cluster);
        return postgres;
    }

    @Bean(OWNER_DATA_SOURCE)
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, DatabaseCredentials credentials,
                                StorageProperties storage) {
        String appRole = storage.database().appRole();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        dataSource.setUsername(appRole);
        dataSource.setPassword(credentials.appPassword());
        return dataSource;
    }
}
