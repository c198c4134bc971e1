package uk.partnership.features.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.SeriesRule.Frequency;

/** The rules of repeating events ({@code event_series}) and the term breaks they skip. */
@Component
class EventSeriesStore {

    /** How many other dates an occurrence's page lists. */
    static final int DATES_SHOWN = 10;

    private final JdbcClient jdbc;
    private final ZoneId zone;

    EventSeriesStore(JdbcClient jdbc, SiteProperties site) {
        this.jdbc = jdbc;
        this.zone = site.timeZone();
    }

    long insert(SeriesRule rule) {
        return jdbc.sql("""
                        insert into event_series (frequency, week_of_month, first_day, until_date, occurrence_count,
                                                  skip_term_breaks)
                        values (:frequency, :week, :first, :until, :count, :skip) returning id""")
                .param("frequency", rule.frequency().name())
                .param("week", rule.frequency() == Frequency.MONTHLY_WEEKDAY ? rule.weekOfMonth() : null,
                        java.sql.Types.SMALLINT)
                .param("first", rule.firstDay())
                .param("until", rule.until(), java.sql.Types.DATE)
                .param("count", rule.count(), java.sql.Types.SMALLINT)
                .param("skip", rule.skipTermBreaks())
                .query(Long.class).single();
    }

    Optional<SeriesRule> rule(long id) {
        return jdbc.sql("select * from event_series where id = :id").param("id", id)
                .query((rs, row) -> new SeriesRule(Frequency.valueOf(rs.getString("frequency")),
                        rs.getObject("first_day", LocalDate.class), rs.getInt("week_of_month"),
                        rs.getObject("until_date", LocalDate.class),
                        (Integer) rs.getObject("occurrence_count"), rs.getBoolean("skip_term_breaks")))
                .optional();
    }

    /** The series now ends the day before {@code day}: its later occurrences have moved to another series. */
    void endBefore(long id, LocalDate day) {
        jdbc.sql("""
                        update event_series set until_date = greatest(first_day, :until), occurrence_count = null
                        where id = :id""")
                .param("until", day.minusDays(1)).param("id", id).update();
    }

    /** Forgets a series none of whose occurrences is left. */
    void deleteIfEmpty(long id) {
        jdbc.sql("delete from event_series s where s.id = :id and not exists (select 1 from event e where e.series_id = s.id)")
                .param("id", id).update();
    }

    /** The day of the last occurrence of a series, drafts included. */
    Optional<LocalDate> lastDay(long seriesId) {
        return jdbc.sql("""
                        select max(coalesce(start_date, (starts_at at time zone :zone)::date)) from event
                        where series_id = :id""")
                .param("zone", zone.getId()).param("id", seriesId).query(LocalDate.class).optional();
    }

    /** {@code form} with the series' rule in its "Repeats" fields, up to its last date: as the edit page shows it. */
    EventForm withRepeatOf(EventForm form, long seriesId) {
        SeriesRule rule = rule(seriesId).orElseThrow();
        String until = lastDay(seriesId).map(LocalDate::toString).orElse("");
        return form.withRepeat(EventForm.Repeat.of(rule), until, rule.skipTermBreaks());
    }

    /**
     * What an occurrence's page says about its series: the rule, the day of its last public occurrence, and up to
     * {@link #DATES_SHOWN} other public occurrences that have not ended by {@code now}. One statement; empty when
     * the event does not repeat.
     */
    Optional<SeriesSummary> summary(long eventId, Instant now, boolean drafts) {
        String visible = drafts ? "true" : "o.status <> 'DRAFT'";
        // The series runs until its last date that still takes place.
        String lasting = drafts ? "o.status <> 'CANCELLED'" : "o.status = 'PUBLISHED'";
        List<SeriesSummary> rows = new ArrayList<>();
        jdbc.sql("""
                        select s.frequency, s.week_of_month, s.first_day, s.skip_term_breaks,
                               (select max(coalesce(o.start_date, (o.starts_at at time zone :zone)::date))
                                from event o where o.series_id = s.id and %s) as last_day,
                               d.slug, d.starts_at, d.ends_at, d.all_day, d.start_date, d.end_date, d.status
                        from event e
                        join event_series s on s.id = e.series_id
                        left join lateral (select o.slug, o.starts_at, o.ends_at, o.all_day, o.start_date, o.end_date,
                                                  o.status
                                           from event o
                                           where o.series_id = s.id and o.id <> e.id and %s and o.ends_at > :now
                                           order by o.starts_at, o.id limit :shown) d on true
                        where e.id = :id
                        order by d.starts_at, d.slug""".formatted(lasting, visible))
                .param("zone", zone.getId()).param("id", eventId).param("now", now.atOffset(ZoneOffset.UTC))
                .param("shown", DATES_SHOWN)
                .query(rs -> {
                    if (rows.isEmpty()) {
                        Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
                        LocalDate firstDay = rs.getObject("first_day", LocalDate.class);
                        rows.add(new SeriesSummary(frequency, rs.getInt("week_of_month"), firstDay,
                                rs.getObject("last_day", LocalDate.class), rs.getBoolean("skip_term_breaks"),
                                new ArrayList<>()));
                    }
                    String slug = rs.getString("slug");
                    if (slug != null) {
                        boolean allDay = rs.getBoolean("all_day");
                        ZonedDateTime startsAt = rs.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(zone);
                        rows.getFirst().otherDates().add(new SeriesSummary.OtherDate(slug, allDay,
                                allDay ? rs.getObject("start_date", LocalDate.class) : startsAt.toLocalDate(),
                                startsAt, rs.getObject("ends_at", OffsetDateTime.class).atZoneSameInstant(zone),
                                EventStatus.valueOf(rs.getString("status")) == EventStatus.CANCELLED));
                    }
                });
        return rows.stream().findFirst();
    }
}
