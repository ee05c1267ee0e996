package dev.canopy.portal;

import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.storefront.StripeUnreachable;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A shop that pays out through Stripe while Stripe is away: the artisan is told to try again, nothing breaks. */
@QuarkusTest
@TestProfile(StripeUnreachable.class)
class GetPaidWithStripeAwayTest extends WorkshopPortalTest {

    private static final String MINE = "/portal/consortia/{c}/members/{m}/payouts";

    @Override
    String signedIn() {
        return artisan;
    }

    @Test
    void getPaidByStripeWhileStripeIsAwaySaysToTryAgainLater() {
        session.get(MINE + "?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("The brand pays you by bank transfer."))
                .body(containsString(">Get paid by Stripe</button>"));

        session.post(MINE + "/onboarding?lang=en", Map.of(), consortium, member).then().statusCode(503)
                .body(containsString("Stripe cannot be reached right now. Please try again in a few minutes."));
        session.get(MINE + "?onboarding=again&lang=en", consortium, member).then().statusCode(200)
                .body(containsString("The link to Stripe has run out. Continue where you left off:"));
    }
}
