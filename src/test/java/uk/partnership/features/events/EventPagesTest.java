package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.support.DemoContent;

/** The public calendar's pages, on PostgreSQL, with the clock fixed on Tue 20 Oct 2026 (see {@link FixedClock}). */
@CalendarTest
class EventPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void schools() {
        DemoContent.load(dataSource);
    }

    @Test
    void eventPageWritesTheTimeWithWeekdayInLondonTime() throws Exception {
        fixtures.timed("science-talk", LocalDateTime.of(2026, 3, 3, 16, 0), LocalDateTime.of(2026, 3, 3, 17, 30),
                "radley-college");

        Document page = page("/events/science-talk");

        assertThat(page.select("time").first().text()).isEqualTo("Tue 3 Mar 2026, 16:00–17:30");
        assertThat(page.select("time").first().attr("datetime")).isEqualTo("2026-03-03T16:00:00+00:00");
        assertThat(page.select("h1").text()).isEqualTo("Fixture science talk");
        assertThat(page.select(".summary-list").text()).contains("Radley College", "Amey Theatre",
                "Park Road, Abingdon OX14 1DE", "Students", "Year 12", "Year 13");
        assertThat(page.select("a:contains(OpenStreetMap)").attr("href"))
                .startsWith("https://www.openstreetmap.org/search?query=Park%20Road");
        assertThat(page.select(".prose strong").text()).isEqualTo("Markdown");
    }

    @Test
    void eventAtHalfPastOneOnTheOctoberClockChangeIsShownInSummerTime() throws Exception {
        fixtures.timed("night-sky-watch", LocalDateTime.of(2026, 10, 25, 1, 30), LocalDateTime.of(2026, 10, 25, 3, 0));

        Document page = page("/events/night-sky-watch");

        assertThat(page.select(".summary-list time").text()).isEqualTo("Sun 25 Oct 2026, 01:30–03:00");
        assertThat(page.select(".summary-list time").attr("datetime")).isEqualTo("2026-10-25T01:30:00+01:00");
        assertThat(jsonLd(page)).contains("\"startDate\":\"2026-10-25T01:30:00+01:00\"",
                "\"endDate\":\"2026-10-25T03:00:00+00:00\"");
    }

    @Test
    void eventAtTenTheDayAfterTheClocksGoBackIsInGreenwichMeanTime() throws Exception {
        fixtures.timed("monday-coaching", LocalDateTime.of(2026, 10, 26, 10, 0), LocalDateTime.of(2026, 10, 26, 11, 0));

        Document page = page("/events/monday-coaching");

        assertThat(page.select(".summary-list time").text()).isEqualTo("Mon 26 Oct 2026, 10:00–11:00");
        assertThat(page.select(".summary-list time").attr("datetime")).isEqualTo("2026-10-26T10:00:00+00:00");
        assertThat(jsonLd(page)).contains("\"startDate\":\"2026-10-26T10:00:00+00:00\"");
    }

    @Test
    void allDayAndMultiDayEventsAreWrittenAsDates() throws Exception {
        fixtures.allDay("sports-day", LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 7));
        fixtures.allDay("arts-festival", LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 28));
        fixtures.timed("residential", LocalDateTime.of(2027, 3, 26, 16, 0), LocalDateTime.of(2027, 3, 28, 15, 0));

        assertThat(page("/events/sports-day").select(".summary-list time").text()).isEqualTo("Sat 7 Nov 2026, all day");
        assertThat(page("/events/arts-festival").select(".summary-list time").text())
                .isEqualTo("Fri 26 Mar 2027 – Sun 28 Mar 2027");
        assertThat(page("/events/residential").select(".summary-list time").text())
                .isEqualTo("Fri 26 Mar 2027, 16:00 – Sun 28 Mar 2027, 15:00");
        assertThat(jsonLd(page("/events/arts-festival"))).contains("\"startDate\":\"2027-03-26\"",
                "\"endDate\":\"2027-03-28\"");
    }

    @Test
    void cancelledEventSaysSoAtTheTopAndInItsData() throws Exception {
        fixtures.cancel(fixtures.timed("choir-evening", LocalDateTime.of(2026, 11, 12, 19, 0),
                LocalDateTime.of(2026, 11, 12, 21, 0)), "The hall is flooded.");

        Document page = page("/events/choir-evening");

        assertThat(page.title()).startsWith("Cancelled: Fixture choir evening");
        assertThat(page.select(".notice--cancelled").text())
                .contains("This event has been cancelled", "The hall is flooded.");
        assertThat(page.select("main > section > .notice--cancelled, main .notice--cancelled").first())
                .isEqualTo(page.select("main .notice, main h1").first());
        assertThat(jsonLd(page)).contains("\"eventStatus\":\"https://schema.org/EventCancelled\"");
        assertThat(page("/events?month=2026-11").select(".event-item--cancelled").text())
                .contains("Fixture choir evening", "Cancelled");
    }

    @Test
    void draftIsNotFoundAnywhere() throws Exception {
        fixtures.unpublished("secret-plans", LocalDateTime.of(2026, 10, 28, 16, 0), LocalDateTime.of(2026, 10, 28, 17, 0));

        mvc.perform(get("/events/secret-plans")).andExpect(status().isNotFound());
        mvc.perform(get("/events/secret-plans.ics")).andExpect(status().isNotFound());
        assertThat(body("/events?month=2026-10")).doesNotContain("secret-plans", "Fixture secret plans");
        assertThat(body("/events/list")).doesNotContain("secret-plans");
        assertThat(body("/events/feed.ics")).doesNotContain("Fixture secret plans");
        assertThat(body("/sitemap.xml")).doesNotContain("secret-plans");
        assertThat(body("/")).doesNotContain("secret-plans");
    }

    @Test
    void monthGridIsATableWithWeekdayHeadersAndEachEventOnItsDays() throws Exception {
        fixtures.timed("coaching-session", LocalDateTime.of(2026, 11, 3, 16, 0), LocalDateTime.of(2026, 11, 3, 17, 30),
                "john-mason-school");
        fixtures.allDay("three-day-festival", LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 20));

        Document page = page("/events?month=2026-11");

        assertThat(page.select("table.month thead th").eachText()).containsExactly(
                "Mon Monday", "Tue Tuesday", "Wed Wednesday", "Thu Thursday", "Fri Friday", "Sat Saturday", "Sun Sunday");
        assertThat(page.select("table.month thead th").first().attr("scope")).isEqualTo("col");
        var cell = page.select("td:has(time[datetime=2026-11-03])").first();
        assertThat(cell.select(".event-item").text()).contains("16:00–17:30", "Fixture coaching session", "John Mason School");
        assertThat(page.select("h2#month-heading").text()).isEqualTo("November 2026");
    }

    /**
     * Issue 18: the template's variables, down to each day and event of the grid, are kept by its view rather than
     * written to the request through every wrapper; what the filters put in the request (the CSRF token) stays there.
     */
    @Test
    void monthGridKeepsItsTemplateVariablesOutOfTheRequest() throws Exception {
        fixtures.timed("coaching-session", LocalDateTime.of(2026, 11, 3, 16, 0), LocalDateTime.of(2026, 11, 3, 17, 30),
                "john-mason-school");

        var result = mvc.perform(get("/events?month=2026-11")).andExpect(status().isOk()).andReturn();

        assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select(".event-item").text())
                .contains("Fixture coaching session");
        assertThat(result.getModelAndView().getModel()).containsKey("grid");
        assertThat(Collections.list(result.getRequest().getAttributeNames()))
                .contains("_csrf").doesNotContain("grid", "week", "day", "event");
    }

    @Test
    void eventOfSeveralDaysIsOneBarAcrossItsDaysOfEachWeekAndMetOnceByKeyboard() throws Exception {
        // Wed 18 to Tue 24 Nov 2026: Wed to Sun in one row, Mon and Tue in the next.
        fixtures.allDay("week-long-festival", LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 24), "larkmead-school");
        fixtures.timed("festival-talk", LocalDateTime.of(2026, 11, 19, 16, 0), LocalDateTime.of(2026, 11, 19, 17, 0));

        Document page = page("/events?month=2026-11");

        var bars = page.select("a[href=/events/week-long-festival]");
        assertThat(bars).hasSize(2);
        assertThat(page.select("td:has(time[datetime=2026-11-18]) .month__slot--span-5 .event-item--bar").text())
                .contains("Wed 18 Nov – Tue 24 Nov", "Fixture week long festival", "Larkmead School");
        assertThat(page.select("td:has(time[datetime=2026-11-23]) .month__slot--span-2").hasClass("month__slot--continued"))
                .isTrue();
        assertThat(page.select("td:has(time[datetime=2026-11-23]) .month__slot--continued").attr("aria-hidden"))
                .isEqualTo("true");
        assertThat(bars.last().attr("tabindex")).isEqualTo("-1");
        var items = page.select("td:has(time[datetime=2026-11-19]) li");
        assertThat(items.first().hasClass("month__slot--empty"))
                .as("the bar's lane is kept in the days it passes, so their events come below it").isTrue();
        assertThat(items.last().text()).contains("Fixture festival talk");
        assertThat(page.select("td:has(time[datetime=2026-11-19])").hasClass("month__day--empty")).isFalse();
        assertThat(page.select("td:has(time[datetime=2026-11-20])").hasClass("month__day--empty"))
                .as("a day the bar only passes is listed nowhere on a narrow screen").isTrue();
        assertThat(page.select(".legend .school-tag").eachText()).contains("Larkmead School", "Whole partnership");
    }

    @Test
    void filteredMonthSaysWhatItShowsInItsHeadingTitleAndALineOfRemovableFilters() throws Exception {
        Document page = page("/events?month=2026-12&school=larkmead-school&audience=parents");

        assertThat(page.select("h1").text()).isEqualTo("Larkmead School, Parents and carers events, December 2026");
        assertThat(page.title()).startsWith("Larkmead School, Parents and carers events, December 2026");
        assertThat(page.select("details.filters").hasAttr("open")).as("the panel is closed once applied").isFalse();
        assertThat(page.select(".showing").text())
                .isEqualTo("Showing: Remove filter: Larkmead School ✕ Remove filter: Parents and carers ✕ · Clear all");
        assertThat(page.select(".showing__chip").eachAttr("href")).containsExactly(
                "/events?month=2026-12&audience=parents", "/events?month=2026-12&school=larkmead-school");
        assertThat(page.select(".showing__clear").attr("href")).isEqualTo("/events?month=2026-12");
        assertThat(page.select(".view-switch a").eachAttr("href")).containsExactly(
                "/events/list?school=larkmead-school&audience=parents",
                "/events/past?school=larkmead-school&audience=parents", "/term-dates");
        assertThat(page("/events?month=2026-12").select(".showing, .legend + .showing")).isEmpty();
        assertThat(page("/events?month=2026-12").select("h1").text()).isEqualTo("Events calendar");
    }

    @Test
    void goToThisMonthIsOfferedOnlyOnAnotherMonth() throws Exception {
        assertThat(page("/events").select(".month-nav__today")).isEmpty();
        assertThat(page("/events?month=2026-12&school=radley-college").select(".month-nav__today a").attr("href"))
                .isEqualTo("/events?month=2026-10&school=radley-college");
    }

    @Test
    void emptyMonthOffersToClearTheFiltersAndTheNextMonthWithMatchingEvents() throws Exception {
        fixtures.timed("far-off-larkmead-talk", LocalDateTime.of(2027, 5, 12, 18, 0), LocalDateTime.of(2027, 5, 12, 19, 0),
                "larkmead-school");
        fixtures.timed("sooner-radley-talk", LocalDateTime.of(2027, 2, 12, 18, 0), LocalDateTime.of(2027, 2, 12, 19, 0),
                "radley-college");

        Document page = page("/events?month=2026-12&school=larkmead-school&category=fixture-talks");

        assertThat(page.select(".empty-results a").eachText())
                .containsExactly("See May 2027, the next month with events", "Clear filters");
        assertThat(page.select(".empty-results a").eachAttr("href")).containsExactly(
                "/events?month=2027-05&school=larkmead-school&category=fixture-talks", "/events?month=2026-12");
        assertThat(page("/events?month=2027-06&school=larkmead-school&category=fixture-talks")
                .select(".empty-results a").eachText()).containsExactly("Clear filters");
    }

    @Test
    void filteredListAndArchiveNameTheFilterAndOfferToClearItWhenEmpty() throws Exception {
        fixtures.category("fixture-talks");
        Document list = page("/events/list?school=larkmead-school&category=fixture-talks&from=2030-01-01");

        assertThat(list.select("h1").text()).isEqualTo("Upcoming Larkmead School, Fixture fixture-talks events");
        assertThat(list.select(".showing__chip").eachAttr("href")).containsExactly(
                "/events/list?from=2030-01-01&category=fixture-talks", "/events/list?from=2030-01-01&school=larkmead-school");
        assertThat(list.select(".empty-results a").eachAttr("href")).containsExactly("/events/list?from=2030-01-01");
        assertThat(list.select(".view-switch a").first().attr("href"))
                .isEqualTo("/events?month=2030-01&school=larkmead-school&category=fixture-talks");
        assertThat(page("/events/past?audience=staff").select("h1").text()).isEqualTo("Past Staff events");
    }

    @Test
    void monthAsAListHoldsEveryEventOfTheMonthOnOnePageToPrint() throws Exception {
        for (int day = 1; day <= 25; day++) {
            fixtures.timed("january-club-" + day, LocalDateTime.of(2030, 1, day, 16, 0), LocalDateTime.of(2030, 1, day, 17, 0),
                    "larkmead-school");
        }
        fixtures.timed("february-club", LocalDateTime.of(2030, 2, 1, 16, 0), LocalDateTime.of(2030, 2, 1, 17, 0),
                "larkmead-school");

        Document page = page("/events/list?month=2030-01&school=larkmead-school&category=fixture-talks");

        assertThat(page.select("h1").text()).isEqualTo("Larkmead School, Fixture fixture-talks events, January 2030");
        assertThat(page.title()).startsWith("Larkmead School, Fixture fixture-talks events, January 2030");
        assertThat(page.select(".event-card")).hasSize(25);
        assertThat(page.select(".pagination")).isEmpty();
        assertThat(page.select("h2.day-heading").first().text()).isEqualTo("Tue 1 Jan 2030");
        assertThat(page.select(".view-switch a").first().attr("href"))
                .isEqualTo("/events?month=2030-01&school=larkmead-school&category=fixture-talks");
        assertThat(page.select("input[name=month]").val()).isEqualTo("2030-01");
        assertThat(page("/events?month=2030-01&school=larkmead-school").select(".month-list-link a").attr("href"))
                .isEqualTo("/events/list?month=2030-01&school=larkmead-school");
        mvc.perform(get("/events/list").param("month", "2030-13")).andExpect(status().isBadRequest());
    }

    @Test
    void aTermsEventsAreListedOnOnePageToPrintFromTheTermDates() throws Exception {
        long term = jdbc.sql("""
                insert into term_break (kind, name, first_day, last_day)
                values ('TERM', 'Lent term', date '2031-01-06', date '2031-03-21') returning id""")
                .query(Long.class).single();
        long holiday = jdbc.sql("""
                insert into term_break (kind, name, first_day, last_day)
                values ('HOLIDAY', 'Lent half term', date '2031-02-15', date '2031-02-23') returning id""")
                .query(Long.class).single();
        fixtures.timed("lent-first", LocalDateTime.of(2031, 1, 6, 16, 0), LocalDateTime.of(2031, 1, 6, 17, 0),
                "larkmead-school");
        fixtures.timed("lent-last", LocalDateTime.of(2031, 3, 21, 16, 0), LocalDateTime.of(2031, 3, 21, 17, 0),
                "larkmead-school");
        fixtures.timed("after-lent", LocalDateTime.of(2031, 3, 22, 10, 0), LocalDateTime.of(2031, 3, 22, 11, 0),
                "larkmead-school");

        Document page = page("/events/list?term=" + term + "&school=larkmead-school");

        assertThat(page.select("h1").text()).isEqualTo("Larkmead School events, Lent term 2031");
        assertThat(page.title()).startsWith("Larkmead School events, Lent term 2031");
        assertThat(page.select(".event-card__title").eachText()).contains("Fixture lent first", "Fixture lent last")
                .doesNotContain("Fixture after lent");
        assertThat(page.select(".pagination")).isEmpty();
        // Applying other filters keeps the term; removing one keeps it too.
        assertThat(page.select("input[name=term]").val()).isEqualTo(String.valueOf(term));
        assertThat(page.select(".showing__clear").attr("href")).isEqualTo("/events/list?term=" + term);
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:8080/events/list?term=" + term + "&school=larkmead-school");
        // The term dates link each term's list; a school's page, that school's.
        assertThat(page("/term-dates").select("a.term-date__events").eachAttr("href"))
                .contains("/events/list?term=" + term).doesNotContain("/events/list?term=" + holiday);
        assertThat(page("/schools/larkmead-school").select("a.term-date__events").eachAttr("href"))
                .contains("/events/list?term=" + term + "&school=larkmead-school");

        assertThat(page("/events/list?term=" + term + "&category=languages").select(".empty").text())
                .isEqualTo("There are no events this term with these filters.");
        mvc.perform(get("/events/list").param("term", "lent")).andExpect(status().isBadRequest());
        mvc.perform(get("/events/list").param("term", String.valueOf(holiday))).andExpect(status().isNotFound());
        mvc.perform(get("/events/list").param("term", "999999999")).andExpect(status().isNotFound());
    }

    @Test
    void eventLinksOfAFilteredCalendarKeepItsFiltersAndTheWayBackReturnsToTheEventsMonth() throws Exception {
        fixtures.timed("january-talk", LocalDateTime.of(2027, 1, 14, 18, 0), LocalDateTime.of(2027, 1, 14, 19, 0),
                "larkmead-school");

        assertThat(page("/events?month=2027-01&school=larkmead-school").select(".event-item__link[href*=january-talk]")
                .attr("href")).isEqualTo("/events/january-talk?school=larkmead-school");
        assertThat(page("/events/list?school=larkmead-school&category=fixture-talks").select(".event-card__title a")
                .attr("href")).isEqualTo("/events/january-talk?school=larkmead-school&category=fixture-talks");
        assertThat(page("/events?month=2027-01").select(".event-item__link[href*=january-talk]").attr("href"))
                .isEqualTo("/events/january-talk");

        Document event = page("/events/january-talk?school=larkmead-school");
        assertThat(event.select(".breadcrumbs a").attr("href")).isEqualTo("/events?month=2027-01&school=larkmead-school");
        assertThat(event.select("a:contains(Back to the calendar)").attr("href"))
                .isEqualTo("/events?month=2027-01&school=larkmead-school");
        assertThat(event.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/events/january-talk");
        assertThat(page("/events/january-talk").select(".breadcrumbs a").attr("href")).isEqualTo("/events?month=2027-01");
        mvc.perform(get("/events/january-talk").param("school", "hogwarts")).andExpect(status().isBadRequest());
    }

    @Test
    void bookingAndAddToCalendarComeRightAfterWhenAndWhere() throws Exception {
        Event event = fixtures.timed("bookable-talk", LocalDateTime.of(2026, 11, 10, 16, 0), LocalDateTime.of(2026, 11, 10, 17, 30));
        event.booking("Free. Please book.", "https://tickets.example.org/talk");
        fixtures.save(event);

        Document page = page("/events/bookable-talk");

        var top = page.select(".event-top").first();
        assertThat(top.select("dt").eachText()).containsExactly("When", "Where");
        assertThat(top.select(".event-actions a.button").text()).isEqualTo("Book a place");
        assertThat(top.select(".event-actions a.button").attr("href")).isEqualTo("https://tickets.example.org/talk");
        assertThat(top.select(".event-actions summary").text()).isEqualTo("Add to your calendar");
        assertThat(top.select(".calendar-links a")).hasSize(4);
    }

    @Test
    void monthDefaultsToThisMonthInLondon() throws Exception {
        assertThat(page("/events").select("h2#month-heading").text()).isEqualTo("October 2026");
    }

    @Test
    void previousAndNextMonthKeepTheFilters() throws Exception {
        Document page = page("/events?month=2026-11&school=radley-college&audience=parents");

        assertThat(page.select("a[rel=prev]").attr("href"))
                .isEqualTo("/events?month=2026-10&school=radley-college&audience=parents");
        assertThat(page.select("a[rel=next]").attr("href"))
                .isEqualTo("/events?month=2026-12&school=radley-college&audience=parents");
        assertThat(page.select("input[name=school][value=radley-college]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=month]").val()).isEqualTo("2026-11");
    }

    @Test
    void badMonthIsABadRequestWithAMessage() throws Exception {
        for (String month : new String[] {"2026-13", "november", "2026-1"}) {
            var result = mvc.perform(get("/events").param("month", month))
                    .andExpect(status().isBadRequest())
                    .andExpect(view().name("error/page"))
                    .andReturn();
            assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select(".error-detail").text())
                    .contains("is not a month", "for example 2026-03");
        }
    }

    @Test
    void unknownFilterValuesAreBadRequestsNotErrors() throws Exception {
        mvc.perform(get("/events").param("school", "hogwarts")).andExpect(status().isBadRequest());
        mvc.perform(get("/events").param("audience", "aliens")).andExpect(status().isBadRequest());
        mvc.perform(get("/events/list").param("from", "tomorrow")).andExpect(status().isBadRequest());
        mvc.perform(get("/events/list").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/events/feed.ics").param("category", "nope")).andExpect(status().isBadRequest());
    }

    @Test
    void filtersCombineSchoolsCategoriesAndAudiences() throws Exception {
        Event forParents = fixtures.timed("radley-parents-talk", LocalDateTime.of(2026, 12, 2, 18, 0),
                LocalDateTime.of(2026, 12, 2, 19, 0), "radley-college");
        forParents.forAudiences(EnumSet.of(Audience.PARENTS), Set.of());
        fixtures.save(forParents);
        fixtures.timed("radley-student-talk", LocalDateTime.of(2026, 12, 3, 18, 0), LocalDateTime.of(2026, 12, 3, 19, 0),
                "radley-college");
        fixtures.timed("larkmead-student-talk", LocalDateTime.of(2026, 12, 4, 18, 0),
                LocalDateTime.of(2026, 12, 4, 19, 0), "larkmead-school");
        fixtures.timed("partnership-talk", LocalDateTime.of(2026, 12, 5, 18, 0), LocalDateTime.of(2026, 12, 5, 19, 0));

        assertThat(eventsIn("/events?month=2026-12&school=radley-college"))
                .contains("radley-parents-talk", "radley-student-talk", "partnership-talk")
                .doesNotContain("larkmead-student-talk");
        assertThat(eventsIn("/events?month=2026-12&school=radley-college&audience=parents"))
                .contains("radley-parents-talk").doesNotContain("radley-student-talk", "larkmead-student-talk");
        assertThat(eventsIn("/events?month=2026-12&school=radley-college&school=larkmead-school&category=fixture-talks"))
                .contains("radley-parents-talk", "radley-student-talk", "larkmead-student-talk", "partnership-talk");
        assertThat(eventsIn("/events?month=2026-12&category=fixture-talks&audience=staff")).isEmpty();
    }

    @Test
    void upcomingListGroupsByDayFromTodayAndPages() throws Exception {
        for (int day = 1; day <= 25; day++) {
            fixtures.timed("daily-club-" + day, LocalDateTime.of(2030, 1, day, 16, 0), LocalDateTime.of(2030, 1, day, 17, 0));
        }

        Document first = page("/events/list?from=2030-01-01&category=fixture-talks");
        assertThat(first.select("h2.day-heading").eachText()).startsWith("Tue 1 Jan 2030", "Wed 2 Jan 2030");
        assertThat(first.select(".event-card")).hasSize(EventPagesController.PAGE_SIZE);
        assertThat(first.select("a[rel=next]").attr("href"))
                .isEqualTo("/events/list?from=2030-01-01&category=fixture-talks&page=2");

        Document second = page("/events/list?from=2030-01-01&category=fixture-talks&page=2");
        assertThat(second.select(".event-card")).hasSize(5);
        assertThat(second.select("h2.day-heading").first().text()).isEqualTo("Mon 21 Jan 2030");
        assertThat(second.select("a[rel=prev]")).isNotEmpty();
    }

    /** The coming events are found from their starts, bounded by the longest event's length (issue 18). */
    @Test
    void anEventStillOnIsComingUpHoweverLongAgoItStarted() throws Exception {
        fixtures.allDay("year-long-exhibition", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 12, 18), "radley-college");
        fixtures.allDay("ended-exhibition", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 10, 19), "radley-college");

        var titles = page("/events/list?category=fixture-talks").select(".event-card__title").eachText();
        assertThat(titles).contains("Fixture year long exhibition").doesNotContain("Fixture ended exhibition");
        assertThat(page("/schools/radley-college").select(".event-card__title").eachText())
                .contains("Fixture year long exhibition");
    }

    @Test
    void pastEventsAreNewestFirst() throws Exception {
        fixtures.timed("old-talk", LocalDateTime.of(2026, 9, 1, 16, 0), LocalDateTime.of(2026, 9, 1, 17, 0));
        fixtures.timed("older-talk", LocalDateTime.of(2026, 8, 1, 16, 0), LocalDateTime.of(2026, 8, 1, 17, 0));
        fixtures.timed("future-talk", LocalDateTime.of(2026, 12, 1, 16, 0), LocalDateTime.of(2026, 12, 1, 17, 0));

        var titles = page("/events/past?category=fixture-talks").select(".event-card__title").eachText();

        assertThat(titles).containsSubsequence("Fixture old talk", "Fixture older talk")
                .doesNotContain("Fixture future talk");
    }

    @Test
    void schoolPageShowsItsUpcomingEventsAndOffersItsFeed() throws Exception {
        fixtures.timed("fitzharrys-open-evening", LocalDateTime.of(2026, 11, 5, 18, 0),
                LocalDateTime.of(2026, 11, 5, 20, 0), "fitzharrys-school");

        Document page = page("/schools/fitzharrys-school");

        assertThat(page.select(".event-card__title").eachText()).contains("Fixture fitzharrys open evening");
        // The first subscribe box is the events'; the school's term dates have one of their own (issue 19).
        assertThat(page.select("[aria-labelledby=subscribe-heading] a[href^=webcal://]").attr("href"))
                .isEqualTo("webcal://localhost:8080/events/feed.ics?school=fitzharrys-school");
        assertThat(page.select("[aria-labelledby=subscribe-heading] code").text())
                .isEqualTo("http://localhost:8080/events/feed.ics?school=fitzharrys-school");
        assertThat(page.select("[aria-labelledby=subscribe-heading]").text()).contains("about once a day");
        assertThat(page.select("[aria-labelledby=term-feed-heading] code").text())
                .isEqualTo("http://localhost:8080/term-dates.ics?school=fitzharrys-school");
    }

    @Test
    void calendarPagesOfferTheFilteredFeed() throws Exception {
        Document page = page("/events?school=abingdon-school&audience=parents");

        assertThat(page.select(".subscribe a[href^=webcal://]").attr("href"))
                .isEqualTo("webcal://localhost:8080/events/feed.ics?school=abingdon-school&audience=parents");
        assertThat(page.select(".subscribe").text()).contains("Google Calendar and Outlook refresh subscriptions about once a day");
    }

    @Test
    void oldSlugOfARenamedEventRedirectsPermanently() throws Exception {
        Event event = fixtures.timed("renamed-talk", LocalDateTime.of(2026, 11, 9, 16, 0), LocalDateTime.of(2026, 11, 9, 17, 0));
        jdbc.sql("insert into event_slug_history (slug, event_id) values ('original-talk', :id)")
                .param("id", event.getId()).update();

        mvc.perform(get("/events/original-talk")).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/events/renamed-talk"));
        mvc.perform(get("/events/original-talk.ics")).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/events/renamed-talk.ics"));
    }

    @Test
    void addToCalendarOffersIcsGoogleOutlookAndOutlookForWorkOrSchool() throws Exception {
        fixtures.timed("media-workshop", LocalDateTime.of(2026, 11, 10, 16, 0), LocalDateTime.of(2026, 11, 10, 17, 30));

        Document page = page("/events/media-workshop");

        assertThat(page.select(".calendar-links a").eachAttr("href")).satisfiesExactly(
                ics -> assertThat(ics).isEqualTo("/events/media-workshop.ics"),
                google -> assertThat(google).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE")
                        .contains("dates=20261110T160000Z/20261110T173000Z"),
                outlook -> assertThat(outlook).startsWith("https://outlook.live.com/calendar/0/deeplink/compose")
                        .contains("startdt=2026-11-10T16:00:00Z"),
                work -> assertThat(work).startsWith("https://outlook.office.com/calendar/0/deeplink/compose")
                        .contains("startdt=2026-11-10T16:00:00Z"));
        mvc.perform(get("/events/media-workshop.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"));
    }

    @Test
    void unknownEventIsNotFound() throws Exception {
        mvc.perform(get("/events/no-such-event")).andExpect(status().isNotFound());
        mvc.perform(get("/events/no-such-event.ics")).andExpect(status().isNotFound());
    }

    private List<String> eventsIn(String path) throws Exception {
        return page(path).select(".event-item__link").eachAttr("href").stream()
                .map(href -> href.substring("/events/".length()).replaceFirst("\\?.*", "")).toList();
    }

    private static String jsonLd(Document page) {
        return page.select("script[type=application/ld+json]").html();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(body(path));
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
