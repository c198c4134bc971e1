package uk.partnership.features.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.support.DemoContent;
import uk.partnership.support.StoppedClock;
import uk.partnership.support.TestClock;

/**
 * The public news pages: the list (newest first, ten a page), an article, the latest news on the home page and on
 * a school's page, and the sitemap. Posts are written straight into the database, in the minute before the clock's
 * time (so they are the newest), and rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@StoppedClock
@Transactional
class NewsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    String marker;

    @BeforeEach
    void demo() {
        DemoContent.load(dataSource);
        marker = UUID.randomUUID().toString().substring(0, 8);
        // Posts other tests published are at or before the clock's time: a minute on, this test's are the newest.
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void listIsNewestFirstTenAPageWithPreviousAndNextLinks() throws Exception {
        List<String> titles = IntStream.range(0, 25).mapToObj(i -> post("Paged " + i, secondsAgo(i), "PUBLISHED"))
                .toList();

        Document first = page("/news");
        Document second = page("/news?page=2");
        Document third = page("/news?page=3");

        assertThat(first.select(".news-card__title").eachText()).isEqualTo(titles.subList(0, 10));
        assertThat(second.select(".news-card__title").eachText()).isEqualTo(titles.subList(10, 20));
        assertThat(third.select(".news-card__title").eachText()).startsWith(titles.subList(20, 25).toArray(String[]::new));
        assertThat(first.select(".pagination a").eachAttr("href")).containsExactly("/news?page=2");
        assertThat(second.select(".pagination a").eachAttr("href")).containsExactly("/news?page=1", "/news?page=3");
        assertThat(second.title()).startsWith("News, page 2");
        assertThat(first.select(".news-card time").eachAttr("datetime")).allMatch(value -> value.matches(
                "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}"));
    }

    @Test
    void homeShowsTheThreeLatestPostsWithLinks() throws Exception {
        List<String> titles = IntStream.range(0, 4).mapToObj(i -> post("Home " + i, secondsAgo(i), "PUBLISHED")).toList();

        Document home = page("/");

        assertThat(home.select(".news-card__title").eachText()).containsExactlyElementsOf(titles.subList(0, 3));
        assertThat(home.select(".news-card__title a").first().attr("href")).isEqualTo("/news/" + slug(titles.get(0)));
        assertThat(home.select("a[href=/news]").eachText()).contains("See all news");
    }

    @Test
    void schoolPageShowsThatSchoolsLatestPostsOnly() throws Exception {
        String larkmead = post("Larkmead only", secondsAgo(0), "PUBLISHED", "larkmead-school");
        String radley = post("Radley only", secondsAgo(1), "PUBLISHED", "radley-college");
        String both = post("Both schools", secondsAgo(2), "PUBLISHED", "radley-college", "larkmead-school");

        Document school = page("/schools/larkmead-school");

        assertThat(school.select(".news-card__title").eachText()).startsWith(larkmead, both).doesNotContain(radley);
        assertThat(school.select("h2").eachText()).contains("News from Larkmead School");
    }

    @Test
    void articleTimeCarriesTheOffsetOfItsDayInLondon() throws Exception {
        String winter = post("Winter post", Instant.parse("2025-01-15T09:00:00Z"), "PUBLISHED");
        String summer = post("Summer post", Instant.parse("2025-07-15T08:00:00Z"), "PUBLISHED");

        assertThat(page("/news/" + slug(winter)).select(".summary-list time").attr("datetime"))
                .isEqualTo("2025-01-15T09:00:00+00:00");
        Document article = page("/news/" + slug(summer));
        assertThat(article.select(".summary-list time").attr("datetime")).isEqualTo("2025-07-15T09:00:00+01:00");
        assertThat(article.select(".summary-list time").text()).isEqualTo("Tue 15 Jul 2025");
    }

    @Test
    void sitemapListsTheNewsPageAndEveryPublicPostButNoDraftOrFuturePost() throws Exception {
        String published = post("Mapped", secondsAgo(0), "PUBLISHED");
        String draft = post("Unmapped draft", null, "DRAFT");
        String future = post("Unmapped future", clock.instant().plusSeconds(60), "SCHEDULED");

        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();

        assertThat(sitemap).contains("<loc>http://localhost:8080/news</loc>",
                "<loc>http://localhost:8080/news/" + slug(published) + "</loc>",
                "<loc>http://localhost:8080/news/joint-orchestra-rehearsals-begin</loc>")
                .doesNotContain(slug(draft), slug(future), "summer-sports-festival-plans");
    }

    @Test
    void emptyPageBeyondTheLastSaysSoAndNonsensePageNumbersAreBadRequests() throws Exception {
        assertThat(page("/news?page=9999").select(".empty").text()).isEqualTo("There is no news yet.");
        mvc.perform(get("/news").param("page", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/news").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/news/no-such-post")).andExpect(status().isNotFound());
    }

    @Test
    void visitorGetsNewsPagesAndTheFeedWithoutACookie() throws Exception {
        String title = post("Cookieless", secondsAgo(0), "PUBLISHED");
        for (String path : List.of("/news", "/news/" + slug(title), "/news/feed.atom")) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie"))
                    .andExpect(header().exists("Content-Security-Policy"));
        }
    }

    @Test
    void navigationMarksNewsAsTheCurrentPageOnTheListAndAnArticle() throws Exception {
        assertThat(page("/news").select(".site-nav a[aria-current=page]").text()).isEqualTo("News");
        assertThat(page("/news/joint-orchestra-rehearsals-begin").select(".site-nav a[aria-current=page]").text())
                .isEqualTo("News");
    }

    private Instant secondsAgo(int seconds) {
        return clock.instant().minusSeconds(seconds);
    }

    /** A post written straight into the database; returns its title, which also makes its slug. */
    private String post(String name, Instant publishAt, String status, String... schools) {
        String title = name + " " + marker;
        long id = jdbc.sql("""
                        insert into news_post (title, slug, summary, body, status, publish_at, author_name, created_at, updated_at)
                        values (:title, :slug, :summary, 'Body of the post.', :status, :publishAt, 'Jessica Burns', :at, :at)
                        returning id""")
                .param("title", title).param("slug", slug(title)).param("summary", "About " + title)
                .param("status", status)
                .param("publishAt", publishAt == null ? null : publishAt.atOffset(ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("at", clock.instant().minusSeconds(3600).atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        for (String school : schools) {
            jdbc.sql("insert into news_post_school (post_id, school_id) select :id, id from school where slug = :slug")
                    .param("id", id).param("slug", school).update();
        }
        return title;
    }

    private static String slug(String title) {
        return uk.partnership.base.web.Slugs.from(title);
    }

    private Document page(String path) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
