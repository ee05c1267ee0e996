package dev.canopy.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.AxeAudit;
import io.quarkus.test.junit.QuarkusTest;

/** axe-core finds no violation on any main page of the storefront or the portal, on a phone or a laptop. */
@QuarkusTest
class AccessibilityAuditTest extends BrowserJourney {

    @Test
    void axeFindsNoViolationOnAnyMainPageAt360And1280Pixels() {
        List<String> violations = MainPages.findOnEach(this, (page, path, label) -> {
            page.navigate(path);
            return AxeAudit.violations(page).stream().map(v -> label + " " + v).toList();
        });
        assertEquals(List.of(), violations, "axe-core violations");
    }
}
