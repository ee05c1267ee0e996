package dev.canopy.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short name for some content that changes when the content does: ETags and versioned addresses. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The first {@code bytes} bytes of the content's SHA-256, in hex. */
    public static String of(byte[] content, int bytes) {
        return HexFormat.of().formatHex(sha256(content), 0, bytes);
    }

    public static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
