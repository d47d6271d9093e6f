package org.sijill.resilience;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a hot-standby streaming replica of a running embedded PostgreSQL with the binaries it already has: a
 * low-level base backup (PostgreSQL's {@code pg_backup_start}/{@code pg_backup_stop}, the data folder copied in
 * between, the backup label written into the copy), a physical replication slot so that the primary keeps the WAL
 * the replica needs, and {@code standby.signal} with the primary's address. Test support: {@code pg_basebackup} does
 * the same for an operator (README "Reads on a replica").
 */
final class Standby {

    /** What a base backup leaves out (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"). */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_subtrans", "pg_dynshmem");

    private Standby() {
    }

    /** Copies the primary into {@code target} as a standby that streams from it through slot {@code slot}. */
    static Path of(EmbeddedPostgres primary, Path primaryDir, Path target, String slot) throws SQLException {
        try (Connection c = primary.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true)");
            s.execute("SELECT pg_backup_start('standby', true)");
            copy(primaryDir, target);
            try (ResultSet stop = s.executeQuery("SELECT labelfile FROM pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(target.resolve("backup_label"), stop.getString(1));
            }
            Files.createDirectories(target.resolve("pg_wal/archive_status"));
            Files.createFile(target.resolve("standby.signal"));
            Files.writeString(target.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=localhost port="
                    + primary.getPort() + " user=postgres'\nprimary_slot_name = '" + slot + "'\nhot_standby = on\n",
                    java.nio.file.StandardOpenOption.APPEND);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.toString().isEmpty()) {
                    Files.createDirectories(to);
                    Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                    continue;
                }
                boolean inEmptied = relative.getNameCount() > 1 && EMPTIED.contains(relative.getName(0).toString());
                if (LEFT_OUT.contains(relative.toString()) || inEmptied) {
                    continue;
                }
                Path copy = to.resolve(relative);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (Files.exists(file)) {
                    try {
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    } catch (java.nio.file.NoSuchFileException gone) {
                        // a file the server removed while it was copied: the WAL replay recreates what is needed
                    }
                }
            }
        }
    }
}
