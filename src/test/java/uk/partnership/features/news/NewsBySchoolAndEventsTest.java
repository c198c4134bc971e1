package uk.partnership.features.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

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
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.support.DemoContent;
import uk.partnership.support.StoppedClock;
import uk.partnership.support.TestClock;

/**
 * Issue 19: a parent filters the news to one school, and a post lists the events it is about, which the coordinator
 * names by pasting the addresses of their pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@StoppedClock
class NewsBySchoolAndEventsTest {

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    private NewsSteps steps;
    private Cookie coordinator;
    private String marker;

    @Autowired
    NewsBySchoolAndEventsTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        steps = new NewsSteps(mvc, jdbc);
        coordinator = steps.coordinator();
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void filteredToASchoolTheListShowsOnlyItsPostsAndSaysSoInTheHeadingTitleAndFilter() throws Exception {
        String larkmead = "Larkmead choir " + marker;
        String fitzharrys = "Fitzharrys robotics " + marker;
        steps.create(larkmead, "publish", "larkmead-school");
        steps.create(fitzharrys, "publish", "fitzharrys-school");

        Document filtered = page("/news?school=larkmead-school");
        Document all = page("/news");

        assertThat(filtered.select("h1").text()).isEqualTo("Larkmead School news");
        assertThat(filtered.title()).startsWith("Larkmead School news");
        assertThat(filtered.select(".news-card__title").eachText()).contains(larkmead).doesNotContain(fitzharrys);
        assertThat(filtered.select(".news-card").eachText())
                .allMatch(card -> card.contains("Larkmead School"), "every post shown is about Larkmead School");
        assertThat(filtered.select("#news-school option[selected]").text()).isEqualTo("Larkmead School");
        assertThat(filtered.select(".news-filter__showing").text()).contains("Showing news about Larkmead School.");
        assertThat(filtered.select(".news-filter__showing a").attr("href")).isEqualTo("/news");
        assertThat(all.select("h1").text()).isEqualTo("News");
        assertThat(all.select(".news-card__title").eachText()).contains(larkmead, fitzharrys);
        assertThat(all.select(".news-filter__showing")).isEmpty();
        assertThat(all.select("#news-school option").eachText()).startsWith("All schools", "Abingdon School");
    }

    @Test
    void theFilterPagesKeepTheSchoolAndTheSchoolPageLinksToItsNews() throws Exception {
        for (int i = 0; i < 11; i++) {
            steps.create("Larkmead week " + i + " " + marker, "publish", "larkmead-school");
        }

        Document first = page("/news?school=larkmead-school");
        Document schoolPage = page("/schools/larkmead-school");

        assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/news?school=larkmead-school&page=2");
        assertThat(page("/news?school=larkmead-school&page=2").title()).startsWith("Larkmead School news, page 2");
        assertThat(schoolPage.select("a:contains(See all news from Larkmead School)").attr("href"))
                .isEqualTo("/news?school=larkmead-school");
    }

    @Test
    void aSchoolWithNoNewsSaysSoAndOffersAllNews() throws Exception {
        long schoolId = jdbc.sql("insert into school (name, slug, sector, colour, position) "
                        + "values (:name, :slug, 'STATE', '#174a7c', 99) returning id")
                .param("name", "Quiet School " + marker).param("slug", "quiet-" + marker).query(Long.class).single();
        try {
            Document quiet = page("/news?school=quiet-" + marker);

            assertThat(quiet.select(".empty").text()).isEqualTo("There is no news about Quiet School " + marker + " yet.");
            assertThat(quiet.select(".news-filter__showing a").text()).isEqualTo("Show all news");
        } finally {
            jdbc.sql("delete from school where id = :id").param("id", schoolId).update();
        }
    }

    @Test
    void anEarlierSchoolAddressRedirectsAndAnUnknownSchoolIsABadRequestThatSaysWhy() throws Exception {
        jdbc.sql("insert into school_slug_history (slug, school_id) select :old, id from school where slug = 'larkmead-school'")
                .param("old", "larkmead-" + marker).update();

        mvc.perform(get("/news?school=larkmead-" + marker + "&page=2")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/news?school=larkmead-school&page=2"));
        String body = mvc.perform(get("/news?school=no-such-school")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(body).text()).contains("There is no school called \u201cno-such-school\u201d");
    }

    @Test
    void aPostListsTheEventsItIsAboutInDateOrderByAnyFormOfTheirAddress() throws Exception {
        List<Event> events = publishedEvents(2);
        Event early = events.get(0);
        Event late = events.get(1);
        jdbc.sql("insert into event_slug_history (slug, event_id) values (:old, :id)")
                .param("old", "old-" + marker).param("id", early.id()).update();
        String title = "Two events " + marker;
        String addresses = "  http://localhost:8080/events/" + late.slug() + "?school=larkmead-school#book\n\n"
                + "/events/old-" + marker + "/\n" + late.slug() + "\n";

        String location = mvc.perform(steps.form(title).param("events", addresses).param("action", "publish"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/admin/news/".length()));
        Document article = page("/news/" + slugOf(id));
        Document form = page("/admin/news/" + id, coordinator);

        assertThat(article.select("#news-events-heading").text()).isEqualTo("The events in this article");
        assertThat(article.select(".news-events .event-card__title a").eachAttr("href"))
                .containsExactly("/events/" + early.slug(), "/events/" + late.slug());
        assertThat(form.select("textarea#events").text().lines().toList()).containsExactly(
                "http://localhost:8080/events/" + late.slug(), "http://localhost:8080/events/" + early.slug());
        assertThat(jdbc.sql("select changes::text from audit_entry where item_type = 'news' and item_id = :id and action = 'created'")
                .param("id", id).query(String.class).single()).contains("events");
    }

    @Test
    void anAddressThatIsNoPublishedEventIsAFieldErrorAndKeepsWhatWasTyped() throws Exception {
        String draft = jdbc.sql("select slug from event where status = 'DRAFT' order by id limit 1")
                .query(String.class).optional().orElse("never-published");
        String typed = "/events/" + publishedEvents(1).getFirst().slug() + "\n/events/" + draft;

        String body = mvc.perform(steps.form("Bad link " + marker).param("events", typed).param("action", "save"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(body);

        assertThat(form.select("#events-error").text()).contains("\u201c/events/" + draft
                + "\u201d is not the address of a published event");
        assertThat(form.select(".error-summary a[href=#events]")).isNotEmpty();
        assertThat(form.select("textarea#events").text()).isEqualTo(typed);
        assertThat(jdbc.sql("select count(*) from news_post where title = :title").param("title", "Bad link " + marker)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPostWithNoEventsHasNoEventsSection() throws Exception {
        long id = steps.create("No events " + marker, "publish");

        assertThat(page("/news/" + slugOf(id)).select(".news-events")).isEmpty();
    }

    private record Event(long id, String slug) {
    }

    private List<Event> publishedEvents(int n) {
        return jdbc.sql("select id, slug from event where status = 'PUBLISHED' order by starts_at, id limit :n")
                .param("n", n).query((rs, row) -> new Event(rs.getLong("id"), rs.getString("slug"))).list();
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from news_post where id = :id").param("id", id).query(String.class).single();
    }

    private Document page(String path, Cookie... session) throws Exception {
        var request = get(path);
        if (session.length > 0) {
            request.cookie(session);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
