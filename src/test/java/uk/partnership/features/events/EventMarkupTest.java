package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import uk.partnership.base.images.Picture;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.schools.Sector;

/**
 * The markup written by code for every event a page lists (ADR 0037): the month's items and the cards. What templates
 * did for them (escaping, the filters kept in links, labels, hosts, pictures, a bar read out once) is checked here.
 */
class EventMarkupTest {

    static final ZoneId LONDON = EventCalendarWriterTest.LONDON;
    static final SchoolView LARKMEAD = new SchoolView(2, "Larkmead <School> & \"Sixth Form\"", "larkmead-school",
            Sector.STATE, null, "Faringdon Road", "A school.", "#005A9C", null);

    final EventMarkup markup = new EventMarkup(EventCalendarWriterTest.MESSAGES, MonthGridTest.TIMES);

    @Test
    void everyTextIsEscapedAndLinksKeepTheFilters() {
        EventView event = variant(at("concert", 8), "<script>alert(\"x\")</script> Carols & 'songs'",
                EventStatus.PUBLISHED, List.of(LARKMEAD), false);

        Element item = only(day(grid(event), "?school=larkmead-school&category=music", 8));

        assertThat(item.select("script")).isEmpty();
        assertThat(item.select(".event-item__title").text())
                .isEqualTo("<script>alert(\"x\")</script> Carols & 'songs'");
        assertThat(item.select(".event-item__time").text()).isEqualTo("16:00–17:30");
        assertThat(item.select("a.event-item__link").attr("href"))
                .isEqualTo("/events/concert?school=larkmead-school&category=music");
        assertThat(item.select(".tags .school-tag").eachText()).containsExactly("Larkmead <School> & \"Sixth Form\"");
        assertThat(item.select(".school-tag").hasClass("school-tag--larkmead-school")).isTrue();
        assertThat(item.select(".label")).isEmpty();
    }

    @Test
    void cancelledAndPostponedEventsSaySoAndTheWholePartnershipIsNamed() {
        EventView cancelled = variant(at("cancelled", 8), "Concert", EventStatus.CANCELLED, List.of(), true);
        EventView postponed = postponed(variant(at("postponed", 9), "Play", EventStatus.CANCELLED, List.of(), true));
        MonthGrid month = grid(cancelled, postponed);

        Element first = only(day(month, 8));
        assertThat(first.select(".event-item").hasClass("event-item--cancelled")).isTrue();
        assertThat(first.select(".label--cancelled").text()).isEqualTo("Cancelled");
        assertThat(first.select(".tags").text()).isEqualTo("Whole partnership");
        assertThat(only(day(month, 9)).select(".label--cancelled").text()).isEqualTo("Postponed");
    }

    @Test
    void aBarAcrossTwoWeeksIsReachedOnceWhereItStarts() {
        // Friday 11 to Tuesday 15 December 2026: a bar in each week's row.
        EventView trip = variant(EventCalendarWriterTest.timed("trip",
                        ZonedDateTime.of(2026, 12, 11, 9, 0, 0, 0, LONDON),
                        ZonedDateTime.of(2026, 12, 15, 15, 0, 0, 0, LONDON)),
                "Residential trip", EventStatus.PUBLISHED, List.of(LARKMEAD), false);
        MonthGrid month = grid(trip);

        Element start = only(day(month, 11));
        assertThat(start.classNames()).contains("month__slot", "month__slot--span-3");
        assertThat(start.hasAttr("aria-hidden")).isFalse();
        assertThat(start.select(".event-item--bar").hasClass("school-tag--larkmead-school")).isTrue();
        assertThat(start.select("a").hasAttr("tabindex")).isFalse();
        Element continued = only(day(month, 14));
        assertThat(continued.classNames()).contains("month__slot--span-2", "month__slot--continued");
        assertThat(continued.attr("aria-hidden")).isEqualTo("true");
        assertThat(continued.select("a").attr("tabindex")).isEqualTo("-1");
        Element covered = only(day(month, 12));
        assertThat(covered.classNames()).as("a day the bar covers keeps its lane").contains("month__slot--empty");
        assertThat(covered.attr("aria-hidden")).isEqualTo("true");
        assertThat(covered.children()).isEmpty();
    }

