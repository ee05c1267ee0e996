package dev.canopy.identity;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Only tokens the issuer signed for Canopy, still valid, count; only verified e-mails name a person. */
@QuarkusTest
class TokenTest {

    private static final String CONSORTIA = "/api/v1/consortia";
    // The key id the test issuer publishes, so that only the signature tells the keys apart
    private static final String ISSUER_KEY_ID = "1";

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        as(Tokens.operator()).get(CONSORTIA).then().statusCode(200);
        as(Tokens.claims(Tokens.OPERATOR, "platform-admin").audience("another-client").sign())
                .get(CONSORTIA).then().statusCode(401);
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        as(Tokens.claims(Tokens.OPERATOR, "platform-admin").issuer("https://elsewhere.example.com").sign())
                .get(CONSORTIA).then().statusCode(401);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        Instant now = Instant.now();
        as(Tokens.claims(Tokens.OPERATOR, "platform-admin")
                .issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)).sign())
                .get(CONSORTIA).then().statusCode(401);
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        as(Tokens.claims(Tokens.OPERATOR, "platform-admin").jws().keyId(ISSUER_KEY_ID).sign(foreign))
                .get(CONSORTIA).then().statusCode(401);
    }

    @Test
    void unverifiedEmailIsNobodyInParticular() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        as(Tokens.person(manager)).get(CONSORTIA + "/{c}", c).then().statusCode(200);

        List<String> unverified = List.of(
                Tokens.claims(manager).claim("email_verified", false).sign(),
                Tokens.claims(manager).remove("email_verified").sign());
        for (String token : unverified) {
            as(token).get(CONSORTIA).then().statusCode(200).body("total", equalTo(0)).body("items", empty());
            as(token).get(CONSORTIA + "/{c}", c).then().statusCode(404).contentType("application/problem+json");
            as(token).body(Map.of("email", Fixtures.email("friend"))).post(CONSORTIA + "/{c}/managers", c)
                    .then().statusCode(404);
        }
        as(Tokens.person(manager)).get(CONSORTIA + "/{c}/managers", c)
                .then().statusCode(200).body("items.email", contains(manager));
    }

    @Test
    void operatorWithoutEmailStillCreatesConsortia() {
        String operator = Tokens.claims(Tokens.OPERATOR, "platform-admin").remove("email").remove("email_verified")
                .sign();
        String slug = Fixtures.unique("brand");
        as(operator).body(Map.of("slug", slug, "name", "Araks Textiles", "baseCurrency", "AMD",
                "languages", List.of("hy", "en"), "commissionRate", "0.1", "country", "AM",
                "managers", List.of(Fixtures.email("manager"))))
                .post(CONSORTIA).then().statusCode(201).body("slug", equalTo(slug));
        as(operator).get(CONSORTIA + "/{c}", slug).then().statusCode(200).body("name", equalTo("Araks Textiles"));
        as(operator).queryParam("size", 100).get(CONSORTIA).then().statusCode(200).body("items.slug", hasItem(slug));
        as(Tokens.operator()).get(CONSORTIA + "/{c}/managers", slug).then().statusCode(200).body("total", equalTo(1));
    }
}
