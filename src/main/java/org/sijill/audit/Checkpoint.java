package org.sijill.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed record head in the signed-note format of C2SP {@code tlog-checkpoint}: the body is the origin line, the
 * number of events, and the head hash (base64), each ending in a newline; a blank line; then a signature line
 * {@code — <name> <base64(key id ‖ Ed25519 signature)>}, the key id being the first four bytes of
 * SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key). One difference from a transparency log: the hash is the head of the
 * record's hash chain (the export's last {@code hash}), not a Merkle root, so a checkpoint is checked against an export
 * by recomputing the chain up to that size ({@link ExportVerifier}). Hand-written (about forty lines, JDK Ed25519)
 * because the Java libraries that write signed notes come with a whole transparency-log stack.
 */
public final class Checkpoint {

    static final byte ED25519 = 0x01;
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    /** What a verified checkpoint says. */
    public record Head(String origin, long size, String hashHex) {
    }

    private Checkpoint() {
    }

    static String body(String origin, long size, String hashHex) {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hashHex)) + "\n";
    }

    static String sign(String body, String name, PrivateKey key, byte[] publicKey) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(body.getBytes(StandardCharsets.UTF_8));
        byte[] signature = signer.sign();
        byte[] line = new byte[4 + signature.length];
        System.arraycopy(keyId(name, publicKey), 0, line, 0, 4);
        System.arraycopy(signature, 0, line, 4, signature.length);
        return body + "\n\u2014 " + name + " " + Base64.getEncoder().encodeToString(line) + "\n";
    }

    /** The verifier key as signed notes name it: {@code <name>+<key id, hex>+<base64(0x01 ‖ public key)>}. */
    static String verifierKey(String name, byte[] publicKey) {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + HexFormat.of().formatHex(keyId(name, publicKey)) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    static byte[] keyId(String name, byte[] publicKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(ED25519);
            sha.update(publicKey);
            return Arrays.copyOf(sha.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The checkpoint's head if a signature line of the verifier key signs its body; otherwise an exception saying why. */
    public static Head verify(String note, String verifierKey) throws GeneralSecurityException {
        String[] key = verifierKey.trim().split("\\+", 3);
        byte[] typed;
        try {
            typed = key.length == 3 ? Base64.getDecoder().decode(key[2]) : new byte[0];
        } catch (IllegalArgumentException e) {
            typed = new byte[0];
        }
        if (typed.length != 33 || typed[0] != ED25519) {
            throw new GeneralSecurityException("not an Ed25519 verifier key");
        }
        byte[] publicKey = Arrays.copyOfRange(typed, 1, 33);
        int split = note.indexOf("\n\n");
        if (split < 0) {
            throw new GeneralSecurityException("no signature block");
        }
        String body = note.substring(0, split + 1);
        for (String line : note.substring(split + 2).split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length != 3 || !parts[0].equals("\u2014") || !parts[1].equals(key[0])) {
                continue;
            }
            byte[] signed;
            try {
                signed = Base64.getDecoder().decode(parts[2]);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (signed.length != 68 || !Arrays.equals(Arrays.copyOf(signed, 4), keyId(key[0], publicKey))) {
                continue;
            }
            Signature verifier = Signature.getInstance("Ed25519");
            byte[] x509 = new byte[X509_PREFIX.length + 32];
            System.arraycopy(X509_PREFIX, 0, x509, 0, X509_PREFIX.length);
            System.arraycopy(publicKey, 0, x509, X509_PREFIX.length, 32);
            verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509)));
            verifier.update(body.getBytes(StandardCharsets.UTF_8));
            if (verifier.verify(Arrays.copyOfRange(signed, 4, signed.length))) {
                String[] lines = body.split("\n");
                return new Head(lines[0], Long.parseLong(lines[1]),
                        HexFormat.of().formatHex(Base64.getDecoder().decode(lines[2])));
            }
            throw new GeneralSecurityException("the signature does not match the checkpoint");
        }
        throw new GeneralSecurityException("no signature by " + key[0]);
    }

    /** The raw 32-byte public key of a JDK Ed25519 public key (its X.509 encoding's last 32 bytes). */
    static byte[] raw(java.security.PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }
}