    @Test
    void aCardLinksItsTitleAndSaysWhenWhereAndWhoHosts() {
        EventView event = variant(at("concert", 8), "Carols <by candlelight>", EventStatus.PUBLISHED,
                List.of(LARKMEAD), true);

        Element card = Jsoup.parseBodyFragment(markup.card(event, 3, "?school=larkmead-school&audience=parents"))
                .selectFirst("article.event-card");

        assertThat(card.classNames()).containsExactly("event-card");
        assertThat(card.select("h3.event-card__title a").text()).isEqualTo("Carols <by candlelight>");
        assertThat(card.select("h3.event-card__title a").attr("href"))
                .isEqualTo("/events/concert?school=larkmead-school&audience=parents");
        assertThat(card.select("h2, img, .label")).isEmpty();
        assertThat(card.select(".event-card__when time").attr("datetime")).isEqualTo("2026-12-08T16:00:00+00:00");
        assertThat(card.select(".event-card__when").text()).isEqualTo("Tue 8 Dec 2026, 16:00–17:30");
        assertThat(card.select(".event-card__summary").text()).isEqualTo("A short summary.");
        assertThat(card.select(".event-card__meta > span").first().text()).isEqualTo("Main Hall");
        assertThat(card.select(".event-card__meta .tags .school-tag").eachText())
                .containsExactly("Larkmead <School> & \"Sixth Form\"", "Whole partnership");
    }

    @Test
    void aListsItemsAreItsEventsCardsInOrderEachInItsOwnItem() {
        EventView first = variant(at("concert", 8), "Concert", EventStatus.PUBLISHED, List.of(LARKMEAD), false);
        EventView second = variant(at("play", 9), "Play & <songs>", EventStatus.CANCELLED, List.of(), true);

        Element list = Jsoup.parseBodyFragment("<ul class=\"event-list\">"
                + markup.cardItems(List.of(first, second), 3, "?school=larkmead-school") + "</ul>").selectFirst("ul");

        assertThat(list.children()).hasSize(2).allMatch(item -> item.tagName().equals("li")
                && item.children().size() == 1 && item.child(0).is("article.event-card"));
        assertThat(list.select("li > article h3.event-card__title a").eachText()).containsExactly("Concert",
                "Play & <songs>");
        assertThat(list.select("h3.event-card__title a").eachAttr("href"))
                .containsExactly("/events/concert?school=larkmead-school", "/events/play?school=larkmead-school");
        assertThat(list.child(1).selectFirst("article").hasClass("event-card--cancelled")).isTrue();
        assertThat(markup.cardItems(List.of(), 3, null)).isEmpty();
    }

    @Test
    void aCancelledCardWithAPictureShowsItsSmallCopyAndSaysSo() {
        var picture = new Picture("0123456789abcdef0123456789abcdef", 1600, 900, "jpg", "A choir");
        EventView event = variant(at("concert", 8), "Concert", EventStatus.CANCELLED, List.of(LARKMEAD), false,
                null, picture);

        Element card = Jsoup.parseBodyFragment(markup.card(event, 2, null)).selectFirst("article");

        assertThat(card.classNames()).containsExactly("event-card", "event-card--cancelled", "event-card--picture");
        Element image = card.selectFirst("img.event-card__picture");
        assertThat(image.attr("src")).isEqualTo("/images/0123456789abcdef0123456789abcdef-400.jpg");
        assertThat(image.attr("width")).isEqualTo("400");
        assertThat(image.attr("height")).isEqualTo("225");
        assertThat(image.attr("alt")).as("the card's text says what it is about").isEmpty();
        assertThat(image.attr("loading")).isEqualTo("lazy");
        assertThat(card.select("h2.event-card__title a").attr("href")).isEqualTo("/events/concert");
        assertThat(card.select(".event-card__when .label--cancelled").text()).isEqualTo("Cancelled");
        assertThat(markup.hosts(event)).isEqualTo(
                "<span class=\"tags\"> <span class=\"school-tag school-tag--larkmead-school\">"
                        + "Larkmead &lt;School&gt; &amp; &quot;Sixth Form&quot;</span> </span>");
    }

    @Test
    void charactersBeyondAsciiAreWrittenAsReferencesAndReadAsThemselves() {
        String title = "Café – “Noël” à l’école 🎭";
        EventView event = variant(at("concert", 8), title, EventStatus.PUBLISHED, List.of(LARKMEAD), false);

        String items = html(grid(event), "", LocalDate.of(2026, 12, 8));
        String card = markup.card(event, 2, null);

        assertThat(items + card).as("the markup is ASCII, for the response's fast encoding").matches("\\p{ASCII}*");
        assertThat(items).contains("16:00&#8211;17:30", "Caf&#233; &#8211; &#8220;No&#235;l&#8221;", "&#127917;");
        assertThat(only(day(grid(event), 8)).select(".event-item__title").text()).isEqualTo(title);
        assertThat(Jsoup.parseBodyFragment(card).select(".event-card__title").text()).isEqualTo(title);
        assertThat(Jsoup.parseBodyFragment(card).select(".event-card__when").text())
                .isEqualTo("Tue 8 Dec 2026, 16:00–17:30");
        assertThat(EventMarkup.escape("<b>é</b> & 'x'")).isEqualTo("&lt;b&gt;&#233;&lt;/b&gt; &amp; &#39;x&#39;");
        assertThat(EventMarkup.escape("plain text")).isEqualTo("plain text");
    }

