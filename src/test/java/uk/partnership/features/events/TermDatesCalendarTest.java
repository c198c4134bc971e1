package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

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
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.support.DemoContent;
import uk.partnership.support.StoppedClock;

/**
 * The demo's 2026-27 term dates where visitors meet them outside the term dates page: the feed (parsed back with
 * ical4j), the month grid's shading and key, and a school's page; Abingdon School keeps its own terms and Larkmead
 * School an INSET day of its own. The clock is on Wed 23 Dec 2026.
 */
@SpringBootTest
@AutoConfigureMockMvc
@StoppedClock("2026-12-23T12:00:00Z")
class TermDatesCalendarTest {

    private final MockMvc mvc;
    private final DataSource dataSource;

    @Autowired
    TermDatesCalendarTest(MockMvc mvc, DataSource dataSource) {
        this.mvc = mvc;
        this.dataSource = dataSource;
    }

    @BeforeEach
    void demo() {
        DemoContent.load(dataSource);
    }

    @Test
    void sharedFeedHasTermStartsAndEndsHolidaysAndInsetDaysAsAllDayEntries() throws Exception {
        var response = mvc.perform(get("/term-dates.ics").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse();
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString()));
        Map<String, VEvent> bySummary = bySummary(calendar);

        assertThat(calendar.getRequiredProperty("X-WR-CALNAME").getValue()).isEqualTo("OX14 Learning Partnership: term dates");
        assertThat(bySummary).containsKeys("Autumn term starts", "Autumn term ends", "Spring term starts",
                "Christmas holiday", "Partnership INSET day (joint staff training)").doesNotContainKeys(
                "Michaelmas term starts", "Lent half term", "INSET day");
        assertDays(bySummary.get("Autumn term starts"), "20260903", "20260904");
        assertDays(bySummary.get("Autumn term ends"), "20261218", "20261219");
        // An all-day DTEND is exclusive: the holiday's last day is Sun 3 Jan.
        assertDays(bySummary.get("Christmas holiday"), "20261219", "20270104");
        assertDays(bySummary.get("Partnership INSET day (joint staff training)"), "20270104", "20270105");
        VEvent christmas = bySummary.get("Christmas holiday");
        assertThat(christmas.getRequiredProperty(Property.TRANSP).getValue()).isEqualTo("TRANSPARENT");
        assertThat(christmas.getRequiredProperty(Property.URL).getValue()).isEqualTo("http://localhost:8080/term-dates");
        assertThat(bySummary.get("Autumn term starts").getRequiredProperty(Property.UID).getValue())
                .isNotEqualTo(bySummary.get("Autumn term ends").getRequiredProperty(Property.UID).getValue());

