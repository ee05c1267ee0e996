package dev.canopy.fulfilment.papers;

import static dev.canopy.fulfilment.papers.SoldParcels.PAPERS;
import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
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

import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The papers as PDF: a real document with the parcel's facts, in any script an address is written in. */
@QuarkusTest
class PapersPdfTest {

    @Test
    void thePapersComeAsARealPdfByAcceptHeaderOrFormat() throws IOException {
        // An Armenian and Russian address: the PDF's standard fonts have neither script
        Map<String, Object> yerevan = Map.of("name", "Անի Պետրոսյան", "line1", "ул. Абовяна 12", "city", "Երևան",
                "postalCode", "0010", "country", "AM");
        SoldParcels.Parcel p = SoldParcels.single("Pamir carpet", "570110", 240000, yerevan);

        byte[] declaration = as(Tokens.person(p.manager())).accept("application/pdf")
                .get(PAPERS + "customs-declaration", p.shop(), p.member(), p.id()).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename=\"CN23-" + p.number() + "-" + p.member() + ".pdf\""))
                .extract().asByteArray();
        assertThat(text(declaration), allOf(containsString("570110"), containsString(p.number()), containsString("CN 23"),
                containsString("Երևան"), containsString("Абовяна"), containsString("Armenia")));

        byte[] invoice = as(Tokens.person(p.manager())).queryParam("format", "pdf")
                .get(PAPERS + "commercial-invoice", p.shop(), p.member(), p.id()).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition",
                        equalTo("inline; filename=\"invoice-" + p.number() + "-" + p.member() + ".pdf\""))
                .extract().asByteArray();
        assertThat(text(invoice), allOf(containsString("Commercial invoice"), containsString("570110"),
                containsString(p.number()), containsString("2400.00"), containsString("Անի Պետրոսյան"),
                not(containsString("Download as PDF"))));
    }

    @Test
    void anUnknownFormatIsRefused() {
        SoldParcels.Parcel p = SoldParcels.single("Silk scarf", "621410", 4500, Shopping.address("FR", "69001"));
        as(Tokens.person(p.manager())).queryParam("format", "docx")
                .get(PAPERS + "commercial-invoice", p.shop(), p.member(), p.id())
                .then().statusCode(400).body("violations.field", contains("format"));
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII), equalTo("%PDF-"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
