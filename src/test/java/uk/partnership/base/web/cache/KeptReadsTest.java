package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.support.DemoContent;
import uk.partnership.support.Eventually;
import uk.partnership.support.PageCaching;
import uk.partnership.support.StatementCounter;
import uk.partnership.support.TestDatabase;

/**
 * The partnership's settings and the schools are read once per content change, not on every request (issue 18):
 * with the page cache off (as for every signed-in person), a second request for the home page reads neither table,
 * and a change made elsewhere (another instance, psql) shows from the moment its notification arrives.
 */
@SpringBootTest(properties = "site.kept-reads.enabled=true")
@AutoConfigureMockMvc
class KeptReadsTest {

    @DynamicPropertySource
    static void schema(DynamicPropertyRegistry registry) {
        TestDatabase.schemaOfItsOwn(registry, "kept_reads");
    }

    final MockMvc mvc;
    final DataSource dataSource;
    final JdbcClient jdbc;
    final PageCache generations;
    final UserDetailsService accounts;

    @Autowired
    KeptReadsTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc, PageCache generations,
                  UserDetailsService accounts) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.generations = generations;
        this.accounts = accounts;
    }

    @BeforeEach
    void content() {
        DemoContent.load(dataSource);
        // The demo content's notifications arrive asynchronously: one heard between the two pages would rightly
        // make the second read again.
        PageCaching.awaitQuiet(generations);
    }

    @Test
    void aSecondPageReadsNeitherTheSettingsNorTheSchoolsUntilTheyChange() throws Exception {
        render("/");
        List<String> second = render("/");

        assertThat(second).as("statements of the second home page").isNotEmpty()
                .noneMatch(sql -> sql.matches("(?i).*\\bfrom (partnership|partnership_aim|partnership_link|school)\\b.*"));

        jdbc.sql("update partnership set strapline = 'Kept until it changes'").update();
        assertThat(Eventually.holds(Duration.ofSeconds(5), () -> body("/").contains("Kept until it changes")))
                .as("a change made behind the site's back shows once its notification arrives").isTrue();
        jdbc.sql("update school set name = 'Abingdon School Renamed' where slug = 'abingdon-school'").update();
        assertThat(Eventually.holds(Duration.ofSeconds(5), () -> body("/").contains("Abingdon School Renamed"))).isTrue();
    }

    @Test
    void anEventPageTheFeedAndASchoolsPageReadTheSettingsAndTheSchoolsOnlyOnce() throws Exception {
        String event = "/events/" + slug("event where status = 'PUBLISHED'");
        for (String path : List.of(event, "/events/feed.ics", "/schools/larkmead-school", "/events?school=larkmead-school")) {
            render(path);
            assertThat(render(path)).as("statements of the second %s", path).isNotEmpty()
                    .noneMatch(sql -> sql.matches("(?i).*\\bfrom (partnership|partnership_aim|partnership_link|school)\\b.*"));
        }
    }

    /**
     * Issue 18: once the reference data are kept, a public page only reads, each statement on its own, and opens no
     * transaction (a connection's extra round trips and Spring's transaction handling). The documents listed on an
     * event's, a news post's or a programme's page, a programme's page itself, the about page's description and the
     * framed calendar's allowed websites took one each: a read-only transaction around one statement was 8 % of an
     * uncached event page's CPU in a profile.
     */
    @Test
    void aPublicPageOpensNoTransactionOnceTheReferenceDataAreKept() throws Throwable {
        List<String> pages = List.of("/", "/events", "/events/list", "/events/past", "/news", "/programmes",
                "/schools", "/schools/larkmead-school", "/search?q=music", "/events/feed.ics", "/events.json",
                "/embed/events", "/news/feed.atom", "/term-dates", "/about", "/contact", "/accessibility", "/privacy",
                "/sitemap.xml", "/robots.txt", "/css/schools.css",
                "/events/" + slug("event where status = 'PUBLISHED'"),
                "/news/" + slug("news_post where status = 'PUBLISHED' and publish_at <= now()"),
                "/programmes/" + slug("programme_page where status = 'PUBLISHED'"));
        PageCaching.inOneGeneration(generations, () -> {
            Map<String, Long> transactions = new LinkedHashMap<>();
            for (String page : pages) {
                assertThat(mvc.perform(get(page)).andReturn().getResponse().getStatus()).as(page).isEqualTo(200);
                StatementCounter.reset();
                mvc.perform(get(page)).andReturn();
                transactions.put(page, StatementCounter.transactions());
            }
            assertThat(transactions).as("transactions committed by the second visit of each page")
                    .allSatisfy((page, count) -> assertThat(count).as(page).isZero());
        });
    }

    private String slug(String tableAndCondition) {
        return jdbc.sql("select slug from " + tableAndCondition + " order by id limit 1").query(String.class).single();
    }

    @Test
    void theDashboardNamesEachRepresentativesSchoolFromTheKeptSchools() throws Exception {
        var coordinator = accounts.loadUserByUsername("jessica.burns@ox14.example.org");
        mvc.perform(get("/admin").with(user(coordinator))).andReturn();
        StatementCounter.reset();
        String page = mvc.perform(get("/admin").with(user(coordinator))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Jessica Burns");
        assertThat(StatementCounter.run()).as("statements of the second dashboard").isNotEmpty()
                .noneMatch(sql -> sql.matches("(?i).*\\bfrom school\\b.*"));
    }

    private List<String> render(String path) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(path)).andReturn();
        return StatementCounter.run();
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
