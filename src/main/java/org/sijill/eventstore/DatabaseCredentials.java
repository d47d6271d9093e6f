package org.sijill.eventstore;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded cluster's two passwords, the owner's (migrations, operators) and the application
 * role's, generated on first start and kept in {@value #FILE} beside the cluster, readable by its
 * owner only. Written before the cluster is initialised, so a cluster never exists without them.
 */
record DatabaseCredentials(String ownerPassword, String appPassword) {

    static final String FILE = "database-credentials.properties";

    static DatabaseCredentials loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            return new DatabaseCredentials(properties.getProperty("owner"), properties.getProperty("app"));
        }
        DatabaseCredentials created = new DatabaseCredentials(secret(), secret());
        properties.setProperty("owner", created.ownerPassword());
        properties.setProperty("app", created.appPassword());
        Files.createDirectories(dataDir);
        Path temporary = Files.createTempFile(dataDir, FILE, ".new");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions keeps its own access rules
        }
        try (Writer out = Files.newBufferedWriter(temporary)) {
            properties.store(out, "Passwords of the embedded PostgreSQL (owner: migrations; app: the application)");
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return created;
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
