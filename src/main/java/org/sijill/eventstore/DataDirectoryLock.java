package org.sijill.eventstore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Sijill process at a time per data directory. The lock is the operating system's, so it dies with
 * its process: a PostgreSQL left running on the folder while nobody holds the lock is an orphan of a
 * killed application and may be stopped; one running while another process holds the lock is that
 * application's own, and a second process refuses to start instead of taking it away.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "sijill.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws {@link InUseException} when a running application holds the folder. */
    static DataDirectoryLock take(Path dataDir) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new InUseException(dataDir);
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** Another running Sijill holds the data directory. */
    static final class InUseException extends IllegalStateException {
        InUseException(Path dataDir) {
            super("Another Sijill process is running on " + dataDir.toAbsolutePath() + " and holds its database. "
                    + "Stop it first, or import through the running application: POST /api/v1/imports (EDITOR).");
        }
    }
}
