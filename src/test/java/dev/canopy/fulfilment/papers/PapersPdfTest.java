package dev.canopy.fulfilment.papers;

import static dev.canopy.fulfilment.papers.PaidOrders.PAPERS;
import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The papers as PDF: a real document with the parcel's facts, in any script an address is written in. */
@QuarkusTest
class PapersPdfTest {

    @Test
    void thePapersComeAsARealPdfByAcceptHeaderOrFormat() throws IOException {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        String carpet = PaidOrders.variant(shop, member, manager, "Pamir carpet", "570110", 240000);
        // An Armenian and Russian address: the PDF's standard fonts have neither script
        Map<String, Object> yerevan = Map.of("name", "Անի Պետրոսյան", "line1", "ул. Абовяна 12", "city", "Երևան",
                "postalCode", "0010", "country", "AM");
        String number = PaidOrders.paid(shop, manager, "EUR", yerevan, PaidOrders.items(carpet, 1));
        String parcel = PaidOrders.parcel(shop, member, manager);

        byte[] declaration = as(Tokens.person(manager)).accept("application/pdf")
                .get(PAPERS + "customs-declaration", shop, member, parcel).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename=\"CN23-" + number + "-" + member + ".pdf\""))
                .extract().asByteArray();
        assertThat(text(declaration), allOf(containsString("570110"), containsString(number), containsString("CN 23"),
                containsString("Երևան"), containsString("Абовяна"), containsString("Armenia")));

        byte[] invoice = as(Tokens.person(manager)).queryParam("format", "pdf")
                .get(PAPERS + "commercial-invoice", shop, member, parcel).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename=\"invoice-" + number + "-" + member + ".pdf\""))
                .extract().asByteArray();
        assertThat(text(invoice), allOf(containsString("Commercial invoice"), containsString("570110"),
                containsString(number), containsString("2400.00"), containsString("Անի Պետրոսյան"),
                not(containsString("Download as PDF"))));
    }

    @Test
    void anUnknownFormatIsRefused() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        String scarf = PaidOrders.variant(shop, member, manager, "Silk scarf", "621410", 4500);
        PaidOrders.paid(shop, manager, "EUR", dev.canopy.testsupport.Shopping.address("FR", "69001"),
                PaidOrders.items(scarf, 1));
        String parcel = PaidOrders.parcel(shop, member, manager);
        as(Tokens.person(manager)).queryParam("format", "docx").get(PAPERS + "commercial-invoice", shop, member, parcel)
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.contains("format"));
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII), equalTo("%PDF-"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
