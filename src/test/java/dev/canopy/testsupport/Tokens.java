package dev.canopy.testsupport;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Access tokens signed by the test issuer's key, shaped like Keycloak's for realm canopy. */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String OPERATOR = "operator@canopy.test";

    private Tokens() {
    }

    public static String operator() {
        return of(OPERATOR, "platform-admin");
    }

    public static String person(String email) {
        return of(email);
    }

    public static String of(String email, String... roles) {
        return claims(email, roles).sign();
    }

    /** The usual claims, for tests that then spoil one of them. */
    public static JwtClaimsBuilder claims(String email, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience("canopy")
                .subject("sub-" + email)
                .claim("email", email)
                .claim("email_verified", true)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(600);
    }
}
