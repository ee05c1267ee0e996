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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
