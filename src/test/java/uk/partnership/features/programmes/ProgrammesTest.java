package uk.partnership.features.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.support.DemoContent;

/**
 * Programme pages: the coordinator creates, previews, edits, publishes, unpublishes and deletes them, with errors by
 * field, edit conflicts, slug history and audit entries; visitors read "What we do", one page with its category's
 * coming events and feed, and pages placed in the header's navigation; drafts stay hidden; representatives are
 * refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammesTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private Cookie coordinator;

    @Autowired
    ProgrammesTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        coordinator = session(COORDINATOR, "coordinator demo walnut");
    }

    @Test
    void whatWeDoListsThePublishedStrandsInTheirOrderAndNoDraft() throws Exception {
        long draft = create("Draft strand " + marker(), "save", "WHAT_WE_DO", "");

        Document page = page(get("/programmes"), 200);

        assertThat(page.select("h1").text()).isEqualTo("What we do");
        List<String> titles = page.select(".programme-card__title").eachText();
        assertThat(titles).containsSubsequence("Academic coaching", "Peer mentoring", "Student voice committee",
                "Wellbeing", "Staff professional development", "Higher education support");
        assertThat(titles).doesNotContain(titleOf(draft));
        assertThat(page.select(".programme-card p").eachText())
                .contains("Sixth formers mentor Year 9 students from another school, meeting every week to build confidence.");
        assertThat(page.select(".site-nav a[aria-current=page]").text()).isEqualTo("What we do");
    }

    private Calendar feed(String path) throws Exception {
        var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        return new CalendarBuilder().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
    }

    private static List<String> summaries(Calendar feed) {
        List<VEvent> events = feed.getComponents(Component.VEVENT);
        return events.stream().map(event -> event.getRequiredProperty(Property.SUMMARY).getValue()).toList();
    }

    @Test
    void aPageFollowingACategoryShowsItsComingEventsAndItsCalendarFeed() throws Exception {
        Document page = page(get("/programmes/wellbeing"), 200);

        assertThat(page.title()).isEqualTo("Wellbeing – OX14 Learning Partnership");
        assertThat(page.select(".lead").text()).startsWith("Support for young people, parents and carers");
        assertThat(page.select(".prose strong").text()).isEqualTo("The Abingdon Bridge");
        List<String> shown = page.select(".programme-events .event-card__title").eachText();
        assertThat(shown).isNotEmpty().hasSizeLessThanOrEqualTo(ProgrammePageModel.UPCOMING_EVENTS);
        List<String> wellbeing = jdbc.sql("""
                        select e.title from event e join category c on c.id = e.category_id
                        where c.slug = 'wellbeing' and e.status = 'PUBLISHED' and e.ends_at > :now""")
                .param("now", java.sql.Timestamp.from(Instant.now())).query(String.class).list();
        assertThat(wellbeing).containsAll(shown);
        // The page's own feed, of the events it lists, named after it.
        assertThat(page.select(".subscribe a").eachAttr("href"))
                .contains("webcal://localhost:8080/programmes/wellbeing/feed.ics");
        assertThat(page.select(".subscribe__address").text()).isEqualTo("http://localhost:8080/programmes/wellbeing/feed.ics");
        assertThat(page.select(".subscribe").text()).contains("Add the events of Wellbeing to the calendar");
        Calendar feed = feed("/programmes/wellbeing/feed.ics");
        assertThat(feed.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("OX14 Learning Partnership: Wellbeing");
        assertThat(summaries(feed)).containsAll(shown).containsAll(wellbeing);
        assertThat(page.select(".programme-events a[href='/events/list?category=wellbeing']").text())
                .isEqualTo("All Wellbeing events");
    }

    @Test
    void aPageWithoutCategoryOrSeriesShowsNoEventsSection() throws Exception {
        // The demo's peer mentoring page follows its series (issue 20): this page follows nothing.
        String title = "Nothing followed " + marker();
        long id = create(title, "publish", "NONE", "");
        Document page = page(get("/programmes/" + slugOf(id)), 200);

        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select(".programme-events")).isEmpty();
        assertThat(page.select(".programme-news")).isEmpty();
        mvc.perform(get("/programmes/" + slugOf(id) + "/feed.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aPageFollowingASeriesShowsItsComingDatesAndTheNewsLinkedToThem() throws Exception {
        Document page = page(get("/programmes/peer-mentoring"), 200);

        assertThat(page.select("#programme-events-heading").text()).isEqualTo("Coming up");
        List<String> shown = page.select(".programme-events .event-card__title").eachText();
        assertThat(shown).isNotEmpty().allMatch(title -> title.startsWith("Peer mentoring"));
        // No category, but a feed of its own all the same: the series' dates, whatever their category.
        assertThat(page.select(".programme-events .subscribe__address").text())
                .isEqualTo("http://localhost:8080/programmes/peer-mentoring/feed.ics");
        List<String> dates = jdbc.sql("select title from event where slug like 'peer-mentoring-%' "
                + "and status = 'PUBLISHED' and ends_at > now()").query(String.class).list();
        assertThat(summaries(feed("/programmes/peer-mentoring/feed.ics")))
                .hasSizeGreaterThanOrEqualTo(dates.size()).allMatch(summary -> summary.startsWith("Peer mentoring"));
        assertThat(page.select(".programme-news")).isEmpty();

        // A post linked to one of its dates is the page's latest news.
        String event = jdbc.sql("select slug from event where slug like 'peer-mentoring-%' and status = 'PUBLISHED' "
                + "and starts_at > now() order by starts_at limit 1").query(String.class).single();
        String title = "Mentors trained " + marker();
        mvc.perform(post("/admin/news").with(csrf()).cookie(coordinator).param("title", title)
                        .param("summary", "Twelve new mentors.").param("events", "/events/" + event)
                        .param("action", "publish"))
                .andExpect(status().is3xxRedirection());
        page = page(get("/programmes/peer-mentoring"), 200);
        assertThat(page.select("#programme-news-heading").text()).isEqualTo("Latest news");
        assertThat(page.select(".programme-news .news-card__title").eachText()).first().isEqualTo(title);
    }

    @Test
    void aPageFollowingACategoryShowsTheNewsLinkedToItsEvents() throws Exception {
        Document page = page(get("/programmes/academic-coaching"), 200);

        assertThat(page.select(".programme-news .news-card__title").eachText())
                .contains("Computer science joins academic coaching");
        assertThat(page.select(".programme-news a").eachAttr("href"))
                .contains("/news/computer-science-coaching-added");
    }

    @Test
    void theCoordinatorChoosesTheSeriesAPageFollows() throws Exception {
        long series = jdbc.sql("select series_id from event where slug like 'student-voice-committee-%' "
                + "and series_id is not null limit 1").query(Long.class).single();
        Document form = page(get("/admin/programmes/new").cookie(coordinator), 200);
        String checkbox = form.select("input[name=seriesIds][value=" + series + "]").attr("id");
        assertThat(form.select("label[for=" + checkbox + "]").text())
                .matches("Student voice committee.* \\(\\d+ dates\\)");

        String title = "Follows a series " + marker();
        String location = mvc.perform(post("/admin/programmes").with(csrf()).cookie(coordinator).param("title", title)
                        .param("placement", "NONE").param("position", "0").param("seriesIds", String.valueOf(series))
                        .param("action", "publish"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/admin/programmes/".length()));
        assertThat(page(get(location).cookie(coordinator), 200)
                .select("input[name=seriesIds][value=" + series + "]").hasAttr("checked")).isTrue();
        assertThat(page(get("/programmes/" + slugOf(id)), 200).select(".programme-events .event-card__title")
                .eachText()).isNotEmpty().allMatch(shown -> shown.startsWith("Student voice committee"));
        assertThat(jdbc.sql("select changes::text from audit_entry where item_type = 'programme page' "
                + "and item_id = :id and action = 'created'").param("id", id).query(String.class).single())
                .contains("series");

        Document refused = page(post("/admin/programmes").with(csrf()).cookie(coordinator).param("title", title + " 2")
                .param("placement", "NONE").param("position", "0").param("seriesIds", "987654321")
                .param("action", "save"), 400);
        assertThat(refused.select("#seriesIds-error").text()).isEqualTo("Error: Choose series from the list");
    }

    @Test
    void coordinatorCreatesADraftPreviewsItAndPublishesIt() throws Exception {
        String title = "Reading club " + marker();
        long id = create(title, "save", "WHAT_WE_DO", categoryId("academic"));
        String slug = slugOf(id);

        mvc.perform(get("/programmes/" + slug)).andExpect(status().isNotFound());
        Document preview = page(get("/admin/programmes/" + id + "/preview").cookie(coordinator), 200);
        assertThat(preview.select(".notice--warning").text()).contains("Preview: this draft is not on the public site.");
        assertThat(preview.select("h1").text()).isEqualTo(title);
        assertThat(preview.select("#programme-events-heading").text()).isEqualTo("Coming up: Academic");

        Document typed = page(post("/admin/programmes/" + id).with(csrf()).cookie(coordinator)
                .param("title", title).param("body", "Some *typed* text").param("placement", "WHAT_WE_DO")
                .param("position", "3").param("version", version(id)).param("action", "preview"), 200);
        assertThat(typed.select(".preview .prose em").text()).isEqualTo("typed");
        assertThat(typed.select("textarea#body").text()).isEqualTo("Some *typed* text");

        mvc.perform(post("/admin/programmes/" + id + "/publish").with(csrf()).cookie(coordinator)
                .param("version", version(id))).andExpect(redirectedUrl("/admin/programmes/" + id));

        Document published = page(get("/programmes/" + slug), 200);
        assertThat(published.select("h1").text()).isEqualTo(title);
        assertThat(published.select(".prose strong").text()).isEqualTo("Markdown");
        assertThat(page(get("/admin/programmes").cookie(coordinator), 200).select("table").text())
                .contains(title, "Published");
        assertThat(auditActions(id)).containsExactly("created", "published");

        mvc.perform(post("/admin/programmes/" + id + "/unpublish").with(csrf()).cookie(coordinator)
                .param("version", version(id))).andExpect(redirectedUrl("/admin/programmes/" + id));
        mvc.perform(get("/programmes/" + slug)).andExpect(status().isNotFound());
    }

    @Test
    void markdownIsSanitised() throws Exception {
        long id = create("Sanitised " + marker(), "publish", "NONE", "");
        jdbc.sql("update programme_page set body = '<script>alert(1)</script> [x](javascript:alert(1))' where id = :id")
                .param("id", id).update();

        Document page = page(get("/programmes/" + slugOf(id)), 200);

        assertThat(page.select(".prose script, .prose a[href^=javascript]")).isEmpty();
        assertThat(page.select(".prose").text()).contains("alert(1)");
    }

    @Test
    void badInputGetsAMessageByEachFieldA400AndKeepsWhatWasTyped() throws Exception {
        Document page = page(post("/admin/programmes").with(csrf()).cookie(coordinator)
                .param("title", " ").param("slug", "Not A Slug!").param("summary", "Kept summary")
                .param("body", "Kept *body*").param("placement", "WHAT_WE_DO").param("position", "abc")
                .param("categoryId", "987654").param("action", "save"), 400);

        assertThat(page.title()).startsWith("Error: Add a page");
        assertThat(page.select(".error-summary li").eachText()).containsExactlyInAnyOrder("Enter a title",
                "Use lower-case letters, numbers and hyphens only, like open-evening-2026", "Enter a whole number from 0 to 999",
                "Choose a category from the list");
        assertThat(page.select("#title-error").text()).contains("Enter a title");
        assertThat(page.select("#position-error").text()).contains("Enter a whole number from 0 to 999");
        assertThat(page.select("#categoryId-error").text()).contains("Choose a category from the list");
        assertThat(page.select("input#slug").val()).isEqualTo("Not A Slug!");
        assertThat(page.select("input#position").val()).isEqualTo("abc");
        assertThat(page.select("textarea#summary").text()).isEqualTo("Kept summary");
        assertThat(page.select("textarea#body").text()).isEqualTo("Kept *body*");
    }

    @Test
    void aPositionOutOfRangeAndATakenSlugAreRefusedByTheField() throws Exception {
        long id = create("Position " + marker(), "save", "WHAT_WE_DO", "");

        Document page = page(edit(id, version(id), "position", "1000", "slug", "wellbeing"), 400);

        assertThat(page.title()).startsWith("Error: Edit page");
        assertThat(page.select("#position-error").text()).contains("Enter a whole number from 0 to 999");
        assertThat(page.select("#slug-error").text()).contains("Another item already uses this address");
    }

    @Test
    void renamedSlugRedirectsPermanently() throws Exception {
        long id = create("Renamed " + marker(), "publish", "WHAT_WE_DO", "");
        String old = slugOf(id);

        mvc.perform(edit(id, version(id), "slug", old + "-renamed")).andExpect(redirectedUrl("/admin/programmes/" + id));

        mvc.perform(get("/programmes/" + old)).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/programmes/" + old + "-renamed"));
        mvc.perform(get("/programmes/" + old + "-renamed")).andExpect(status().isOk());
        // A subscription to the old address of its feed keeps working, as a page link does (it follows a category).
        mvc.perform(edit(id, version(id), "categoryId", categoryId("academic")))
                .andExpect(redirectedUrl("/admin/programmes/" + id));
        mvc.perform(get("/programmes/" + old + "/feed.ics")).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/programmes/" + old + "-renamed/feed.ics"));
        assertThat(auditActions(id)).containsExactly("created", "published", "changed", "changed");
    }

    @Test
    void secondOfTwoConcurrentEditsIsRefusedWithWhoAndWhenAndKeepsWhatWasTyped() throws Exception {
        long id = create("Concurrent " + marker(), "save", "WHAT_WE_DO", "");
        String opened = version(id);
        mvc.perform(edit(id, opened, "title", "Concurrent (first editor)")).andExpect(redirectedUrl("/admin/programmes/" + id));

        Document refused = page(edit(id, opened, "title", "Concurrent (second editor)"), 409);

        assertThat(refused.select(".notice--warning").text())
                .contains("jessica.burns@ox14.example.org saved this at", "Your changes are below but not saved");
        assertThat(refused.select("input#title").val()).isEqualTo("Concurrent (second editor)");
        assertThat(titleOf(id)).isEqualTo("Concurrent (first editor)");

        mvc.perform(post("/admin/programmes/" + id + "/publish").with(csrf()).cookie(coordinator).param("version", opened))
                .andExpect(redirectedUrl("/admin/programmes/" + id));
        assertThat(statusOf(id)).isEqualTo("DRAFT");
    }

    @Test
    void aPagePlacedInTheNavigationAppearsInTheHeaderOnceItIsPublished() throws Exception {
        String title = "Nav page " + marker();
        long id = create(title, "save", "NAV", "");
        assertThat(page(get("/"), 200).select(".site-nav a").eachText()).doesNotContain(title);

        mvc.perform(post("/admin/programmes/" + id + "/publish").with(csrf()).cookie(coordinator)
                .param("version", version(id))).andExpect(status().is3xxRedirection());

        Document home = page(get("/"), 200);
        assertThat(home.select(".site-nav a").eachText()).contains(title);
        assertThat(home.select(".site-nav a:contains(" + title + ")").attr("href")).isEqualTo("/programmes/" + slugOf(id));
        assertThat(page(get("/programmes/" + slugOf(id)), 200).select(".site-nav a[aria-current=page]").text())
                .isEqualTo(title);
        assertThat(page(get("/programmes"), 200).select(".programme-card__title").eachText()).doesNotContain(title);

        mvc.perform(post("/admin/programmes/" + id + "/unpublish").with(csrf()).cookie(coordinator)
                .param("version", version(id))).andExpect(status().is3xxRedirection());
        assertThat(page(get("/"), 200).select(".site-nav a").eachText()).doesNotContain(title);
    }

    /** A draft page deleted while another coordinator edits it: what they typed comes back as a new page's form. */
    @Test
    void aDraftDeletedWhileBeingEditedKeepsWhatTheEditorTypedAsANewDraft() throws Exception {
        String title = "Deleted meanwhile " + marker();
        long draft = create(title, "save", "WHAT_WE_DO", "");
        MockHttpServletRequestBuilder opened = edit(draft, version(draft), "title", title + " (changed)");
        mvc.perform(post("/admin/programmes/" + draft + "/delete").with(csrf()).cookie(coordinator)
                .param("version", version(draft))).andExpect(redirectedUrl("/admin/programmes"));

        Document page = page(opened, 404);

        assertThat(page.select(".error-summary").text()).contains("This draft page was deleted after you opened it");
        assertThat(page.select("form[method=post][action=/admin/programmes] input#title").val())
                .isEqualTo(title + " (changed)");
    }

    @Test
    void aDraftCanBeDeletedButAPublishedPageCannot() throws Exception {
        long draft = create("Delete me " + marker(), "save", "WHAT_WE_DO", "");
        long published = create("Keep me " + marker(), "publish", "WHAT_WE_DO", "");

        mvc.perform(post("/admin/programmes/" + draft + "/delete").with(csrf()).cookie(coordinator)
                .param("version", version(draft))).andExpect(redirectedUrl("/admin/programmes"));
        mvc.perform(post("/admin/programmes/" + published + "/delete").with(csrf()).cookie(coordinator)
                .param("version", version(published))).andExpect(redirectedUrl("/admin/programmes/" + published));

        assertThat(jdbc.sql("select count(*) from programme_page where id = :id").param("id", draft)
                .query(Long.class).single()).isZero();
        assertThat(statusOf(published)).isEqualTo("PUBLISHED");
        assertThat(auditActions(draft)).containsExactly("created", "deleted");
    }

    @Test
    void theSitemapListsPublishedPagesOnly() throws Exception {
        long draft = create("Sitemap draft " + marker(), "save", "WHAT_WE_DO", "");

        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();

        assertThat(sitemap).contains("/programmes</loc>", "/programmes/academic-coaching</loc>",
                "/programmes/higher-education-support</loc>").doesNotContain("/programmes/" + slugOf(draft) + "<");
    }

    @Test
    void theAdminNavigationAndTheDashboardLinkToThePages() throws Exception {
        Document dashboard = page(get("/admin").cookie(coordinator), 200);

        assertThat(dashboard.select(".site-nav--wide a[href=/admin/programmes]").text()).isEqualTo("Pages");
        assertThat(dashboard.select("main a[href=/admin/programmes]").text()).isEqualTo("Pages (What we do)");
        Document list = page(get("/admin/programmes").cookie(coordinator), 200);
        assertThat(list.select("table a").eachText()).contains("Academic coaching", "Higher education support");
        assertThat(list.select("tbody tr:contains(Academic coaching) td").get(1).text()).isEqualTo("The “What we do” page (1)");
        assertThat(list.select(".site-nav--wide a[aria-current=page]").text()).isEqualTo("Pages");
    }

    @Test
    void representativeIsRefusedEveryPageAdminRoute() throws Exception {
        Cookie representative = session("radley-college@ox14.example.org", "representative demo maple");
        long id = create("Not for representatives " + marker(), "save", "WHAT_WE_DO", "");
        for (String path : List.of("/admin/programmes", "/admin/programmes/new", "/admin/programmes/" + id,
                "/admin/programmes/" + id + "/preview")) {
            mvc.perform(get(path).cookie(representative)).andExpect(status().isForbidden());
        }
        for (String path : List.of("/admin/programmes", "/admin/programmes/" + id, "/admin/programmes/" + id + "/publish",
                "/admin/programmes/" + id + "/unpublish", "/admin/programmes/" + id + "/delete")) {
            mvc.perform(post(path).with(csrf()).cookie(representative).param("version", "0").param("title", "x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/programmes")).andExpect(redirectedUrl("/login"));
        assertThat(auditActions(id)).containsExactly("created");
    }

    // --- steps ---

    private long create(String title, String action, String placement, String categoryId) throws Exception {
        String location = mvc.perform(post("/admin/programmes").with(csrf()).cookie(coordinator)
                        .param("title", title).param("summary", "About " + title + ".")
                        .param("body", "Some **Markdown** text.").param("placement", placement).param("position", "50")
                        .param("categoryId", categoryId).param("action", action))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/programmes/");
        return Long.parseLong(location.substring("/admin/programmes/".length()));
    }

    /** The edit form as shown, opened at {@code version}, with {@code changes} (name, value…) typed over it. */
    private MockHttpServletRequestBuilder edit(long id, String version, String... changes) throws Exception {
        Document form = page(get("/admin/programmes/" + id).cookie(coordinator), 200);
        var request = post("/admin/programmes/" + id).with(csrf()).cookie(coordinator).param("action", "save");
        String scope = "form[action=/admin/programmes/" + id + "] ";
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        form.select(scope + "input[type=text], " + scope + "textarea").forEach(input ->
                values.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val()));
        values.put("placement", form.select(scope + "input[name=placement][checked]").val());
        values.put("categoryId", form.select(scope + "select[name=categoryId] option[selected]").val());
        values.put("version", version);
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], changes[i + 1]);
        }
        values.forEach(request::param);
        return request;
    }

    private Cookie session(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from programme_page where id = :id").param("id", id)
                .query(Long.class).single());
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from programme_page where id = :id").param("id", id).query(String.class).single();
    }

    private String titleOf(long id) {
        return jdbc.sql("select title from programme_page where id = :id").param("id", id).query(String.class).single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from programme_page where id = :id").param("id", id).query(String.class).single();
    }

    private String categoryId(String slug) {
        return String.valueOf(jdbc.sql("select id from category where slug = :slug").param("slug", slug)
                .query(Long.class).single());
    }

    private List<String> auditActions(long id) {
        return jdbc.sql("select action from audit_entry where item_type = 'programme page' and item_id = :id order by id")
                .param("id", id).query(String.class).list();
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
