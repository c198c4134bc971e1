package uk.partnership.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one headless Chromium that every browser test of the run shares: started on first use (a second or
 * two), closed when the JVM ends. It is always the Debian {@code chromium} and {@code chromedriver} found on
 * the {@code PATH}, handed to Selenium explicitly so that Selenium Manager never runs and nothing is downloaded.
 * <p>
 * Tests take the driver with {@link #driver()}, open pages with {@link #open(String, int)} and check them with
 * {@link PageChecks}. The browser keeps Chrome's performance log, so {@link #requestedUrls()} can tell every
 * address a page asked for.
 * <p>
 * There is one window, so browser tests must not run in parallel with each other (JUnit runs tests one at a
 * time unless told otherwise).
 */
public final class Browser {

    /** The window height for every check: tall enough that pages are laid out as on a real screen. */
    public static final int HEIGHT = 900;

    private static final Duration POLLING = Duration.ofMillis(20);

    static final String INSTALL_HINT = "Run `bash .ci/install-browser` to install Debian's chromium and chromedriver";

    private static ChromeDriver driver;
    private static Path profile;

    private Browser() {
    }

    /** The shared browser, started on first use. */
    public static synchronized WebDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    /**
     * Loads {@code url} in a window whose page (viewport) is exactly {@code width} CSS pixels wide and
     * {@link #HEIGHT} high, and waits until the document has finished loading.
     */
    public static WebDriver open(String url, int width) {
        WebDriver browser = driver();
        resize(width);
        browser.get(url);
        waitUntil(Duration.ofSeconds(10), page -> "complete".equals(script("return document.readyState")));
        return browser;
    }

    /**
     * Waits until {@code condition} holds (is true or non-null), asking every 20 ms, and fails after {@code limit}.
     * Selenium's own default asks every half second, which a test that waits after every click would pay each time.
     */
    public static <T> T waitUntil(Duration limit, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), limit, POLLING).until(condition);
    }

    /** Makes the viewport {@code width} × {@link #HEIGHT} CSS pixels, whatever the window's own decoration. */
    public static void resize(int width) {
        WebDriver browser = driver();
        browser.manage().window().setSize(new Dimension(width, HEIGHT));
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        long innerHeight = ((Number) script("return window.innerHeight")).longValue();
        if (innerWidth != width || innerHeight != HEIGHT) {
            Dimension outer = browser.manage().window().getSize();
            browser.manage().window().setSize(new Dimension(
                    (int) (outer.getWidth() + width - innerWidth), (int) (outer.getHeight() + HEIGHT - innerHeight)));
        }
    }

    /** Clicks a submit button and waits until the next page has replaced this one and finished loading. */
    public static void submit(By button) {
        script("window.submittedFromHere = true");
        driver().findElement(button).click();
        waitUntil(Duration.ofSeconds(10), next -> Boolean.TRUE.equals(script(
                "return window.submittedFromHere === undefined && document.readyState === 'complete'")));
    }

    /** Signs in as the demo coordinator through the sign-in page of the site at {@code baseUrl}. */
    public static WebDriver signInAsCoordinator(String baseUrl) {
        WebDriver browser = open(baseUrl + "/login", 1280);
        browser.findElement(By.id("email")).sendKeys("jessica.burns@ox14.example.org");
        browser.findElement(By.id("password")).sendKeys("coordinator demo walnut");
        submit(By.cssSelector("main form button[type=submit]"));
        if (!browser.getCurrentUrl().endsWith("/admin")) {
            throw new AssertionError("signing in failed: " + browser.findElement(By.tagName("main")).getText());
        }
        return browser;
    }

    /** Runs JavaScript in the current page and returns its result. */
    public static Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(javascript, arguments);
    }

    /** Forgets the requests logged so far, so that {@link #requestedUrls()} tells only what comes next. */
    public static void forgetRequests() {
        driver().manage().logs().get(LogType.PERFORMANCE);
    }

    /**
     * Every URL the browser has requested (documents, style sheets, scripts, images, fonts, favicons, also
     * requests that failed or were blocked) since the last call or {@link #forgetRequests()}, from Chrome's
     * performance log.
     */
    @SuppressWarnings("unchecked")
    public static List<String> requestedUrls() {
        Json json = new Json();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver().manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> logged = json.toType(entry.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) logged.get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                urls.add((String) ((Map<String, Object>) params.get("request")).get("url"));
            }
        }
        return urls;
    }

    private static void start() {
        File chromium = onPath("chromium", "chromium-browser").orElseThrow(() -> new IllegalStateException(
                "No Chromium for the browser tests: `chromium` is not on the PATH. " + INSTALL_HINT + "."));
        File chromedriver = onPath("chromedriver").orElseThrow(() -> new IllegalStateException(
                "No chromedriver for the browser tests: `chromedriver` is not on the PATH. " + INSTALL_HINT + "."));
        try {
            profile = Files.createTempDirectory("browser-tests-profile-");
        } catch (IOException e) {
            throw new IllegalStateException("Could not create a Chromium profile directory", e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                // CI containers often have a small /dev/shm, where Chromium's renderer crashes without this.
                "--disable-dev-shm-usage",
                "--window-size=1280," + HEIGHT, "--user-data-dir=" + profile);
        // Chrome's performance log, network events only, for requestedUrls().
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile();
            throw new IllegalStateException("Could not start " + chromium + " through " + chromedriver
                    + " (their versions must match; " + INSTALL_HINT + ")", e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::stop, "browser-tests-shutdown"));
    }

    private static synchronized void stop() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                System.err.println("Could not close the test browser: " + e.getMessage());
            }
            driver = null;
        }
        deleteProfile();
    }

    private static void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete the test browser profile " + profile + ": " + e.getMessage());
        }
        profile = null;
    }

    /** Like {@code command -v}: the first of the names that is an executable file in a PATH directory. */
    private static Optional<File> onPath(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String name : names) {
            for (String directory : path.split(File.pathSeparator)) {
                if (directory.isEmpty()) {
                    continue;
                }
                File candidate = new File(directory, name);
                if (candidate.isFile() && candidate.canExecute()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
