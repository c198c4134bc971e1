package uk.partnership.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.support.DemoContent;

/** The site's search (issue 20) as a visitor sees it, on PostgreSQL with the demo partnership. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTest {

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    @Autowired
    SearchPageTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void loadDemoContent() {
        DemoContent.load(dataSource);
    }

    @Test
    void anEmptySearchShowsTheFormAndSaysWhatToType() throws Exception {
        Document page = page(get("/search"), 200);
        assertThat(page.title()).startsWith("Search");
        assertThat(page.select("main form[role=search] input[name=q]")).hasSize(1);
        assertThat(page.select("main .empty").text()).contains("Type a word or two");
        assertThat(page.select(".search-hit")).isEmpty();
    }

    @Test
    void everyPublicPageHasALabelledSearchBoxInTheHeader() throws Exception {
        for (String path : List.of("/", "/events", "/news", "/search?q=radley")) {
            Document page = page(get(path), 200);
            var box = page.select("header form[role=search][action=/search][method=get]");
            assertThat(box).as(path).hasSize(1);
            assertThat(box.select("label[for=site-search-q]").text()).isEqualTo("Search the site");
            assertThat(box.select("input#site-search-q[name=q][type=search]")).hasSize(1);
        }
    }

    @Test
    void upcomingEventsComeFirstPastOnesAreMarkedAndDraftsNeverAppear() throws Exception {
        Instant now = Instant.now();
        event("Quokka club last year", now.minus(Duration.ofDays(300)), "PUBLISHED", null);
        event("Quokka club next month", now.plus(Duration.ofDays(30)), "PUBLISHED", null);
        event("Quokka club next week", now.plus(Duration.ofDays(7)), "PUBLISHED", null);
        event("Quokka club draft", now.plus(Duration.ofDays(3)), "DRAFT", null);

        Document page = page(get("/search").param("q", "quokka"), 200);
        var hits = page.select("#search-events ~ .search-results .search-hit");
        assertThat(hits.eachText()).hasSize(3);
        assertThat(hits.select(".search-hit__title").eachText())
                .containsExactly("Quokka club next week", "Quokka club next month", "Quokka club last year");
        assertThat(hits.get(2).select(".label--past").text()).isEqualTo("Past event");
        assertThat(hits.get(0).select(".label--past")).isEmpty();
        assertThat(page.select("#search-events").text()).isEqualTo("Events (3)");
        assertThat(page.text()).doesNotContain("Quokka club draft");
    }

    @Test
    void theSnippetMarksTheWordsFoundAndNoStoredMarkupReachesThePage() throws Exception {
        news("Axolotl <b>news</b>", "<script>alert('x')</script> The axolotl pond <img src=x onerror=alert(1)> opens.",
                Instant.now().minus(Duration.ofDays(1)), "PUBLISHED");

        String html = mvc.perform(get("/search").param("q", "axolotl")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        var snippet = page.select("#search-news ~ .search-results .search-hit__snippet").first();
        assertThat(snippet).isNotNull();
        assertThat(snippet.select("mark").eachText()).contains("axolotl");
        assertThat(snippet.select("script, img, b")).isEmpty();
        assertThat(snippet.text()).contains("<img src=x onerror=alert(1)>");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>news</b>");
        assertThat(page.select("#search-news ~ .search-results .search-hit__title").text())
                .isEqualTo("Axolotl <b>news</b>");
    }

    @Test
    void aScheduledPostIsFoundOnlyOnceItsTimeHasCome() throws Exception {
        news("Capybara visit announced", "The capybara visit.", Instant.now().plus(Duration.ofDays(2)), "SCHEDULED");
        news("Capybara draft", "A capybara draft.", Instant.now().minus(Duration.ofDays(2)), "DRAFT");

        Document page = page(get("/search").param("q", "capybara"), 200);
        assertThat(page.select(".search-hit")).isEmpty();
        assertThat(page.select(".search__status").text()).contains("Nothing was found for “capybara”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mentorin", "wellbeeing"})
    void aTypingMistakeStillFindsTheDemoContentAndSaysWhatWasSearchedForInstead(String typed) throws Exception {
        Document page = page(get("/search").param("q", typed), 200);
        assertThat(page.select(".search__status").text()).contains("Nothing matched “" + typed + "” exactly")
                .contains("Showing results for “" + typed.replace("mentorin", "mentoring").replace("wellbeeing", "wellbeing") + "” instead");
        assertThat(page.select(".search-hit mark")).isNotEmpty();
        assertThat(page.select(".search-hit")).isNotEmpty();
    }

    @Test
    void resultsAreGroupedByKind() throws Exception {
        Document page = page(get("/search").param("q", "Radley"), 200);
        assertThat(page.select(".search__group h2").eachText()).anySatisfy(h -> assertThat(h).startsWith("Events ("))
                .anySatisfy(h -> assertThat(h).startsWith("Schools ("));
        assertThat(page.select("#search-schools ~ .search-results a").eachAttr("href")).contains("/schools/radley-college");
        assertThat(page.select(".search-hit mark")).isNotEmpty();
    }

    @Test
    void programmePagesAreFoundUnderWhatWeDoAndNeverAsDrafts() throws Exception {
        jdbc.sql("""
                insert into programme_page (title, slug, summary, body, status, created_at, updated_at)
                values ('Quokka club draft', 'quokka-club-draft', 'A draft about quokkas.', 'Quokkas.', 'DRAFT', now(), now())
                on conflict (slug) do nothing""").update();

        Document coaching = page(get("/search").param("q", "coaching"), 200);
        Document onlyPages = page(get("/search").param("q", "coaching").param("kind", "programmes"), 200);

        assertThat(coaching.select("#search-programmes").text()).startsWith("What we do (");
        assertThat(coaching.select("#search-programmes ~ .search-results a").eachAttr("href"))
                .contains("/programmes/academic-coaching");
        assertThat(onlyPages.select(".search__group h2").eachText()).allMatch(h -> h.startsWith("What we do ("));
        assertThat(page(get("/search").param("q", "quokka"), 200).select("#search-programmes")).isEmpty();
        assertThat(page(get("/search").param("q", "coaching").param("category", "academic"), 200)
                .select("#search-programmes")).isEmpty();
    }

    @Test
    void theCalendarsFiltersNarrowTheEventsAndACategoryLeavesOnlyEvents() throws Exception {
        Instant soon = Instant.now().plus(Duration.ofDays(5));
        event("Narwhal talk at Radley", soon, "PUBLISHED", "radley-college");
        event("Narwhal talk at Larkmead", soon.plus(Duration.ofHours(1)), "PUBLISHED", "larkmead-school");
        news("Narwhal news", "About narwhals.", Instant.now().minus(Duration.ofDays(1)), "PUBLISHED");

        Document radley = page(get("/search").param("q", "narwhal").param("school", "radley-college"), 200);
        assertThat(radley.select("#search-events ~ .search-results .search-hit__title").eachText())
                .containsExactly("Narwhal talk at Radley");
        assertThat(radley.select("input[name=school][value=radley-college]").attr("checked")).isNotNull();

        Document academic = page(get("/search").param("q", "narwhal").param("category", "academic"), 200);
        assertThat(academic.select("#search-events ~ .search-results .search-hit")).hasSize(2);
        assertThat(academic.select("#search-news")).isEmpty();

        mvc.perform(get("/search").param("q", "narwhal").param("school", "no-such-school"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void eachKindHasAllItsResultsAPageAtATime() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(10));
        for (int i = 1; i <= 25; i++) {
            event("Wombat workshop " + i, start.plus(Duration.ofDays(i)), "PUBLISHED", null);
        }

        Document overall = page(get("/search").param("q", "wombat"), 200);
        assertThat(overall.select("#search-events ~ .search-results .search-hit")).hasSize(SiteSearch.FIRST_FEW);
        var all = overall.select("a:contains(See all 25 events found)");
        assertThat(all.attr("href")).isEqualTo("/search?q=wombat&kind=events");

        Document first = page(get(all.attr("href")), 200);
        assertThat(first.select(".search-hit")).hasSize(SiteSearch.PAGE_SIZE);
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/search?q=wombat&kind=events&page=2");

        Document second = page(get("/search?q=wombat&kind=events&page=2"), 200);
        assertThat(second.select(".search-hit__title").eachText()).hasSize(5).first().isEqualTo("Wombat workshop 21");
        assertThat(second.select("a[rel=prev]")).hasSize(1);
    }

    @Test
    void aTenThousandCharacterQueryIsRefusedWithAMessageByTheFieldKeepingWhatWasTyped() throws Exception {
        String typed = "a".repeat(10_000);
        Document page = page(get("/search").param("q", typed), 400);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".error-summary a[href=#search-q]").text())
                .isEqualTo("Enter at most 200 characters to search for");
        assertThat(page.select("#search-q-error").text()).contains("Enter at most 200 characters");
        assertThat(page.select("#search-q").val()).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"& | ! :*", "mentoring:*", "!", "\"\"", "\"peer mentoring\"", "'", "\\", "(((", "<->",
            "-", "or", "the", "wellbeing & | !sport", "   ", "\uE000radley\uE001", "a\tb", "ünïcödé ☃"})
    void anyQueryGivesResultsOrAClearMessageNeverAServerError(String typed) throws Exception {
        Document page = page(get("/search").param("q", typed), 200);
        assertThat(page.select("main").text()).containsAnyOf("result", "Nothing", "Type a word or two");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\\b\u0000c", "mentoring\u0007"})
    void aQueryWithAControlCharacterIsABadRequestThatSaysSo(String typed) throws Exception {
        assertThat(page(get("/search").param("q", typed), 400).text())
                .contains("The value given for “q” is not in the expected form");
    }

    @Test
    void anUnknownKindOrPageIsABadRequestThatSaysSo() throws Exception {
        assertThat(page(get("/search").param("q", "radley").param("kind", "pictures"), 400).text())
                .contains("“pictures” is not a kind of result");
        assertThat(page(get("/search").param("q", "radley").param("kind", "events").param("page", "0"), 400).text())
                .contains("“0” is not a page number");
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString());
    }

    private void event(String title, Instant start, String status, String host) {
        long id = jdbc.sql("""
                        insert into event (title, slug, summary, all_day, starts_at, ends_at, category_id, status,
                                           whole_partnership)
                        values (:title, :slug, :summary, false, :start, :end,
                                (select id from category where slug = 'academic'), :status, :whole)
                        returning id""")
                .param("title", title).param("slug", slug(title)).param("summary", "About " + title + ".")
                .param("start", start.atOffset(ZoneOffset.UTC))
                .param("end", start.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
                .param("status", status).param("whole", host == null)
                .query(Long.class).single();
        if (host != null) {
            jdbc.sql("insert into event_host (event_id, school_id) select :id, id from school where slug = :slug")
                    .param("id", id).param("slug", host).update();
        }
    }

    private void news(String title, String body, Instant publishAt, String status) {
        jdbc.sql("""
                        insert into news_post (title, slug, summary, body, status, publish_at, author_name)
                        values (:title, :slug, '', :body, :status, :publishAt, 'Jessica Burns')""")
                .param("title", title).param("slug", slug(title)).param("body", body).param("status", status)
                .param("publishAt", OffsetDateTime.ofInstant(publishAt, ZoneOffset.UTC)).update();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-"
                + Long.toString(System.nanoTime(), 36);
    }
}
