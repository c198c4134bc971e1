package uk.partnership.pages;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import uk.partnership.base.web.PageMeta;
import uk.partnership.support.DemoContent;

/**
 * Issue 20: every public page says how it should be shared: a canonical link built from the site's base address, a
 * description from its own summary (the strapline where it has none), and Open Graph and Twitter card tags; pages
 * that are not for sharing say noindex and carry none of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharingTagsTest {

    private static final String BASE = "http://localhost:8080";
    private static final String STRAPLINE = "Six Abingdon secondary schools, state and independent, learning together.";
    private static final String TRICKY_TITLE = "Say \"hello\" to <b>Science</b> & more";

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    @Autowired
    SharingTagsTest(MockMvc mvc, DataSource dataSource) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @BeforeEach
    void loadDemoPartnership() {
        DemoContent.load(dataSource);
    }

    @Test
    void homeIsTheSiteItselfDescribedByTheStrapline() throws Exception {
        Document home = page("/");

        assertThat(canonical(home)).isEqualTo(BASE + "/");
        assertThat(description(home)).isEqualTo(STRAPLINE);
        assertThat(property(home, "og:type")).isEqualTo("website");
        assertThat(property(home, "og:title")).isEqualTo("OX14 Learning Partnership");
        assertThat(property(home, "og:description")).isEqualTo(STRAPLINE);
        assertThat(property(home, "og:url")).isEqualTo(BASE + "/");
        assertThat(property(home, "og:site_name")).isEqualTo("OX14 Learning Partnership");
        assertThat(property(home, "og:locale")).isEqualTo("en_GB");
        assertThat(name(home, "twitter:card")).isEqualTo("summary");
        assertThat(name(home, "twitter:title")).isEqualTo("OX14 Learning Partnership");
        assertThat(home.select("meta[property=og:image], meta[name=twitter:image]")).as("no picture yet").isEmpty();
        assertThat(home.select("meta[name=robots]")).isEmpty();
    }

    @Test
    void filteredMonthKeepsItsMonthAndFiltersInItsAddressAndSaysWhatItShows() throws Exception {
        Document month = page("/events?school=larkmead-school&x=1&month=2027-03&utm_source=chat");

        assertThat(canonical(month)).isEqualTo(BASE + "/events?month=2027-03&school=larkmead-school");
        assertThat(property(month, "og:url")).isEqualTo(canonical(month));
        assertThat(description(month))
                .isEqualTo("Larkmead School events, March 2027, from the shared calendar of the partnership’s schools.");
        assertThat(property(month, "og:title")).isEqualTo("Larkmead School events, March 2027");
        assertThat(month.title()).startsWith("Larkmead School events, March 2027");

        Document thisMonth = page("/events");
        assertThat(canonical(thisMonth)).as("the calendar as it stands, whatever the month").isEqualTo(BASE + "/events");
        assertThat(description(thisMonth)).startsWith("Events in ").endsWith("from the shared calendar of the partnership’s schools.");

        assertThat(canonical(page("/events/list?page=1"))).isEqualTo(BASE + "/events/list");
        assertThat(canonical(page("/events/past?category=music&page=2&x=y"))).isEqualTo(BASE + "/events/past?category=music&page=2");
        assertThat(description(page("/events/past?category=music"))).startsWith("Past Music events, from the shared calendar");
    }

    @Test
    void eventPageIsDescribedByItsSummaryShortenedAtAWordAndItsTitleEscaped() throws Exception {
        String slug = jdbc.queryForObject("select slug from event where status = 'PUBLISHED' order by starts_at desc nulls last limit 1",
                String.class);
        String summary = "A long evening of talks about the sciences & the arts, with \"questions\" from the floor. ".repeat(5).strip();
        jdbc.update("update event set title = ?, summary = ? where slug = ?", TRICKY_TITLE, summary, slug);

        String html = html("/events/" + slug + "?school=larkmead-school");
        Document event = Jsoup.parse(html);

        assertThat(canonical(event)).as("opened from a filtered calendar, shared as itself").isEqualTo(BASE + "/events/" + slug);
        String description = description(event);
        assertThat(description).hasSizeLessThanOrEqualTo(201).endsWith("…");
        String kept = description.substring(0, description.length() - 1);
        assertThat(summary).startsWith(kept);
        assertThat(summary.charAt(kept.length())).as("cut at the end of a word").isIn(' ', '.', ',');
        assertThat(property(event, "og:description")).isEqualTo(description);
        assertThat(name(event, "twitter:description")).isEqualTo(description);
        assertThat(property(event, "og:title")).isEqualTo(TRICKY_TITLE);
        assertThat(name(event, "twitter:title")).isEqualTo(TRICKY_TITLE);
        assertThat(property(event, "og:type")).isEqualTo("website");
        assertThat(html).contains("content=\"Say &quot;hello&quot; to &lt;b&gt;Science&lt;/b&gt; &amp; more\"")
                .doesNotContain("<b>Science</b>");
        assertThat(event.select("head b")).isEmpty();

        // The schema.org data names the same page and tells the same summary, in full.
        var jsonLd = JsonMapper.builder().build().readTree(event.select("script[type=application/ld+json]").first().data());
        assertThat(jsonLd.get("url").asString()).isEqualTo(canonical(event));
        assertThat(jsonLd.get("description").asString()).isEqualTo(summary).startsWith(kept);
        assertThat(jsonLd.get("name").asString()).isEqualTo(TRICKY_TITLE);
    }

    @Test
    void newsListKeepsItsPageAndSchoolAndAnArticleIsAnArticleDescribedByItsSummary() throws Exception {
        assertThat(canonical(page("/news"))).isEqualTo(BASE + "/news");
        assertThat(canonical(page("/news?page=1"))).isEqualTo(BASE + "/news");
        assertThat(canonical(page("/news?page=2&x=1"))).isEqualTo(BASE + "/news?page=2");
        assertThat(canonical(page("/news?school=larkmead-school"))).isEqualTo(BASE + "/news?school=larkmead-school");
        assertThat(description(page("/news"))).isEqualTo(STRAPLINE);

        String slug = jdbc.queryForObject("select slug from news_post where status <> 'DRAFT' and publish_at < now() "
                + "and summary <> '' order by publish_at desc limit 1", String.class);
        String summary = jdbc.queryForObject("select summary from news_post where slug = ?", String.class, slug);
        Document post = page("/news/" + slug);

        assertThat(canonical(post)).isEqualTo(BASE + "/news/" + slug);
        assertThat(description(post)).isEqualTo(summary).isNotEqualTo(STRAPLINE);
        assertThat(property(post, "og:type")).isEqualTo("article");
        assertThat(property(post, "og:title")).isEqualTo(post.select("h1").text());
    }

    @Test
    void schoolPageIsDescribedByTheSchoolsDescription() throws Exception {
        String description = jdbc.queryForObject("select description from school where slug = 'larkmead-school'",
                String.class);
        Document school = page("/schools/larkmead-school");

        assertThat(canonical(school)).isEqualTo(BASE + "/schools/larkmead-school");
        assertThat(description(school)).isEqualTo(description.strip()).isNotEqualTo(STRAPLINE);
        assertThat(property(school, "og:type")).isEqualTo("website");
    }

    @Test
    void aProgrammePageIsDescribedByItsSummaryAndWhatWeDoIsItsOwnAddress() throws Exception {
        String slug = jdbc.queryForObject("select slug from programme_page where status = 'PUBLISHED' order by id limit 1",
                String.class);
        String summary = jdbc.queryForObject("select summary from programme_page where slug = ?", String.class, slug);
        Document programme = page("/programmes/" + slug + "?utm_source=chat");

        assertThat(canonical(programme)).isEqualTo(BASE + "/programmes/" + slug);
        assertThat(description(programme)).isEqualTo(summary.strip()).isNotEqualTo(STRAPLINE);
        assertThat(canonical(page("/programmes"))).isEqualTo(BASE + "/programmes");
    }

    @Test
    void aboutIsDescribedByItsOwnTextAndPagesWithoutASummaryByTheStrapline() throws Exception {
        Document about = page("/about");
        assertThat(canonical(about)).isEqualTo(BASE + "/about");
        assertThat(description(about)).startsWith("The OX14 Learning Partnership brings together six state and "
                + "independent secondary schools in Abingdon, Oxfordshire.").endsWith("…").doesNotContain("##");

        for (String path : List.of("/contact", "/term-dates", "/schools", "/privacy", "/accessibility")) {
            Document page = page(path + "?utm_source=chat");
            assertThat(canonical(page)).as(path).isEqualTo(BASE + path);
            assertThat(description(page)).as(path).isEqualTo(STRAPLINE);
            assertThat(property(page, "og:description")).as(path).isEqualTo(STRAPLINE);
            assertThat(property(page, "og:title")).as(path).isNotBlank();
        }
    }

    @Test
    void everyKindOfPageInTheSitemapIsItsOwnCanonicalAddress() throws Exception {
        String sitemap = html("/sitemap.xml");
        var locations = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap).results().map(match -> match.group(1))
                .toList();
        assertThat(locations).hasSizeGreaterThan(10);
        // The demo's sitemap lists hundreds of events: the first five pages of each kind (its first path segment)
        // show how that kind's controller names its address, in a fraction of the time.
        Map<String, Integer> seen = new HashMap<>();
        var sample = locations.stream()
                .filter(location -> seen.merge(location.substring(BASE.length()).replaceFirst("^(/[^/]*).*", "$1"), 1,
                        Integer::sum) <= 5)
                .toList();
        assertThat(sample).anyMatch(location -> location.contains("/events/"))
                .anyMatch(location -> location.contains("/news/")).anyMatch(location -> location.contains("/schools/"));
        for (String location : sample) {
            Document page = page(location.substring(BASE.length()));
            assertThat(canonical(page)).as(location).isEqualTo(location);
            assertThat(property(page, "og:url")).as(location).isEqualTo(location);
            // Other tests in the same database may have given an event a picture: the card follows the page.
            boolean hasPicture = !page.select("meta[property=og:image]").isEmpty();
            assertThat(name(page, "twitter:card")).as(location)
                    .isEqualTo(hasPicture ? "summary_large_image" : "summary");
        }
    }

    @Test
    void pagesThatAreNotForSharingSayNoindexAndHaveNoCanonicalOrPreview() throws Exception {
        for (String path : List.of("/login", "/password/forgot")) {
            Document page = page(path);
            assertThat(page.select("meta[name=robots]").attr("content")).as(path).isEqualTo("noindex");
            assertThat(page.select("link[rel=canonical], meta[property^=og:], meta[name^=twitter:]")).as(path).isEmpty();
        }

        Document missing = Jsoup.parse(mvc.perform(get("/events/no-such-event")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString());
        assertThat(missing.select("link[rel=canonical], meta[property^=og:]")).isEmpty();

        Cookie session = mvc.perform(post("/login").with(csrf()).param("email", "jessica.burns@ox14.example.org")
                .param("password", "coordinator demo walnut")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("SESSION");
        Document admin = Jsoup.parse(mvc.perform(get("/admin/events").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(admin.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(admin.select("link[rel=canonical], meta[property^=og:], meta[name^=twitter:]")).isEmpty();
    }

    @Test
    void aPageWithAPictureShowsItLargeInPreviews() throws Exception {
        Document page = page(PicturePage.PATH);

        assertThat(property(page, "og:image")).isEqualTo(PicturePage.IMAGE);
        assertThat(property(page, "og:image:alt")).isEqualTo(PicturePage.ALT);
        assertThat(name(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(name(page, "twitter:image")).isEqualTo(PicturePage.IMAGE);
        assertThat(name(page, "twitter:image:alt")).isEqualTo(PicturePage.ALT);
        assertThat(description(page)).isEqualTo("A page with a picture.");
    }

    /**
     * No page has a picture until issue 20's pictures are wired in: this one stands for them, at an address of the
     * news (a literal path wins over the articles' {@code {slug}}), so that the layout's image tags are proved now.
     */
    @TestConfiguration
    static class PicturePageConfig {

        @Bean
        PicturePage picturePage() {
            return new PicturePage();
        }
    }

    @Controller
    static class PicturePage {

        static final String PATH = "/news/a-page-with-a-picture-for-the-test";
        static final String IMAGE = BASE + "/images/abc123/choir-1200.jpg";
        static final String ALT = "The choir \"on stage\"";

        @GetMapping(PATH)
        String page(Model model) {
            model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of(PATH).describedAs("A page with a picture.")
                    .withImage(new PageMeta.Image(IMAGE, ALT)));
            return "site/contact";
        }
    }

    private static String canonical(Document page) {
        var links = page.select("link[rel=canonical]");
        assertThat(links).hasSize(1);
        return links.attr("href");
    }

    private static String description(Document page) {
        var descriptions = page.select("meta[name=description]");
        assertThat(descriptions).hasSize(1);
        return descriptions.attr("content");
    }

    private static String property(Document page, String property) {
        var tags = page.select("meta[property=" + property + "]");
        assertThat(tags).as(property).hasSize(1);
        return tags.attr("content");
    }

    private static String name(Document page, String name) {
        var tags = page.select("meta[name=" + name + "]");
        assertThat(tags).as(name).hasSize(1);
        return tags.attr("content");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(html(path));
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
