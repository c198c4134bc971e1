package uk.partnership.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The checks every page of the site must pass in the browser, whatever its state (visitor, signed in, a form
 * with errors…). Open the page with {@link Browser#open(String, int)} (or get it into the state to check), then
 * call {@link #assertAccessible(WebDriver)}, or the single checks.
 */
public final class PageChecks {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the site promises in its accessibility statement. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private PageChecks() {
    }

    /** A small phone (WCAG 1.4.10 Reflow) and a desktop. */
    public static final List<Integer> WIDTHS = List.of(320, 1280);

    /**
     * The width axe-core checks a page state at: once, at the desktop's width, where every part of a page is shown.
     * axe's rules read the document (names, labels, roles, contrast), and it takes about ten times as long as the
     * other checks, so the narrower widths get the checks that depend on the layout: no sideways scrolling (WCAG
     * 1.4.10 Reflow), a title and an h1.
     */
    public static final int AXE_WIDTH = 1280;

    /**
     * Opens {@code url} and checks it at every width in {@link #WIDTHS}, ending at the widest. The page is loaded
     * once and the window resized: the site's layout is CSS alone (no script reads the width), so a resized page
     * is laid out as one loaded at that width.
     */
    public static void assertAccessibleAtEveryWidth(String url) {
        Browser.open(url, WIDTHS.getFirst());
        assertAccessibleAtEveryWidth(Browser.driver());
    }

    /** Checks the page already open (say, after a failed submission) at every width, ending at the widest. */
    public static void assertAccessibleAtEveryWidth(WebDriver driver) {
        for (int width : WIDTHS) {
            assertAccessibleAt(driver, width);
        }
    }

    /** Opens {@code url} at {@code width} CSS pixels and checks it as {@link #assertAccessibleAt(WebDriver, int)}. */
    public static void assertAccessibleAt(String url, int width) {
        assertAccessibleAt(Browser.open(url, width), width);
    }

    /**
     * Makes the window {@code width} CSS pixels wide and checks the page: every check at {@link #AXE_WIDTH}, the
     * layout checks ({@link #assertLaidOut(WebDriver)}) at any other width.
     */
    public static void assertAccessibleAt(WebDriver driver, int width) {
        Browser.resize(width);
        if (width == AXE_WIDTH) {
            assertAccessible(driver);
        } else {
            assertLaidOut(driver);
        }
    }

    /** Opens {@code url} at {@code width} CSS pixels and runs every check on it, axe-core included. */
    public static void assertAccessible(String url, int width) {
        assertAccessible(Browser.open(url, width));
    }

    /**
     * The checks that depend on the width, on the page as it is now: no horizontal scrolling, a non-empty title
     * and an h1. All failures are reported together.
     */
    public static void assertLaidOut(WebDriver driver) {
        String where = driver.getCurrentUrl() + " at " + Browser.script("return window.innerWidth") + "px wide";
        assertAll(where,
                () -> assertNoHorizontalScroll(driver),
                () -> assertHasTitleAndHeading(driver));
    }

    /**
     * Every check on the page as it is now: no axe-core violation of WCAG 2.2 AA, no horizontal scrolling, a
     * non-empty title and an h1. All failures are reported together.
     */
    public static void assertAccessible(WebDriver driver) {
        String where = driver.getCurrentUrl() + " at " + Browser.script("return window.innerWidth") + "px wide";
        assertAll(where,
                () -> assertNoAxeViolations(driver),
                () -> assertNoHorizontalScroll(driver),
                () -> assertHasTitleAndHeading(driver));
    }

    /** axe-core finds no violation of the {@link #WCAG_TAGS} rules on the page as it is now. */
    public static void assertNoAxeViolations(WebDriver driver) {
        List<Rule> violations = axeViolations(driver);
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) on " + driver.getCurrentUrl() + " at "
                    + Browser.script("return window.innerWidth") + "px wide:\n" + describe(violations));
        }
    }

    /**
     * Runs axe-core in the page and brings back its violations. The script is put into a page once (a page checked
     * again after a change still has it), and the violations come back as one string. The axe-core Selenium library's
     * builder sends the whole script every time and brings back every rule's result, which ChromeDriver converts
     * object by object: 390 ms for /events, against 260 ms this way, for the same rules and the same answer.
     * <p>
     * axe is not put into frames, so a page with one fails rather than pass unchecked inside it (the site has none;
     * the calendar made to be framed is checked at its own address).
     */
    private static List<Rule> axeViolations(WebDriver driver) {
        List<?> page = (List<?>) Browser.script(
                "return [document.querySelector('iframe, frame') !== null, typeof window.axe === 'object']");
        if (Boolean.TRUE.equals(page.get(0))) {
            fail(driver.getCurrentUrl() + " has a frame, inside which axe-core is not run here: check the framed page "
                    + "at its own address, or teach PageChecks to put axe into frames");
        }
        if (!Boolean.TRUE.equals(page.get(1))) {
            Browser.script(Axe.SCRIPT);
        }
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript(Axe.RUN, Axe.OPTIONS);
        Axe.Outcome outcome;
        try {
            outcome = Axe.JSON.readValue(String.valueOf(answer), Axe.Outcome.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("axe-core's answer on " + driver.getCurrentUrl() + " is not JSON: " + answer, e);
        }
        if (outcome.error() != null) {
            fail("axe-core could not check " + driver.getCurrentUrl() + ": " + outcome.error());
        }
        return outcome.violations();
    }

    /** What {@link #axeViolations} sends to the page, read once. */
    private static final class Axe {

        static final String SCRIPT = read();

        static final String RUN = """
                const done = arguments[arguments.length - 1];
                axe.run(document, JSON.parse(arguments[0])).then(
                    results => done(JSON.stringify({violations: results.violations})),
                    error => done(JSON.stringify({error: String(error)})));
                """;

        static final ObjectMapper JSON = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        static final String OPTIONS = options();

        /** What {@link #RUN} answers: the violations, or why axe-core could not run. */
        record Outcome(List<Rule> violations, @Nullable String error) {
        }

        private static String read() {
            try {
                return new EmbeddedResourceAxeProvider().getScript();
            } catch (IOException | javax.naming.OperationNotSupportedException e) {
                throw new IllegalStateException("axe-core's script is missing from the axe-core Selenium jar", e);
            }
        }

        private static String options() {
            try {
                return JSON.writeValueAsString(Map.of(
                        "runOnly", Map.of("type", "tag", "values", WCAG_TAGS),
                        "resultTypes", List.of("violations")));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The page is no wider than the window, so nobody has to scroll sideways (WCAG 1.4.10 Reflow at 320px). */
    public static void assertNoHorizontalScroll(WebDriver driver) {
        long scrollWidth = ((Number) Browser.script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) Browser.script("return window.innerWidth")).longValue();
        if (scrollWidth > innerWidth) {
            fail("Page scrolls sideways on " + driver.getCurrentUrl() + ": it is " + scrollWidth
                    + "px wide in a " + innerWidth + "px window. Elements reaching past the right edge:\n"
                    + Browser.script("""
                            const width = window.innerWidth;
                            return [...document.body.querySelectorAll('*')]
                                .filter(e => e.getBoundingClientRect().right > width)
                                .slice(0, 20)
                                .map(e => '  ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                                    + (e.className && typeof e.className === 'string'
                                        ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                                    + ' (right edge at ' + Math.round(e.getBoundingClientRect().right) + 'px)')
                                .join('\\n');
                            """));
        }
    }

    /** The page has a non-empty {@code <title>} and an {@code <h1>} with text. */
    public static void assertHasTitleAndHeading(WebDriver driver) {
        assertFalse(driver.getTitle() == null || driver.getTitle().isBlank(),
                () -> "Page has no <title>: " + driver.getCurrentUrl());
        List<WebElement> headings = driver.findElements(By.tagName("h1"));
        assertTrue(headings.stream().anyMatch(h1 -> !h1.getText().isBlank()),
                () -> "Page has no <h1> with text: " + driver.getCurrentUrl());
    }

    /**
     * Every one of {@code requestedUrls} (see {@link Browser#requestedUrls()}) is on {@code origin}, e.g.
     * {@code http://localhost:8080}: no font, script, style sheet, image or tracker from another site. data:,
     * about: and chrome: URLs are allowed: they ask nobody for anything (chrome: ones are the browser's own
     * pages and icons, which Chromium sometimes loads in the background).
     */
    public static void assertRequestsStayOn(String origin, List<String> requestedUrls) {
        List<String> elsewhere = requestedUrls.stream()
                .filter(url -> !url.startsWith("data:") && !url.startsWith("about:") && !url.startsWith("chrome:"))
                .filter(url -> !url.startsWith(origin + "/"))
                .distinct()
                .toList();
        if (!elsewhere.isEmpty()) {
            fail("The browser was asked to fetch from outside " + origin + ":\n  "
                    + String.join("\n  ", elsewhere));
        }
    }

    /** axe's target: a CSS selector, or a list of them (through frames and shadow roots). */
    private static String selector(Object target) {
        return target instanceof List<?> path
                ? path.stream().map(PageChecks::selector).collect(Collectors.joining(" >> "))
                : String.valueOf(target);
    }

    private static String describe(List<Rule> violations) {
        StringBuilder report = new StringBuilder();
        for (Rule rule : violations) {
            report.append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
            for (CheckedNode node : rule.getNodes()) {
                report.append("    at ").append(selector(node.getTarget())).append(": ").append(node.getHtml())
                        .append('\n');
                if (node.getFailureSummary() != null) {
                    report.append(node.getFailureSummary().lines()
                            .map(line -> "      " + line)
                            .collect(Collectors.joining("\n"))).append('\n');
                }
            }
        }
        return report.toString();
    }
}
