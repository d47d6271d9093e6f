package org.sijill.audit;

import org.sijill.eventstore.EventLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The key that signs the record's checkpoints: the file {@code chronology.checkpoint.key-file} when the operator
 * supplies one (PKCS#8 DER, its X.509 public key in the same name plus {@code .pub}), else
 * {@code checkpoint-ed25519.pk8} beside the data, generated on first start with mode 600. Losing it only means new checkpoints are signed by a new key; it never touches the record.
 */
@Component
class CheckpointKey {

    private final String origin;
    private final PrivateKey key;
    private final byte[] publicKey;
    private final EventLog events;

    CheckpointKey(@Value("${chronology.data-dir}") Path dataDir, EventLog events,
                  @Value("${chronology.checkpoint.key-file:}") String keyFile,
                  @Value("${chronology.checkpoint.origin:sijill}") String origin) {
        this.events = events;
        this.origin = origin;
        Path file = keyFile.isBlank() ? dataDir.resolve("checkpoint-ed25519.pk8") : Path.of(keyFile);
        Path publicFile = Path.of(file + ".pub");
        try {
            if (!Files.exists(file)) {
                // The public half first, then the private one created with mode 600: a crash between leaves no
                // private key, and the next start makes a new pair.
                Files.createDirectories(file.toAbsolutePath().getParent());
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Files.write(publicFile, pair.getPublic().getEncoded());
                Path partial = Path.of(file + ".new");
                Files.deleteIfExists(partial);
                try {
                    Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(partial); // a file system without POSIX modes keeps the operator's own permissions
                }
                Files.write(partial, pair.getPrivate().getEncoded());
                Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            KeyFactory ed = KeyFactory.getInstance("Ed25519");
            this.key = ed.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
            this.publicKey = Checkpoint.raw(ed.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))));
            // The pair must match, or every checkpoint would fail to verify: said at start, not found out later.
            Checkpoint.verify(Checkpoint.sign(Checkpoint.body(origin, 0, "0".repeat(64)), origin, key, publicKey),
                    Checkpoint.verifierKey(origin, publicKey));
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint key " + file + " (and " + publicFile + ") cannot be read or "
                    + "written", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint key " + file + " is not an Ed25519 PKCS#8 key with its "
                    + "X.509 public key beside it", e);
        }
    }

    /** The signed checkpoint of the record's head now. */
    String checkpoint() throws GeneralSecurityException {
        EventLog.Head head = events.headAt(java.time.Instant.now());
        return Checkpoint.sign(Checkpoint.body(origin, events.count(head.seq()), head.hash()), origin, key, publicKey);
    }

    String verifierKey() {
        return Checkpoint.verifierKey(origin, publicKey);
    }
}
