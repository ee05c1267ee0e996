package dev.canopy.tenancy;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/** The consortium this request acts in, once resolved from the path or the Host header. */
@RequestScoped
public class TenantContext {

    private ConsortiumRef current;

    public record ConsortiumRef(UUID id, String slug) {
    }

    public Optional<ConsortiumRef> current() {
        return Optional.ofNullable(current);
    }

    public ConsortiumRef require() {
        if (current == null) {
            throw new IllegalStateException("No consortium resolved for this request");
        }
        return current;
    }

    public void enter(ConsortiumRef consortium) {
        current = consortium;
    }
}
