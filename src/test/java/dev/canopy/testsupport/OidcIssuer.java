package dev.canopy.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every test runs against the JWKS-serving test issuer (WireMock), with real signed tokens. */
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
public final class OidcIssuer {

    private OidcIssuer() {
    }
}
