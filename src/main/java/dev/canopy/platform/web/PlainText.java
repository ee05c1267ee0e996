package dev.canopy.platform.web;

/** What text from a request may hold. */
public final class PlainText {

    private PlainText() {
    }

    /** True when the text holds a control character (NUL, tab, line breaks, DEL, C1 codes). */
    public static boolean hasControl(String text) {
        return text.codePoints().anyMatch(Character::isISOControl);
    }

    /**
     * Why PostgreSQL could not store this text, or null when it can: it refuses a NUL, and a lone
     * surrogate cannot be written as UTF-8. Other control characters (line breaks in a story) are text.
     */
    public static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain a NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode text";
            }
        }
        return null;
    }
}
