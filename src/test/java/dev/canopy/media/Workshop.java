package dev.canopy.media;

import java.util.UUID;

import dev.canopy.tenancy.TenantContext.ConsortiumRef;

/** A member workshop of a fresh consortium, as the catalog would hand it to media. */
record Workshop(ConsortiumRef consortium, UUID memberId) {

    String slug() {
        return consortium.slug();
    }
}
