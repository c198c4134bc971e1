package uk.partnership.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.base.web.cache.PageCache;
import uk.partnership.support.DemoContent;
import uk.partnership.support.PageCaching;
import uk.partnership.support.StatementCounter;

/**
 * Signed-in staff on the public pages (issue 19): a coordinator gets "Edit this event" / "Edit this post" and a link
 * to their dashboard instead of "Staff sign in"; a representative, who edits neither, only the link. All this with
 * the page cache on, as in production: a page rendered for someone signed in must never be kept and served to a
 * visitor, and a kept visitor's page never served to someone signed in.
 */
// The context of EventAdminTest (page cache on, StatementCounter), started once for both.
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class StaffOnPublicPagesTest {

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final PageCache pageCache;
    private final JdbcClient jdbc;

    @Autowired
    StaffOnPublicPagesTest(MockMvc mvc, DataSource dataSource, PageCache pageCache, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.pageCache = pageCache;
        this.jdbc = jdbc;
    }

    private long eventId;
    private String eventPage;
    private long postId;
    private String postPage;

    @BeforeEach
    void publishedContent() {
        DemoContent.load(dataSource);
        PageCaching.awaitQuiet(pageCache);
        eventId = jdbc.sql("select id from event where status = 'PUBLISHED' and starts_at > now() order by starts_at limit 1")
                .query(Long.class).single();
        eventPage = "/events/" + jdbc.sql("select slug from event where id = :id").param("id", eventId)
                .query(String.class).single();
        postId = jdbc.sql("select id from news_post where status = 'PUBLISHED' and publish_at < now() order by publish_at desc limit 1")
                .query(Long.class).single();
        postPage = "/news/" + jdbc.sql("select slug from news_post where id = :id").param("id", postId)
                .query(String.class).single();
    }

    @Test
    void aCoordinatorGetsTheEditLinksAndTheDashboardAndAVisitorAfterThemNeither() throws Exception {
        Cookie coordinator = session("jessica.burns@ox14.example.org", "coordinator demo walnut");

        MockHttpServletResponse signedIn = response(get(eventPage).cookie(coordinator));
        Document event = Jsoup.parse(signedIn.getContentAsString());
        assertThat(event.select(".staff-edit a").text()).isEqualTo("Edit this event");
        assertThat(event.select(".staff-edit a").attr("href")).isEqualTo("/admin/events/" + eventId);
        assertThat(event.select(".staff-bar a").text()).isEqualTo("Your dashboard");
        assertThat(event.select(".staff-bar a").attr("href")).isEqualTo("/admin");
        assertThat(event.select(".site-footer").text()).doesNotContain("Staff sign in");
        // Nor may a browser or a proxy keep it.
        assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");

        Document post = page(get(postPage).cookie(coordinator));
        assertThat(post.select(".staff-edit a").text()).isEqualTo("Edit this post");
        assertThat(post.select(".staff-edit a").attr("href")).isEqualTo("/admin/news/" + postId);

        // The same pages for a visitor, twice: rendered (and kept), then from the cache.
        for (String path : new String[] {eventPage, postPage, eventPage, postPage}) {
            StatementCounter.reset();
            assertVisitorsPage(page(get(path)), path);
        }
        StatementCounter.reset();
        assertVisitorsPage(page(get(eventPage)), eventPage);
        assertThat(StatementCounter.statements()).as("the visitor's page came from the cache").isZero();
    }

    @Test
    void aPageKeptForVisitorsIsNeverServedToSomeoneSignedIn() throws Exception {
        assertVisitorsPage(page(get(eventPage)), eventPage);
        assertVisitorsPage(page(get(eventPage)), eventPage);

        Cookie coordinator = session("jessica.burns@ox14.example.org", "coordinator demo walnut");
        Document event = page(get(eventPage).cookie(coordinator));
        assertThat(event.select(".staff-edit a").text()).isEqualTo("Edit this event");
        assertThat(event.select(".staff-bar a").attr("href")).isEqualTo("/admin");
    }

    @Test
    void aRepresentativeGetsTheirDashboardButNoEditLink() throws Exception {
        Cookie representative = session("radley-college@ox14.example.org", "representative demo maple");

        for (String path : new String[] {eventPage, postPage, "/"}) {
            Document page = page(get(path).cookie(representative));
            assertThat(page.select(".staff-edit")).as(path).isEmpty();
            assertThat(page.select(".staff-bar a").attr("href")).as(path).isEqualTo("/proposals");
            assertThat(page.select(".site-footer").text()).as(path).doesNotContain("Staff sign in");
        }
    }

    private void assertVisitorsPage(Document page, String path) {
        assertThat(page.select(".staff-edit, .staff-bar")).as(path).isEmpty();
        assertThat(page.text()).as(path).doesNotContain("Edit this", "Your dashboard");
        assertThat(page.select(".site-footer a[href=/login]").text()).as(path).isEqualTo("Staff sign in");
    }

    private Cookie session(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(response(request).getContentAsString());
    }
}
