package dev.canopy.media;

import java.util.UUID;

/**
 * Whether the storefront shows an image, asked before one is served to anyone. The catalog answers
 * (only it knows which products are published), so media needs no knowledge of products.
 */
public interface StorefrontImages {

    /** True when a published product of the image's member, an active one, shows it; asked inside a transaction. */
    boolean shows(UUID memberId, UUID imageId);
}
