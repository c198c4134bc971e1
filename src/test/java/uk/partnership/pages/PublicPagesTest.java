package uk.partnership.pages;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.jsoup.Jsoup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.support.DemoContent;

/** Every public route of the first step, through the real security configuration, on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void loadDemoPartnership() {
        DemoContent.load(dataSource);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/about", "/schools", "/schools/radley-college", "/contact", "/accessibility",
            "/privacy", "/robots.txt", "/sitemap.xml", "/css/schools.css", "/css/site.css"})
    void visitorGetsEveryPublicPageWithoutACookieAndWithSecurityHeaders(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("default-src 'self'"),
                        containsString("script-src 'self'"),
                        containsString("style-src 'self'"),
                        containsString("frame-ancestors 'none'"),
                        not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void pagesLinkTheStylesheetByItsContentHashAndThatAddressIsCachedForAYear() throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        var stylesheets = Jsoup.parse(page).select("link[rel=stylesheet]").eachAttr("href");

        assertThat(stylesheets).containsExactly(stylesheets.getFirst(), "/css/schools.css");
        assertThat(stylesheets.getFirst()).matches("/css/site-[0-9a-f]{32}\\.css");
        mvc.perform(get(stylesheets.getFirst()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
    }

    @Test
    void homeShowsTheStraplineAimsAndSixSchoolsFromTheDatabase() throws Exception {
        mvc.perform(get("/"))
                .andExpect(view().name("site/home"))
                .andExpect(content().string(allOf(
                        containsString("<title>OX14 Learning Partnership</title>"),
                        containsString("Six Abingdon secondary schools, state and independent, learning together."),
                        containsString("INSPIRE"), containsString("CHALLENGE"), containsString("SUPPORT"),
                        containsString("John Mason School"), containsString("Radley College"),
                        containsString("Fitzharrys School"), containsString("Abingdon School"),
                        containsString("St Helen and St Katharine"), containsString("Larkmead School"))));
    }

    @Test
    void navigationMarksTheCurrentPageIncludingASchoolsOwnPage() throws Exception {
        assertThat(currentNavigationItem("/about")).isEqualTo("About");
        assertThat(currentNavigationItem("/")).isEqualTo("Home");
        assertThat(currentNavigationItem("/schools/larkmead-school")).isEqualTo("Schools");
    }

    private String currentNavigationItem(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        var current = Jsoup.parse(html).select(".site-nav a[aria-current=page]");
        assertThat(current).hasSize(1);
        return current.text();
    }

    @Test
    void layoutHasASkipLinkToTheMainContentAndSelfHostedStyles() throws Exception {
        mvc.perform(get("/contact"))
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#main\" class=\"skip-link\">Skip to main content</a>"),
                        containsString("<main id=\"main\" class=\"container main\" tabindex=\"-1\">"),
                        containsString("href=\"/css/schools.css\""),
                        not(containsString("https://fonts")),
                        not(containsString("<script")))));
    }

    @Test
    void aboutTellsTheLaunchTheFunderAndThePartners() throws Exception {
        mvc.perform(get("/about"))
                .andExpect(view().name("site/about"))
                .andExpect(content().string(allOf(
                        containsString("<title>About OX14 – OX14 Learning Partnership</title>"),
                        containsString("Launched on Friday 19 November 2021."),
                        containsString("Memorandum of Understanding"),
                        containsString("The Mercers&#39; Company"),
                        containsString("Abingdon Science Partnership"),
                        containsString("Oxfordshire Academy of Broadcast Journalism"),
                        containsString("The Abingdon Bridge"),
                        containsString("<h2>Student voice</h2>"))));
    }

    @Test
    void contactNamesTheCoordinator() throws Exception {
        mvc.perform(get("/contact"))
                .andExpect(content().string(allOf(containsString("Jessica Burns"),
                        containsString("mailto:coordinator@ox14.example.org"))));
    }

    @Test
    void contactAndPrivacyWriteApostrophesOnce() throws Exception {
        assertThat(page("/contact").select("main").text()).contains("Find a school's details").doesNotContain("''");
        assertThat(page("/privacy").select("main").text()).contains("Information Commissioner's Office")
                .doesNotContain("''");
    }

    @Test
    void homePageMainButtonIsWhatsOnAndOpensTheCalendar() throws Exception {
        var button = page("/").select(".hero a.button");
        assertThat(button.eachText()).containsExactly("What's on");
        assertThat(button.attr("href")).isEqualTo("/events");
        assertThat(page("/").select(".hero a:not(.button)").attr("href")).isEqualTo("/about");
    }

    @Test
    void schoolsListAndArchiveDoNotSkipAHeadingLevel() throws Exception {
        for (String path : new String[] {"/schools", "/events/past", "/events/list", "/", "/schools/radley-college"}) {
            int previous = 1;
            for (var heading : page(path).select("main h1, main h2, main h3, main h4")) {
                int level = heading.tagName().charAt(1) - '0';
                assertThat(level).as(path + ": " + heading.text()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
        assertThat(page("/schools").select("main h2").eachText()).contains("Radley College", "Larkmead School");
    }

    @Test
    void schoolPageSubscriptionNamesTheSchoolRatherThanChosenFilters() throws Exception {
        String intro = page("/schools/larkmead-school").select(".subscribe p").first().text();
        assertThat(intro).startsWith("Add Larkmead School’s events").doesNotContain("filters you chose");
        assertThat(page("/events").select(".subscribe p").first().text()).doesNotContain("filters you chose");
        assertThat(page("/events?school=larkmead-school").select(".subscribe p").first().text())
                .contains("with the filters you chose");
    }

    private org.jsoup.nodes.Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void socialLinkIsInTheFooter() throws Exception {
        mvc.perform(get("/privacy"))
                .andExpect(content().string(containsString("href=\"https://x.com/OX14_LP\"")));
    }

    @Test
    void schoolPageShowsItsSectorAddressAndWebsite() throws Exception {
        mvc.perform(get("/schools/st-helen-and-st-katharine"))
                .andExpect(view().name("schools/show"))
                .andExpect(content().string(allOf(
                        containsString("<h1>St Helen and St Katharine</h1>"),
                        containsString("Independent school"),
                        containsString("Faringdon Road, Abingdon OX14 1BE"),
                        containsString("href=\"https://www.shsk.org.uk/\""),
                        containsString("class=\"school-tag school-tag--st-helen-and-st-katharine\""))));
    }

    @Test
    void schoolStyleSheetGivesEachSchoolItsColourWithReadableText() throws Exception {
        mvc.perform(get("/css/schools.css"))
                .andExpect(header().string("Content-Type", containsString("text/css")))
                .andExpect(content().string(containsString(
                        ".school-tag--radley-college{background-color:#8a4b08;color:#ffffff}")));
    }

    @Test
    void robotsKeepsSearchEnginesOutOfSignedInAreasAndPointsAtTheSitemap() throws Exception {
        mvc.perform(get("/robots.txt"))
                .andExpect(content().string(allOf(containsString("User-agent: *"),
                        containsString("Disallow: /admin"), containsString("Disallow: /proposals"),
                        containsString("Sitemap: http://localhost:8080/sitemap.xml"))));
    }

    @Test
    void sitemapListsThePagesAndEverySchoolWithAbsoluteAddresses() throws Exception {
        mvc.perform(get("/sitemap.xml"))
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andExpect(content().string(allOf(
                        containsString("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"),
                        containsString("<loc>http://localhost:8080/about</loc>"),
                        containsString("<loc>http://localhost:8080/schools/john-mason-school</loc>"),
                        not(containsString("/admin")))));
    }

    @Test
    void unknownSchoolIsNotFound() throws Exception {
        mvc.perform(get("/schools/no-such-school")).andExpect(status().isNotFound());
    }

    @Test
    void addressThatNoPageAnswersIsNotFoundRatherThanForbidden() throws Exception {
        mvc.perform(get("/anything-else")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
    }

    @Test
    void realPageWithAMethodThatIsNotOpenedIsRefused() throws Exception {
        mvc.perform(post("/schools").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/schools").with(csrf()).with(user("someone").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/contact")).andExpect(status().isForbidden());
    }
}
