package dev.canopy.fulfilment.papers;

import static dev.canopy.fulfilment.papers.SoldParcels.PAPERS;
import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Each parcel's declaration and invoice: its own lines, its form by value, the IOSS number and Incoterm. */
@QuarkusTest
class ParcelPapersTest {

    private static final String IOSS = "IM0123456789";

    @Test
    void eachWorkshopsParcelToFranceHasItsOwnPapersWithTheFormItsValueNeeds() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String weavers = Fixtures.member(shop, manager, Map.of("name", "Pamir Weavers"));
        String embroiderers = Fixtures.member(shop, manager, Map.of("name", "Suzani House"));
        String carpet = SoldParcels.variant(shop, weavers, manager, "Pamir carpet", "570110", 240000);
        String scarf = SoldParcels.variant(shop, embroiderers, manager, "Silk scarf", "621410", 4500);
        SoldParcels.customs(shop, manager, CustomsProfileTest.profile("DAP", IOSS));
        String number = SoldParcels.paid(shop, manager, "EUR", Shopping.address("FR", "69001"),
                SoldParcels.items(carpet, 2, scarf, 1));
        String carpets = SoldParcels.parcel(shop, weavers, manager);
        String scarves = SoldParcels.parcel(shop, embroiderers, manager);

        // 4800.00 EUR of carpets: above the CN22 limit and above the IOSS limit
        html(manager, shop, weavers, carpets, "customs-declaration")
                .body(allOf(containsString("CN 23"), not(containsString("CN 22")), containsString("Pamir carpet"),
                        containsString("570110"), containsString("4800.00"), containsString("Tajikistan"),
                        containsString("Pamir Weavers"), containsString(number)))
                .body(allOf(not(containsString("621410")), not(containsString("Silk scarf")), not(containsString(IOSS))));
        html(manager, shop, weavers, carpets, "commercial-invoice")
                .body(allOf(containsString("Commercial invoice"), containsString(number), containsString("570110"),
                        containsString("2400.00"), containsString("4800.00"), containsString("DAP"),
                        containsString("Claire Martin"), containsString("69001 Lyon"), containsString("France"),
                        containsString("Zarbof Export Consortium"), containsString("Rudaki Avenue 12"),
                        containsString("2.400")))
                .body(allOf(not(containsString("Silk scarf")), not(containsString(IOSS))));

        // 45.00 EUR of scarves to the EU: a CN22 with the consortium's IOSS number
        html(manager, shop, embroiderers, scarves, "customs-declaration")
                .body(allOf(containsString("CN 22"), not(containsString("CN 23")), containsString("Silk scarf"),
                        containsString("621410"), containsString("45.00"), containsString(IOSS)))
                .body(allOf(not(containsString("570110")), not(containsString("Pamir carpet"))));
        html(manager, shop, embroiderers, scarves, "commercial-invoice")
                .body(allOf(containsString("621410"), containsString(IOSS), not(containsString("570110"))));
    }

    @Test
    void aParcelToTheUnitedStatesNeverShowsTheIossNumber() {
        SoldParcels.Parcel p = SoldParcels.single("Silk scarf", "621410", 4500, Shopping.address("US", "10001"));
        SoldParcels.customs(p.shop(), p.manager(), CustomsProfileTest.profile("DAP", IOSS));

        html(p, "customs-declaration")
                .body(allOf(containsString("CN 22"), containsString("United States"), not(containsString(IOSS))));
        html(p, "commercial-invoice").body(not(containsString(IOSS)));
    }

    @Test
    void ddpIsPrintedWhenTheConsortiumPaysTheDuties() {
        SoldParcels.Parcel p = SoldParcels.single("Silk scarf", "621410", 4500, Shopping.address("FR", "69001"));
        html(p, "commercial-invoice").body(allOf(containsString("DAP"), not(containsString("DDP"))));

        SoldParcels.customs(p.shop(), p.manager(), CustomsProfileTest.profile("DDP", null));
        html(p, "commercial-invoice").body(allOf(containsString("DDP"), not(containsString("DAP"))));
        html(p, "customs-declaration").body(containsString("DDP"));
    }

    @Test
    void aDollarOrderIsMeasuredInEuroThroughItsFrozenRate() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "1.25")))
                .put("/api/v1/consortia/{c}/exchange-rates", shop)
                .then().statusCode(200);
        String carpet = SoldParcels.variant(shop, member, manager, "Pamir carpet", "570110", 40000);
        SoldParcels.paid(shop, manager, "USD", Shopping.address("FR", "69001"), SoldParcels.items(carpet, 1));
        String parcel = SoldParcels.parcel(shop, member, manager);
        // A rate changed after checkout does not change the papers of an order already sold
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "0.5"))).put("/api/v1/consortia/{c}/exchange-rates", shop)
                .then().statusCode(200);

        // 500.00 USD would be above 425, but it is 400.00 EUR at the order's rate: a CN22
        html(manager, shop, member, parcel, "customs-declaration")
                .body(allOf(containsString("CN 22"), containsString("500.00"), containsString("USD")));
    }

    static ValidatableResponse html(SoldParcels.Parcel p, String paper) {
        return html(p.manager(), p.shop(), p.member(), p.id(), paper);
    }

    static ValidatableResponse html(String manager, String shop, String member, String parcel, String paper) {
        return as(Tokens.person(manager)).accept("text/html").get(PAPERS + paper, shop, member, parcel).then()
                .statusCode(200).contentType("text/html")
                .header("Content-Disposition", containsString(".html\""));
    }
}
