package dev.canopy.portal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.IssuerAccounts;
import io.quarkus.test.oidc.server.OidcWireMock;

/** Portal page tests: each makes a brand with one workshop and its artisan, and signs one of them in. */
abstract class WorkshopPortalTest {

    @OidcWireMock
    WireMockServer issuer;

    IssuerAccounts accounts;
    String manager;
    String artisan;
    String consortium;
    String member;
    PortalSession session;

    /** Who the test's session is: the manager or the artisan. */
    abstract String signedIn();

    @BeforeEach
    void brandWithAWorkshopAndSomeoneSignedIn() {
        accounts = new IssuerAccounts(issuer);
        manager = Fixtures.email("manager");
        artisan = Fixtures.email("artisan");
        consortium = Fixtures.consortium(manager);
        member = Fixtures.member(consortium, manager);
        Fixtures.artisan(consortium, member, manager, artisan);
        session = PortalSession.signIn(issuer, accounts, signedIn());
    }

    @AfterEach
    void forgetAccounts() {
        accounts.forgetAll();
    }
}
