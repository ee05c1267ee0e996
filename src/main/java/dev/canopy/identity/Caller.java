package dev.canopy.identity;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the operator role from the token, the person from its verified e-mail. */
@RequestScoped
public class Caller {

    static final String OPERATOR_ROLE = "platform-admin";

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "canopy.identity.require-verified-email")
    boolean requireVerifiedEmail;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isOperator() {
        return !identity.isAnonymous() && identity.hasRole(OPERATOR_ROLE);
    }

    /** The caller's e-mail, lower case, when the token carries one the issuer verified. */
    public Optional<String> email() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object email = token.getClaim("email");
        if (!(email instanceof String address) || address.isBlank() || !verified(token)) {
            return Optional.empty();
        }
        return Optional.of(address.trim().toLowerCase(Locale.ROOT));
    }

    private boolean verified(JsonWebToken token) {
        Object verified = token.getClaim("email_verified");
        return !requireVerifiedEmail || Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified));
    }
}