    @Test
    void filterGroupsTickWhatTheFilterHasAndLabelEachCheckbox() {
        var music = new CategoryView(7, "Music & \"Drama\"", "music");
        var sport = new CategoryView(8, "Sport", "sport");
        EventFilter filter = new EventFilter(Set.of("larkmead-school"), Set.of("sport"), EnumSet.of(Audience.PARENTS));

        Element groups = Jsoup.parseBodyFragment(markup.filterGroups(List.of(LARKMEAD), List.of(music, sport), filter))
                .body();

        assertThat(groups.select("fieldset.filters__group > legend").eachText())
                .containsExactly("School", "Category", "Who it is for");
        assertThat(groups.select("input[type=checkbox]").eachAttr("id")).containsExactly("school-larkmead-school",
                "category-music", "category-sport", "audience-students", "audience-parents", "audience-staff",
                "audience-community");
        assertThat(groups.select("input[checked]").eachAttr("id"))
                .containsExactly("school-larkmead-school", "category-sport", "audience-parents");
        assertThat(groups.select("input[name=audience]").eachAttr("value"))
                .containsExactly("students", "parents", "staff", "community");
        Element drama = groups.selectFirst("label[for=category-music]");
        assertThat(drama.text()).isEqualTo("Music & \"Drama\"");
        assertThat(groups.selectFirst("label[for=school-larkmead-school]").text()).isEqualTo(LARKMEAD.name());
        assertThat(groups.selectFirst("label[for=audience-parents]").text()).isEqualTo("Parents and carers");
        assertThat(groups.select("script, b")).isEmpty();
    }

    @Test
    void aDayWithoutItemsHasNone() {
        MonthGrid month = grid(at("concert", 8));

        assertThat(html(month, "", LocalDate.of(2026, 12, 7))).isEmpty();
        assertThat(html(month, "", LocalDate.of(2027, 1, 1))).as("a day of the next month, shown").isEmpty();
    }

    private static MonthGrid grid(EventView... events) {
        return MonthGrid.of(YearMonth.of(2026, 12), List.of(events), LocalDate.of(2026, 12, 1),
                MonthTermDays.of(List.of(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null),
                MonthGridTest.TIMES);
    }

    /** The day's items, parsed as the list the template puts them in. */
    private Elements day(MonthGrid month, int dayOfDecember) {
        return day(month, "", dayOfDecember);
    }

    private Elements day(MonthGrid month, String filterQuery, int dayOfDecember) {
        String items = html(month, filterQuery, LocalDate.of(2026, 12, dayOfDecember));
        return Jsoup.parseBodyFragment("<ul>" + items + "</ul>").select("ul > li");
    }

    private String html(MonthGrid month, String filterQuery, LocalDate date) {
        return markup.dayItems(month.weeks().stream().flatMap(week -> week.days().stream())
                .filter(day -> day.date().equals(date)).findFirst().orElseThrow(), filterQuery);
    }

    private static Element only(Elements items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private static EventView at(String slug, int dayOfDecember) {
        return EventCalendarWriterTest.timed(slug, ZonedDateTime.of(2026, 12, dayOfDecember, 16, 0, 0, 0, LONDON),
                ZonedDateTime.of(2026, 12, dayOfDecember, 17, 30, 0, 0, LONDON));
    }

    private static EventView variant(EventView e, String title, EventStatus status, List<SchoolView> hosts,
                                     boolean wholePartnership) {
        return variant(e, title, status, hosts, wholePartnership, null, null);
    }

    /** A cancelled event moved to a new date two weeks on. */
    private static EventView postponed(EventView e) {
        return variant(e, e.title(), EventStatus.CANCELLED, e.hosts(), e.wholePartnership(),
                new EventView.NewDate("play-2", e.startsAt().plusWeeks(2), false, true), null);
    }

    private static EventView variant(EventView e, String title, EventStatus status, List<SchoolView> hosts,
                                     boolean wholePartnership, EventView.@Nullable NewDate postponedTo,
                                     @Nullable Picture picture) {
        return new EventView(e.id(), e.uid(), title, e.slug(), e.summary(), e.description(), e.allDay(), e.startsAt(),
                e.endsAt(), e.startDate(), e.endDate(), e.venueName(), e.venueAddress(), e.onlineUrl(),
                wholePartnership, hosts, e.category(), e.audiences(), e.yearGroups(), e.bookingText(), e.bookingUrl(),
                status, e.cancelledAt(), e.cancellationReason(), e.sequence(), e.createdAt(), e.updatedAt(),
                postponedTo, e.postponedFrom(), picture, e.picturePupils());
    }
}
