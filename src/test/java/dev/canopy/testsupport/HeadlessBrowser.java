package dev.canopy.testsupport;

import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, headless, driven by Playwright: for tests that look at pages as a person does.
 * Launch one per test class ({@code @BeforeAll}), open a fresh {@link #newPage} per test so cookies
 * (session, language, form token) never leak from one test into the next.
 */
public final class HeadlessBrowser implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    // Long enough for a slow shared machine, short enough that a missing element fails the test soon
    private static final double TIMEOUT_MS = 15_000;

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static HeadlessBrowser launch() {
        // Never fetch Playwright's own browsers, even when run outside surefire (an IDE)
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setHeadless(true).setExecutablePath(CHROMIUM).setArgs(ARGS));
            return new HeadlessBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A page in a new, empty browser context; relative addresses resolve against {@code app}. */
    public Page newPage(URL app) {
        return newPage(app, true);
    }

    /** A page as {@link #newPage(URL)} makes it, with JavaScript off if {@code javaScript} is false. */
    public Page newPage(URL app, boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript)
                .setBaseURL(app.toString())
                .setLocale("en-GB")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(TIMEOUT_MS);
        return context.newPage();
    }

    /** Closes the page with its context, forgetting its cookies. */
    public static void discard(Page page) {
        if (page != null) {
            page.context().close();
        }
    }

    /** A full-page PNG in {@code target/screenshots/<name>.png}; answers the file. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
