package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.partnership.support.DemoContent;

/**
 * The calendar on the schools' own websites: the framed page /embed/events and the JSON at /events.json, their
 * filters and limits, who may frame the one and read the other from a script (the schools' websites only), and
 * that neither sets a cookie. Clock fixed on Tue 20 Oct 2026 ({@link FixedClock}); the demo's schools, none of
 * its events.
 */
@CalendarTest
class EmbedAndJsonTest {

    static final String RADLEY = "https://www.radley.org.uk";
    static final String UNLISTED = "https://www.unlisted-school.example";

    private final MockMvc mvc;

    private final EventFixtures fixtures;

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    private final JsonMapper json;

    @Autowired
    EmbedAndJsonTest(MockMvc mvc, EventFixtures fixtures, DataSource dataSource, JdbcClient jdbc, JsonMapper json) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.json = json;
    }

    @BeforeEach
    void schoolsWithoutEvents() {
        DemoContent.load(dataSource);
        jdbc.sql("delete from event").update();
    }

    @Test
    void embedListsTheSchoolsUpcomingEventsWithLinksToTheFullPagesInANewTab() throws Exception {
        fixtures.timed("radley-science-talk", LocalDateTime.of(2026, 11, 3, 16, 0), LocalDateTime.of(2026, 11, 3, 17, 30),
                "radley-college");
        fixtures.timed("larkmead-choir", LocalDateTime.of(2026, 11, 4, 18, 0), LocalDateTime.of(2026, 11, 4, 19, 0),
                "larkmead-school");
        fixtures.allDay("partnership-sports-day", LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 7));
        fixtures.timed("radley-last-term", LocalDateTime.of(2026, 9, 1, 16, 0), LocalDateTime.of(2026, 9, 1, 17, 0),
                "radley-college");
        fixtures.unpublished("radley-draft", LocalDateTime.of(2026, 11, 5, 16, 0), LocalDateTime.of(2026, 11, 5, 17, 0));

        Document page = page(get("/embed/events?school=radley-college"), 200);

        assertThat(page.select("header, nav, footer")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Upcoming events with Radley College");
        assertThat(page.select(".embed-list__title a").eachText()).containsExactly(
                "Fixture radley science talk (opens in a new tab)", "Fixture partnership sports day (opens in a new tab)");
        assertThat(page.select(".embed-list__title a").first().attr("href"))
                .isEqualTo("http://localhost:8080/events/radley-science-talk");
        assertThat(page.select(".embed-list__title a").eachAttr("target")).containsOnly("_blank");
        assertThat(page.select(".embed-list__title a").eachAttr("rel")).containsOnly("noopener");
        assertThat(page.select(".embed-list__when").eachText())
                .containsExactly("Tue 3 Nov 2026, 16:00–17:30", "Sat 7 Nov 2026, all day");
        assertThat(page.select("time").first().attr("datetime")).isEqualTo("2026-11-03T16:00:00+00:00");
        assertThat(page.select("a:contains(Full calendar)").attr("href"))
                .isEqualTo("http://localhost:8080/events?school=radley-college");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).anyMatch(href -> href.startsWith("/css/site"));
    }

    @Test
    void embedFollowsTheCategoryAndAudienceFiltersAndSaysWhenNothingIsComing() throws Exception {
        fixtures.timed("talk-for-students", LocalDateTime.of(2026, 11, 3, 16, 0), LocalDateTime.of(2026, 11, 3, 17, 0));
        fixtures.timed("match-for-parents", LocalDateTime.of(2026, 11, 4, 16, 0), LocalDateTime.of(2026, 11, 4, 17, 0));
        jdbc.sql("""
                update event set category_id = (select id from category where slug = 'sport'),
                                 audiences = array['PARENTS']::varchar[]
                where slug = 'match-for-parents'""").update();

        assertThat(titles(page(get("/embed/events?category=sport"), 200))).containsExactly("Fixture match for parents");
        assertThat(titles(page(get("/embed/events?audience=students"), 200))).containsExactly("Fixture talk for students");
        Document none = page(get("/embed/events?category=music"), 200);
        assertThat(none.select(".empty").text()).isEqualTo("There are no upcoming events.");
        assertThat(none.select("h1").text()).isEqualTo("Upcoming events");
    }

    @Test
    void embedShowsFiveEventsUnlessAskedForMoreUpToTwenty() throws Exception {
        for (int day = 1; day <= 7; day++) {
            fixtures.timed("coaching-" + day, LocalDateTime.of(2026, 11, day, 16, 0), LocalDateTime.of(2026, 11, day, 17, 0));
        }

        assertThat(titles(page(get("/embed/events"), 200))).hasSize(5);
        assertThat(titles(page(get("/embed/events?limit=2"), 200)))
                .containsExactly("Fixture coaching 1", "Fixture coaching 2");
        assertThat(titles(page(get("/embed/events?limit=20"), 200))).hasSize(7);
    }

    @Test
    void aBadSchoolOrLimitGetsA400PageInTheFrameSayingWhatIsWrong() throws Exception {
        for (String limit : List.of("0", "21", "ten")) {
            Document page = page(get("/embed/events?limit=" + limit), 400);
            assertThat(page.select(".error-detail").text()).as(limit)
                    .isEqualTo("“" + limit + "” is not a number of events to show: give a whole number from 1 to 20.");
            assertThat(page.select("header, footer")).isEmpty();
        }
        MockHttpServletResponse unknown = mvc.perform(get("/embed/events?school=hogwarts"))
                .andExpect(status().isBadRequest()).andReturn().getResponse();
        assertThat(Jsoup.parse(unknown.getContentAsString()).select(".error-detail").text())
                .startsWith("There is no school called “hogwarts”.");
        assertThat(unknown.getHeader("Content-Security-Policy")).contains("frame-ancestors 'self' " );
        assertThat(unknown.getHeader("Content-Security-Policy")).contains(RADLEY);
    }

    @Test
    void onlyTheSchoolsWebsitesMayFrameTheEmbedAndNoCookieIsSet() throws Exception {
        jdbc.sql("update school set website = 'https://Intranet.Larkmead.example:8443/calendar/' where slug = 'larkmead-school'")
                .update();
        jdbc.sql("update school set website = null where slug = 'fitzharrys-school'").update();

        MockHttpServletResponse embed = mvc.perform(get("/embed/events?school=radley-college"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andReturn().getResponse();

        String policy = embed.getHeader("Content-Security-Policy");
        String ancestors = policy.substring(policy.indexOf("; frame-ancestors ") + 2);
        assertThat(ancestors).startsWith("frame-ancestors 'self' ").doesNotContain(";");
        // Other tests may have added schools of their own: these are the demo's, as origins.
        assertThat(List.of(ancestors.split(" "))).contains("https://intranet.larkmead.example:8443",
                "https://www.abingdon.org.uk", "https://www.jms.oxon.sch.uk", "https://www.radley.org.uk",
                "https://www.shsk.org.uk");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'").doesNotContain("unsafe-inline");
        // The site of no school is refused: its origin is not among the frame's allowed ancestors.
        assertThat(policy).doesNotContain(UNLISTED).doesNotContain("fitzharrys");
    }

    @Test
    void everyOtherPageStillRefusesToBeFramed() throws Exception {
        for (String path : List.of("/events", "/events/list", "/term-dates", "/", "/events.json")) {
            mvc.perform(get(path))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Content-Security-Policy",
                            org.hamcrest.Matchers.endsWith("; frame-ancestors 'none'")));
        }
    }

    @Test
    void jsonGivesUpcomingEventsInTheDocumentedShapeInLondonTime() throws Exception {
        fixtures.timed("radley-science-talk", LocalDateTime.of(2026, 10, 24, 16, 0),
                LocalDateTime.of(2026, 10, 24, 17, 30), "radley-college");
        fixtures.allDay("partnership-sports-day", LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 8));
        fixtures.cancel(fixtures.timed("rained-off-match", LocalDateTime.of(2026, 11, 10, 14, 0),
                LocalDateTime.of(2026, 11, 10, 16, 0), "larkmead-school"), "Pitch waterlogged");
        fixtures.unpublished("draft-talk", LocalDateTime.of(2026, 11, 5, 16, 0), LocalDateTime.of(2026, 11, 5, 17, 0));
        fixtures.timed("last-week", LocalDateTime.of(2026, 10, 13, 16, 0), LocalDateTime.of(2026, 10, 13, 17, 0));

        MockHttpServletResponse response = mvc.perform(get("/events.json"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("Origin")))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/json");
        JsonNode body = json.readTree(response.getContentAsString());

        assertThat(names(body)).containsExactly("partnership", "generated", "calendar", "events");
        assertThat(body.get("partnership").asString()).isEqualTo("OX14 Learning Partnership");
        assertThat(body.get("generated").asString()).isEqualTo("2026-10-20T13:00:00+01:00");
        assertThat(body.get("calendar").asString()).isEqualTo("http://localhost:8080/events");
        JsonNode events = body.get("events");
        assertThat(events.valueStream().map(event -> event.get("title").asString()).toList()).containsExactly(
                "Fixture radley science talk", "Fixture partnership sports day", "Fixture rained off match");

        JsonNode first = events.get(0);
        assertThat(names(first)).containsExactly("uid", "title", "url", "ics", "start", "end", "allDay", "startDate",
                "endDate", "status", "summary", "venue", "wholePartnership", "schools", "category", "audiences");
        assertThat(first.get("uid").asString()).isEqualTo(jdbc.sql("select uid::text from event where slug = 'radley-science-talk'")
                .query(String.class).single());
        assertThat(first.get("url").asString()).isEqualTo("http://localhost:8080/events/radley-science-talk");
        assertThat(first.get("ics").asString()).isEqualTo("http://localhost:8080/events/radley-science-talk.ics");
        assertThat(first.get("start").asString()).isEqualTo("2026-10-24T16:00:00+01:00");
        assertThat(first.get("end").asString()).isEqualTo("2026-10-24T17:30:00+01:00");
        assertThat(first.get("allDay").asBoolean()).isFalse();
        assertThat(first.get("startDate").asString()).isEqualTo("2026-10-24");
        assertThat(first.get("endDate").asString()).isEqualTo("2026-10-24");
        assertThat(first.get("status").asString()).isEqualTo("published");
        assertThat(first.get("summary").asString()).isEqualTo("A fixture event called Fixture radley science talk.");
        assertThat(first.get("venue").toString()).isEqualTo(
                "{\"name\":\"Amey Theatre\",\"address\":\"Park Road, Abingdon OX14 1DE\",\"onlineUrl\":null}");
        assertThat(first.get("wholePartnership").asBoolean()).isFalse();
        assertThat(first.get("schools").toString()).isEqualTo("[{\"slug\":\"radley-college\",\"name\":\"Radley College\"}]");
        assertThat(first.get("category").toString())
                .isEqualTo("{\"slug\":\"fixture-talks\",\"name\":\"Fixture fixture-talks\"}");
        assertThat(first.get("audiences").toString()).isEqualTo("[\"students\"]");

        JsonNode allDay = events.get(1);
        assertThat(allDay.get("allDay").asBoolean()).isTrue();
        assertThat(allDay.get("startDate").asString()).isEqualTo("2026-11-07");
        assertThat(allDay.get("endDate").asString()).isEqualTo("2026-11-08");
        assertThat(allDay.get("start").asString()).isEqualTo("2026-11-07T00:00:00+00:00");
        assertThat(allDay.get("end").asString()).isEqualTo("2026-11-09T00:00:00+00:00");
        assertThat(allDay.get("wholePartnership").asBoolean()).isTrue();
        assertThat(allDay.get("schools").size()).isZero();
        assertThat(events.get(2).get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void jsonFollowsTheFiltersAndTheLimit() throws Exception {
        fixtures.timed("radley-talk", LocalDateTime.of(2026, 11, 3, 16, 0), LocalDateTime.of(2026, 11, 3, 17, 0),
                "radley-college");
        fixtures.timed("larkmead-talk", LocalDateTime.of(2026, 11, 4, 16, 0), LocalDateTime.of(2026, 11, 4, 17, 0),
                "larkmead-school");
        fixtures.timed("larkmead-match", LocalDateTime.of(2026, 11, 5, 16, 0), LocalDateTime.of(2026, 11, 5, 17, 0),
                "larkmead-school");
        jdbc.sql("update event set category_id = (select id from category where slug = 'sport'), "
                + "audiences = array['PARENTS']::varchar[] where slug = 'larkmead-match'").update();

        assertThat(jsonTitles("/events.json?school=larkmead-school"))
                .containsExactly("Fixture larkmead talk", "Fixture larkmead match");
        assertThat(jsonTitles("/events.json?school=larkmead-school&category=sport")).containsExactly("Fixture larkmead match");
        assertThat(jsonTitles("/events.json?audience=students")).containsExactly("Fixture radley talk", "Fixture larkmead talk");
        assertThat(jsonTitles("/events.json?limit=1")).containsExactly("Fixture radley talk");
        JsonNode body = json.readTree(mvc.perform(get("/events.json?school=larkmead-school")).andReturn().getResponse()
                .getContentAsString());
        assertThat(body.get("calendar").asString()).isEqualTo("http://localhost:8080/events?school=larkmead-school");
    }

    @Test
    void badJsonParametersAnswer400WithTheReasonAsJson() throws Exception {
        MockHttpServletResponse tooMany = mvc.perform(get("/events.json?limit=101").header("Origin", RADLEY))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Access-Control-Allow-Origin", RADLEY))
                .andReturn().getResponse();
        assertThat(json.readTree(tooMany.getContentAsString()).get("error").asString())
                .isEqualTo("“101” is not a number of events to show: give a whole number from 1 to 100.");
        MockHttpServletResponse unknown = mvc.perform(get("/events.json?audience=pupils"))
                .andExpect(status().isBadRequest()).andReturn().getResponse();
        assertThat(json.readTree(unknown.getContentAsString()).get("error").asString()).startsWith("“pupils” is not");
    }

    @Test
    void aSchoolsWebsiteMayReadTheJsonFromAScriptAndNoOtherSiteMay() throws Exception {
        mvc.perform(get("/events.json").header("Origin", RADLEY))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", RADLEY))
                .andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("Origin")))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        for (String other : List.of(UNLISTED, "http://www.radley.org.uk", "https://www.radley.org.uk.example", "null")) {
            mvc.perform(get("/events.json").header("Origin", other))
                    .andExpect(status().isOk())
                    .andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
                    .andExpect(header().doesNotExist("Set-Cookie"));
        }
    }

    @Test
    void theJsonAnswersGetOnly() throws Exception {
        // A preflight (which a script would need for anything but a simple GET) is not answered with CORS headers.
        MockHttpServletResponse preflight = mvc.perform(options("/events.json").header("Origin", RADLEY)
                        .header("Access-Control-Request-Method", "DELETE"))
                .andReturn().getResponse();
        assertThat(preflight.getStatus()).isNotEqualTo(200);
        assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.getHeader("Access-Control-Allow-Methods")).isNull();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/events.json"))
                .andExpect(status().isForbidden());
    }

    private List<String> jsonTitles(String path) throws Exception {
        JsonNode body = json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        return body.get("events").valueStream().map(event -> event.get("title").asString()).toList();
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    private static List<String> titles(Document page) {
        return page.select(".embed-list__title a span:first-child").eachText();
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString());
    }
}
