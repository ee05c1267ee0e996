package dev.canopy.media;

import dev.canopy.platform.errors.UnsupportedMediaType;

/**
 * An iPhone's HEIC/HEIF photo. No well-kept pure-Java HEVC decoder exists to convert it, so it is
 * refused with the fix the artisan can make on the phone; pages tell it apart from other refusals.
 */
public class HeicRefused extends UnsupportedMediaType {

    HeicRefused() {
        super("HEIC/HEIF photos (the iPhone's default) cannot be taken: send JPEG, PNG or WebP. On an iPhone,"
                + " choose Settings → Camera → Formats → Most Compatible, then take the photo again.");
    }
}
