package dev.canopy.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core (Deque's, from npm, as bundled in their Maven jar) run in the page as it is shown: the rules a
 * Lighthouse accessibility audit applies, answered as "rule-id: target" lines, one per offending element.
 */
public final class AxeAudit {

    private static final String SOURCE = read("/axe.min.js");
    // WCAG A and AA plus axe's best practices; evaluated through the DevTools protocol, so the page's CSP allows it
    private static final String RUN = """
            async () => { const r = await axe.run(document,
                { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ')
                + ' (' + (n.failureSummary || v.help).replace(/\\s+/g, ' ').slice(0, 160) + ')')) }""";

    private AxeAudit() {
    }

    /** Every violation axe-core finds in the page now, as "rule-id: css target (why)". */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        page.evaluate(SOURCE);
        return (List<String>) page.evaluate(RUN);
    }

    private static String read(String resource) {
        try (InputStream in = AxeAudit.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing: the com.deque.html.axe-core test jar brings it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
