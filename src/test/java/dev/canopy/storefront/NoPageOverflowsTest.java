package dev.canopy.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import dev.canopy.testsupport.HeadlessBrowser;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every main page of the storefront and the portal at 360 px (the smallest phones) and 1280 px: none
 * may scroll sideways. Screenshots of each go to target/screenshots (CI keeps them).
 */
@QuarkusTest
class NoPageOverflowsTest extends BrowserJourney {

    /** The innermost elements that stick out on the right: what to fix. */
    private static final String WIDEST = """
            () => { const w = document.documentElement.clientWidth;
              const out = e => e.getBoundingClientRect().right > w + 1;
              return [...document.querySelectorAll('body *')].filter(out)
                .filter(e => ![...e.children].some(out)).slice(0, 4)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                  + (e.getAttribute('name') ? '[' + e.getAttribute('name') + ']' : '')).join(' ') }""";

    @Test
    void noMainPageScrollsSidewaysOnAPhoneOrALaptop() {
        List<String> overflowing = MainPages.findOnEach(this, NoPageOverflowsTest::overflow);
        assertEquals(List.of(), overflowing, "pages wider than the screen");
    }

    /** The page, in Russian (the longer words), if it is wider than the screen: "label: page width, culprits". */
    private static List<String> overflow(Page page, String path, String label) {
        page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=ru");
        int wide = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        int width = page.viewportSize().width;
        HeadlessBrowser.screenshot(page, "overflow-" + label.replace(' ', '-').replace('@', '-'));
        return wide > width ? List.of(label + ": " + wide + " px, " + page.evaluate(WIDEST)) : List.of();
    }
}
