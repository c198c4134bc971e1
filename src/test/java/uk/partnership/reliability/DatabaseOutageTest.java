package uk.partnership.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import uk.partnership.PartnershipApplication;
import uk.partnership.base.web.cache.PageCache;
import uk.partnership.support.DemoContent;
import uk.partnership.support.Eventually;
import uk.partnership.support.TcpProxy;
import uk.partnership.support.TestDatabase;
import uk.partnership.support.WebVisitor;

/**
 * The database goes away while the site runs, and comes back (issue 15): the site's connection to PostgreSQL runs
 * through a proxy this test cuts. Kept public pages go on being served; everything else answers the site's own 503
 * page within 3 s; health says DOWN; and once the database is back the site recovers without a restart, forgets the
 * pages it kept (changes may have been missed) and has lost no write it acknowledged.
 */
class DatabaseOutageTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String COORDINATOR_PASSWORD = "coordinator demo walnut";
    static final String REPRESENTATIVE = "radley-college@ox14.example.org";
    static final String REPRESENTATIVE_PASSWORD = "representative demo maple";
    static final Duration BOUND = Duration.ofSeconds(3);
    static final String SCHEMA = "outage_" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

    static TcpProxy proxy;
    static ConfigurableApplicationContext app;
    static JdbcClient direct;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        URI database = URI.create(TestDatabase.url().substring("jdbc:".length()));
        proxy = TcpProxy.to(database.getHost(), database.getPort());
        // A schema of its own: the test changes the partnership's settings behind the site's back.
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath() + "?currentSchema=" + SCHEMA;
        app = new SpringApplicationBuilder(PartnershipApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + proxied, "--spring.flyway.schemas=" + SCHEMA,
                "--site.page-cache.enabled=true");
        DataSource real = new DriverManagerDataSource(TestDatabase.url() + "?currentSchema=" + SCHEMA,
                TestDatabase.username(), TestDatabase.password());
        DemoContent.load(real);
        direct = JdbcClient.create(real);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void theSiteAnswersWithinThreeSecondsDuringAnOutageAndRecoversWithoutARestart() throws Exception {
        WebVisitor coordinator = WebVisitor.of(app).signIn(COORDINATOR, COORDINATOR_PASSWORD);
        // Proposals are not public content: writing them does not empty the page cache before the outage.
        WebVisitor representative = WebVisitor.of(app).signIn(REPRESENTATIVE, REPRESENTATIVE_PASSWORD);
        String csrf = Jsoup.parse(representative.get("/proposals/new").body()).select("input[name=_csrf]").val();
        awaitCached("/");
        get("/no-such-page", "text/html");   // the error page's template is compiled once, as on any running instance
        String strapline = direct.sql("select strapline from partnership").query(String.class).single();

        var writer = new Writer(representative, csrf);
        Thread writing = Thread.ofPlatform().start(writer);
        assertThat(writer.awaitAcknowledged(1, Duration.ofSeconds(20))).as("a write before the outage").isTrue();
        awaitCached("/");
        proxy.cut();
        try {
            Timed home = get("/", "text/html");
            assertThat(home.status()).as("a kept page is served while the database is away").isEqualTo(200);
            assertThat(home.body()).contains(strapline);
            System.out.printf("Database outage: / (kept) answered %d in %d ms%n", home.status(), home.elapsed().toMillis());

            for (String path : List.of("/events/list?from=2031-01-01", "/login", "/news?page=3")) {
                Timed page = get(path, "text/html");
                System.out.printf("Database outage: %s answered %d in %d ms%n", path, page.status(), page.elapsed().toMillis());
                assertThat(page.status()).as(path).isEqualTo(503);
                assertThat(page.elapsed()).as(path).isLessThan(BOUND);
                assertThat(page.retryAfter()).as(path).isNotNull();
                assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Sorry, there is a problem with the site");
                assertThat(page.body()).contains("The site is having a problem. Try again in a few minutes.").doesNotContain("Exception", "SQL");
            }

            Timed anyClient = get("/login", "*/*");
            assertThat(anyClient.status()).as("a client that does not ask for HTML").isEqualTo(503);
            assertThat(anyClient.retryAfter()).isNotNull();

            Timed signedIn = time(() -> coordinator.send(HttpRequest.newBuilder(coordinator.uri("/admin"))
                    .timeout(Duration.ofSeconds(10)).GET()));
            assertThat(signedIn.status()).as("a signed-in page").isEqualTo(503);
            assertThat(signedIn.elapsed()).isLessThan(BOUND);

            System.out.printf("Database outage: /admin signed in answered %d in %d ms%n", signedIn.status(),
                    signedIn.elapsed().toMillis());
            Timed health = get("/actuator/health", "application/json");
            System.out.printf("Database outage: /actuator/health answered %d in %d ms%n", health.status(),
                    health.elapsed().toMillis());
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).startsWith("{").contains("\"status\":\"DOWN\"");
            assertThat(health.elapsed()).isLessThan(BOUND);
            assertThat(get("/actuator/health/readiness", "application/json").status()).isEqualTo(503);
            Timed liveness = get("/actuator/health/liveness", "application/json");
            assertThat(liveness.status()).as("a supervisor must not restart an instance that waits").isEqualTo(200);

            // A change the site cannot hear of while it is cut off.
            direct.sql("update partnership set strapline = 'Changed during the outage'").update();
        } finally {
            proxy.restore();
        }

        int acknowledgedBefore = writer.acknowledgedCount();
        assertThat(Eventually.holds(Duration.ofSeconds(20),
                () -> get("/actuator/health", "application/json").status() == 200)).as("healthy again").isTrue();
        Timed back = get("/actuator/health", "application/json");
        assertThat(back.body()).contains("\"status\":\"UP\"");
        assertThat(writer.awaitAcknowledged(acknowledgedBefore + 3, Duration.ofSeconds(20)))
                .as("writes are acknowledged again once the database is back").isTrue();
        writer.stop();
        writing.join(20_000);

        assertThat(Eventually.holds(Duration.ofSeconds(5),
                () -> get("/", "text/html").body().contains("Changed during the outage")))
                .as("the kept pages are forgotten once the site listens again").isTrue();
        assertThat(coordinator.get("/admin").statusCode()).as("the session survived the outage").isEqualTo(200);

        assertThat(writer.acknowledged).as("some writes were acknowledged").isNotEmpty();
        List<String> saved = direct.sql("select title from proposal where title like 'Outage %'").query(String.class).list();
        assertThat(saved).as("no acknowledged write is lost").containsAll(writer.acknowledged);
        System.out.printf("Database outage: %d writes acknowledged, %d refused during the outage%n",
                writer.acknowledged.size(), writer.refused);
    }

    /** Proposes activities one after another, noting which ones the site acknowledged. */
    static final class Writer implements Runnable {
        final WebVisitor visitor;
        final String csrf;
        final List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean running = new AtomicBoolean(true);
        int refused;

        Writer(WebVisitor visitor, String csrf) {
            this.visitor = visitor;
            this.csrf = csrf;
        }

        @Override
        public void run() {
            for (int n = 1; running.get() && n < 10_000; n++) {
                String name = "Outage " + n;
                try {
                    HttpResponse<String> answer = visitor.send(HttpRequest.newBuilder(visitor.uri("/proposals"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(WebVisitor.form("title", name,
                                    "description", "Written while the database comes and goes.",
                                    "flexible", "true", "flexibleNote", "Any Friday", "_csrf", csrf))));
                    if (answer.statusCode() / 100 == 2 || answer.statusCode() / 100 == 3) {
                        acknowledged.add(name);
                    } else {
                        refused++;
                    }
                } catch (Exception e) {
                    refused++;
                }
            }
        }

        int acknowledgedCount() {
            return acknowledged.size();
        }

        boolean awaitAcknowledged(int count, Duration limit) throws Exception {
            return Eventually.holds(limit, () -> acknowledged.size() >= count);
        }

        void stop() {
            running.set(false);
        }
    }

    record Timed(int status, String body, Duration elapsed, String retryAfter) {
    }

    interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /**
     * Renders {@code path} until the page cache keeps it: it listens, and no change it hears of (the demo content
     * just loaded) empties it between two answers.
     */
    void awaitCached(String path) throws Exception {
        PageCache cache = app.getBean(PageCache.class);
        assertThat(Eventually.holds(Duration.ofSeconds(20), () -> {
            long generation = cache.generation();
            return cache.isActive() && get(path, "text/html").status() == 200
                    && get(path, "text/html").status() == 200 && cache.generation() == generation;
        })).as("%s kept by the page cache", path).isTrue();
    }

    Timed get(String path, String accept) throws Exception {
        return time(() -> http.send(HttpRequest.newBuilder(WebVisitor.of(app).uri(path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    static Timed time(Request request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = request.send();
        return new Timed(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started),
                response.headers().firstValue("Retry-After").orElse(null));
    }



}
