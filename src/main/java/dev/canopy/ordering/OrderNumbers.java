package dev.canopy.ordering;

import java.security.SecureRandom;
import java.util.Locale;

/** Short order numbers a person can read out on the phone: the shop's initials and six characters. */
final class OrderNumbers {

    // Crockford's base 32: no I, L, O or U to misread
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderNumbers() {
    }

    static String next(String consortiumSlug) {
        StringBuilder number = new StringBuilder(consortiumSlug.replace("-", "")
                .substring(0, Math.min(2, consortiumSlug.length())).toUpperCase(Locale.ROOT)).append('-');
        for (int i = 0; i < 6; i++) {
            number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }

    /** The shopper's capability to see the order: 128 random bits. */
    static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
