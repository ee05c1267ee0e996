package dev.canopy.fulfilment.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import dev.canopy.testsupport.HeadlessBrowser;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The papers as Chromium shows and prints them: on a 360 px phone nothing scrolls sideways and the
 * type is readable; printed on A4 nothing sticks out of the printable width and a small parcel's
 * paper is one page.
 */
@QuarkusTest
class PapersLayoutBrowserTest {

    private static final List<String> PAPERS = List.of("customs-declaration", "commercial-invoice");
    /** 210 mm less the 12 mm margins of papers.css, at the browser's 96 px per inch. */
    private static final int PRINTABLE_PX = (int) ((210 - 2 * 12) / 25.4 * 96);
    /** The elements whose right edge passes the given width. */
    private static final String STICKING_OUT = """
            w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))""";

    private static HeadlessBrowser browser;

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void launchBrowser() {
        browser = HeadlessBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theInvoiceAndCn23FitAPhoneAndOneA4Page() throws IOException {
        SoldParcels.Parcel p = SoldParcels.single("Pamir carpet with a long hand-knotted description", "570110",
                240000, Shopping.address("FR", "69001"));
        Page page = browser.newPage(app);
        try {
            page.context().setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + Tokens.person(p.manager())));
            for (String paper : PAPERS) {
                page.navigate(SoldParcels.PAPERS.replace("{c}", p.shop()).replace("{m}", p.member())
                        .replace("{id}", p.id()) + paper);
                onAPhone(page, paper);
                onA4(page, paper, p.number());
            }
        } finally {
            HeadlessBrowser.discard(page);
        }
    }

    private static void onAPhone(Page page, String paper) {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        page.setViewportSize(360, 780);
        HeadlessBrowser.screenshot(page, "papers-" + paper + "-360");
        // the lines must be on the page for "nothing sticks out" to mean anything
        assertTrue(page.getByText("570110").first().isVisible(), paper + ": the HS code is shown");
        assertEquals(List.of(), page.evaluate(STICKING_OUT, 360), paper + " at 360 px");
        assertTrue(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue() <= 360, paper);
        double fontPx = Double.parseDouble(((String) page.evaluate(
                "getComputedStyle(document.querySelector('.lines td')).fontSize")).replace("px", ""));
        assertTrue(fontPx >= 14, paper + ": lines in " + fontPx + " px are too small to read on a phone");
    }

    private static void onA4(Page page, String paper, String orderNumber) throws IOException {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.setViewportSize(PRINTABLE_PX, 1000);
        assertEquals(List.of(), page.evaluate(STICKING_OUT, PRINTABLE_PX), paper + " in the printable width of A4");
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), paper + ": a one-line parcel fits one A4 page");
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), paper + ": A4 wide");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(orderNumber) && text.contains("570110") && text.contains("Total"),
                    paper + ": the PDF carries the paper, not a blank page");
        }
    }
}
