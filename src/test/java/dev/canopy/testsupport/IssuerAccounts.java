package dev.canopy.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * People the test issuer (WireMock, {@code OidcWiremockTestResource}) can sign in through the code
 * flow. Its stock flow signs in "alice" whatever is typed, with an ID token that has no e-mail, so
 * Canopy would not know her. A registered person who types their e-mail and password into the
 * issuer's login form gets an authorization code of their own, which the token endpoint exchanges for
 * an ID token and an access token for that verified e-mail, signed with the issuer's key.
 */
public final class IssuerAccounts {

    // Where OidcWiremockTestResource serves its realm; its discovery document names this token endpoint
    private static final String TOKEN_ENDPOINT = "/auth/realms/quarkus/token";
    private static final String LOGIN = "/login";
    // WireMock tries lower numbers first; the stock stubs keep the default (5), so these win for the people registered
    private static final int BEFORE_STOCK_STUBS = 1;

    private final WireMockServer issuer;
    private final List<StubMapping> stubs = new ArrayList<>();

    public IssuerAccounts(WireMockServer issuer) {
        this.issuer = issuer;
    }

    public void register(String email, String password) {
        String code = "code-" + UUID.randomUUID().toString().replace("-", "");
        stubs.add(issuer.stubFor(get(urlPathEqualTo(LOGIN)).atPriority(BEFORE_STOCK_STUBS)
                .withQueryParam("username", equalTo(email))
                .withQueryParam("password", equalTo(password))
                .willReturn(aResponse().withStatus(302)
                        .withHeader("Location",
                                "{{{request.query.redirect_uri}}}?state={{{request.query.state}}}&code=" + code)
                        .withTransformers("response-template"))));
        stubs.add(issuer.stubFor(post(urlPathEqualTo(TOKEN_ENDPOINT)).atPriority(BEFORE_STOCK_STUBS)
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=" + code))
                .willReturn(okJson(tokens(email)))));
    }

    /** Removes every stub this instance added, so the issuer is as the next test expects it. */
    public void forgetAll() {
        stubs.forEach(issuer::removeStub);
        stubs.clear();
    }

    /** The token response; the ID token's audience is the client id, as quarkus-oidc requires. */
    private static String tokens(String email) {
        String idToken = Tokens.claims(email).preferredUserName(email).claim("typ", "ID").sign();
        return """
                {"access_token": "%s", "token_type": "Bearer", "expires_in": 600, "id_token": "%s"}"""
                .formatted(Tokens.person(email), idToken);
    }
}
