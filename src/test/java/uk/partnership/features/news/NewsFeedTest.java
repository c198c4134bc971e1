package uk.partnership.features.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.partnership.support.DemoContent;
import uk.partnership.support.StoppedClock;
import uk.partnership.support.TestClock;

/** The Atom feed, parsed back with Rome: absolute links, stable ids, updated times, newest first, validators. */
@SpringBootTest
@AutoConfigureMockMvc
@StoppedClock
class NewsFeedTest {

    static final String SITE = "http://localhost:8080";

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    NewsSteps steps;

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        steps = new NewsSteps(mvc, jdbc);
    }

    @Test
    void feedIsAtomWithAbsoluteLinksUpdatedTimesAndEntriesNewestFirst() throws Exception {
        String older = "Older " + marker();
        String newer = "Newer " + marker();
        steps.create(older, "publish", "radley-college");
        clock.advance(Duration.ofMinutes(1));
        steps.create(newer, "publish");

        MvcResult result = mvc.perform(get("/news/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn();
        String xml = result.getResponse().getContentAsString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));

        assertThat(xml).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "xml:base=\"" + SITE + "/\"");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("OX14 Learning Partnership news");
        assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
                .containsExactlyInAnyOrder(tuple("alternate", SITE + "/news"), tuple("self", SITE + "/news/feed.atom"));
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).extracting(SyndEntry::getTitle).startsWith(newer, older);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getLink()).startsWith(SITE + "/news/");
            assertThat(entry.getUri()).startsWith("urn:uuid:");
            assertThat(entry.getUpdatedDate()).isNotNull();
            assertThat(entry.getPublishedDate()).isNotNull();
            assertThat(entry.getUpdatedDate()).isAfterOrEqualTo(entry.getPublishedDate());
            assertThat(entry.getAuthor()).isNotBlank();
        });
        List<Date> published = entries.stream().map(SyndEntry::getPublishedDate).toList();
        assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(feed.getPublishedDate()).isEqualTo(entries.stream().map(SyndEntry::getUpdatedDate)
                .max(Date::compareTo).orElseThrow());

        SyndEntry olderEntry = entries.get(1);
        assertThat(olderEntry.getPublishedDate().toInstant()).isEqualTo(clock.instant().minus(Duration.ofMinutes(1)));
        assertThat(olderEntry.getAuthor()).isEqualTo("Jessica Burns");
        assertThat(olderEntry.getDescription().getValue()).isEqualTo("A summary of " + older + ".");
        assertThat(olderEntry.getContents().getFirst().getType()).isEqualTo("html");
        assertThat(olderEntry.getContents().getFirst().getValue()).contains("<strong>important</strong>");
        assertThat(olderEntry.getCategories()).extracting(SyndCategory::getName).containsExactly("radley-college");
    }

    @Test
    void renamedPostKeepsItsEntryIdAndItsUpdatedTimeFollowsTheEdit() throws Exception {
        String title = "Renamed in feed " + marker();
        long id = steps.create(title, "publish");
        SyndEntry before = entry(title);

        clock.advance(Duration.ofMinutes(10));
        mvc.perform(steps.edit(id, steps.version(id), "slug", steps.slugOf(id) + "-renamed"))
                .andExpect(status().is3xxRedirection());
        SyndEntry after = entry(title);

        assertThat(after.getUri()).isEqualTo(before.getUri());
        assertThat(after.getLink()).isEqualTo(before.getLink() + "-renamed");
        assertThat(after.getPublishedDate()).isEqualTo(before.getPublishedDate());
        assertThat(after.getUpdatedDate().toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void unchangedFeedAnswersConditionalRequestsWith304AndAChangeGivesANewEtag() throws Exception {
        steps.create("Validator " + marker(), "publish");
        clock.advance(Duration.ofMinutes(1));
        MvcResult first = mvc.perform(get("/news/feed.atom"))
                .andExpect(header().exists("ETag")).andExpect(header().exists("Last-Modified"))
                .andExpect(header().string("Cache-Control", "max-age=300, public")).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");

        mvc.perform(get("/news/feed.atom").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/news/feed.atom").header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());

        clock.advance(Duration.ofMinutes(1));
        String title = "Validator change " + marker();
        steps.create(title, "publish");

        MvcResult changed = mvc.perform(get("/news/feed.atom").header("If-None-Match", etag))
                .andExpect(status().isOk()).andReturn();
        assertThat(changed.getResponse().getContentAsString()).contains(title);
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        mvc.perform(get("/news/feed.atom").header("If-Modified-Since", lastModified)).andExpect(status().isOk());
    }

    @Test
    void editingAPublishedPostGivesTheFeedANewEtag() throws Exception {
        long id = steps.create("Edited feed " + marker(), "publish");
        String etag = mvc.perform(get("/news/feed.atom")).andReturn().getResponse().getHeader("ETag");

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(steps.edit(id, steps.version(id), "summary", "A corrected summary."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/news/feed.atom").header("If-None-Match", etag)).andExpect(status().isOk());
    }

    @Test
    void scriptsInTheBodyNeverReachTheFeed() throws Exception {
        String title = "Feed safety " + marker();
        long id = steps.create(title, "publish");
        mvc.perform(steps.edit(id, steps.version(id), "body",
                "Hi <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>"))
                .andExpect(status().is3xxRedirection());

        var html = Jsoup.parseBodyFragment(entry(title).getContents().getFirst().getValue()).body();

        assertThat(html.text()).startsWith("Hi");
        assertThat(html.select("script, img, [onerror]")).isEmpty();
        assertThat(html.select("a[href]")).isEmpty();
    }

    private SyndEntry entry(String title) throws Exception {
        String xml = mvc.perform(get("/news/feed.atom")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return new SyndFeedInput().build(new StringReader(xml)).getEntries().stream()
                .filter(entry -> entry.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + title));
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