        // A phone that has it already is told nothing changed.
        mvc.perform(get("/term-dates.ics").with(anonymous()).header("If-None-Match", response.getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    @Test
    void aSchoolsFeedHasItsOwnTermsWithTheSharedInsetDaysAndAnUnknownSchoolIsNotFound() throws Exception {
        String ics = mvc.perform(get("/term-dates.ics").param("school", "abingdon-school").with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Map<String, VEvent> bySummary = bySummary(calendar);

        assertThat(calendar.getRequiredProperty("X-WR-CALNAME").getValue())
                .isEqualTo("OX14 Learning Partnership: Abingdon School term dates");
        assertThat(bySummary).containsKeys("Michaelmas term starts", "Lent term ends", "Michaelmas half term",
                "Partnership INSET day (joint staff training)").doesNotContainKeys("Autumn term starts",
                "October half term");
        assertDays(bySummary.get("Michaelmas half term"), "20261017", "20261102");

        mvc.perform(get("/term-dates.ics").param("school", "no-such-school").with(anonymous()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theMonthGridShadesTheHolidaysAndInsetDaysWithAKeyAndLinksTheTermDates() throws Exception {
        Document december = page("/events?month=2026-12");
        assertThat(classOf(december, "2026-12-18")).doesNotContain("month__day--holiday");
        assertThat(classOf(december, "2026-12-19")).contains("month__day--holiday");
        assertThat(classOf(december, "2026-12-31")).contains("month__day--holiday");
        assertThat(cell(december, "2026-12-21").select(".month__term-label").text()).isEqualTo("School holiday");
        assertThat(december.select(".term-key").text()).isEqualTo("Shaded days: School holiday");
        assertThat(december.select(".view-switch__terms[href=/term-dates]").text()).isEqualTo("School term dates");

        Document january = page("/events?month=2027-01");
        assertThat(classOf(january, "2027-01-04")).contains("month__day--inset");
        assertThat(cell(january, "2027-01-04").select(".month__term-label").text())
                .isEqualTo("INSET day (closed to pupils)");
        assertThat(classOf(january, "2027-01-05")).doesNotContain("month__day--inset", "month__day--holiday");
        // A term's first and last days are named in their cells, and only those.
        assertThat(cell(december, "2026-12-18").select(".month__term-edge").text()).isEqualTo("Autumn term ends");
        assertThat(cell(january, "2027-01-04").select(".month__term-edge").text()).isEqualTo("Spring term starts");
        assertThat(december.select(".month__term-edge")).hasSize(1);
        assertThat(page("/events?month=2026-12&school=abingdon-school").select(".month__term-edge").eachText())
                .containsExactly("Michaelmas term ends");
        // A month without INSET days has no INSET day in its key.
        assertThat(december.select(".term-key").text()).doesNotContain("INSET");
    }

    @Test
    void theMonthGridFilteredToOneSchoolShadesThatSchoolsOwnDates() throws Exception {
        Document abingdon = page("/events?month=2026-12&school=abingdon-school");
        assertThat(classOf(abingdon, "2026-12-12")).contains("month__day--holiday");
        assertThat(abingdon.select(".term-key").text()).contains("Shaded days follow Abingdon School's term dates.");

        Document larkmead = page("/events?month=2026-11&school=larkmead-school");
        assertThat(classOf(larkmead, "2026-11-02")).contains("month__day--inset");
        assertThat(classOf(page("/events?month=2026-11"), "2026-11-02")).doesNotContain("month__day--inset");
    }

    @Test
    void aSchoolsPageShowsTheTermDatesItFollowsWithItsFeed() throws Exception {
        Document abingdon = page("/schools/abingdon-school");
        assertThat(abingdon.select("#term-dates").text()).isEqualTo("Term dates");
        assertThat(abingdon.select(".school-terms").text()).contains("Abingdon School keeps its own term dates.");
        assertThat(abingdon.select(".school-terms tbody td:first-child").eachText()).startsWith(
                "Michaelmas term Term Events this term (Michaelmas term)", "Michaelmas half term Holiday",
                "Christmas holiday Holiday Now", "Partnership INSET day (joint staff training) INSET day",
                "Lent term Term Events this term (Lent term)")
                .doesNotContain("Autumn term Term Events this term (Autumn term)");
        assertThat(abingdon.select(".school-terms .subscribe a").eachAttr("href"))
                .contains("webcal://localhost:8080/term-dates.ics?school=abingdon-school");

        Document larkmead = page("/schools/larkmead-school");
        // Its own dates are an extra INSET day only, so it follows the shared terms, and both pages say so alike.
        assertThat(larkmead.select(".school-terms").text()).contains(
                "Larkmead School follows the partnership's shared terms and holidays, with INSET days of its own.");
        assertThat(larkmead.select(".school-terms tbody td:first-child").eachText()).startsWith(
                "Autumn term Term Events this term (Autumn term)", "October half term Holiday", "INSET day INSET day");

        Document shared = page("/term-dates");
        assertThat(shared.select(".term-dates__schools").eachText()).containsExactly(
                "Abingdon School: its term dates", "Larkmead School: its term dates");
        assertThat(shared.select("p:has(+ .term-dates__schools)").eachText()).containsExactly(
                "These schools keep their own term dates (the independent schools' terms usually differ), shown on "
                        + "their pages:",
                "These schools follow the shared terms and holidays, with INSET days of their own, shown on their "
                        + "pages:");
        assertThat(shared.select(".term-dates__schools a").eachAttr("href"))
                .containsExactly("/schools/abingdon-school#term-dates", "/schools/larkmead-school#term-dates");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(anonymous())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private static org.jsoup.nodes.Element cell(Document page, String day) {
        return page.select("td:has(time[datetime=" + day + "])").first();
    }

    private static String classOf(Document page, String day) {
        return cell(page, day).className();
    }

    private static Map<String, VEvent> bySummary(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(
                event -> event.getRequiredProperty(Property.SUMMARY).getValue(), event -> event, (a, b) -> a));
    }

    private static void assertDays(VEvent event, String start, String end) {
        assertThat(event.getRequiredProperty(Property.DTSTART).getValue()).isEqualTo(start);
        assertThat(event.getRequiredProperty(Property.DTSTART).getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(event.getRequiredProperty(Property.DTEND).getValue()).isEqualTo(end);
    }
}
