package dev.canopy.fulfilment.papers;

import static dev.canopy.fulfilment.papers.ParcelPapersTest.html;
import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Who the papers name as sender: the workshop that posts its own parcel, or the consortium's hub. */
@QuarkusTest
class PaperSenderTest {

    private static final String MISSING = "Street address missing";

    @Test
    void aWorkshopPostingItsOwnParcelIsTheSenderWithItsStreetAddress() {
        SoldParcels.Parcel p = SoldParcels.single("Silk scarf", "621410", 4500, Shopping.address("FR", "69001"));
        html(p, "customs-declaration").body(allOf(containsString("Workshop " + p.member()), containsString(MISSING)));

        address(p);
        for (String paper : List.of("customs-declaration", "commercial-invoice")) {
            html(p, paper).body(allOf(containsString("Workshop " + p.member()), containsString("Lenin Street 31"),
                    containsString("735700 Khujand"), containsString("Sughd"), not(containsString(MISSING))));
        }
    }

    @Test
    void throughTheHubTheConsortiumsCustomsSenderStaysTheSender() {
        SoldParcels.Parcel p = SoldParcels.single("Silk scarf", "621410", 4500, Shopping.address("FR", "69001"));
        address(p);
        as(Tokens.person(p.manager())).body(Map.of("model", "hub", "zones", List.of()))
                .put("/api/v1/consortia/{c}/shipping", p.shop()).then().statusCode(200);
        html(p, "customs-declaration").body(allOf(containsString(MISSING), not(containsString("Lenin Street 31"))));

        SoldParcels.customs(p.shop(), p.manager(), CustomsProfileTest.profile("DAP", null));
        for (String paper : List.of("customs-declaration", "commercial-invoice")) {
            html(p, paper).body(allOf(containsString("Zarbof Export Consortium"), containsString("Rudaki Avenue 12"),
                    not(containsString("Lenin Street 31")), not(containsString(MISSING)),
                    not(containsString("on whose behalf"))));
        }
    }

    private static void address(SoldParcels.Parcel p) {
        as(Tokens.person(p.manager())).body(Map.of("address", Map.of("line1", "Lenin Street 31", "city", "Khujand",
                "postalCode", "735700", "region", "Sughd", "country", "TJ")))
                .patch("/api/v1/consortia/{c}/members/{m}", p.shop(), p.member()).then().statusCode(200);
    }
}
