package uk.partnership.features.impact;

import static uk.partnership.base.web.DateFormats.LONG_DAY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.mail.MailOutbox;
import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.accounts.AccountService;
import uk.partnership.features.events.EventActivities;
import uk.partnership.features.events.HeldEvent;

/**
 * The day after an event, its host schools' representatives are asked, once, how many took part (one e-mail each,
 * naming their school; a school that has recorded its numbers already is not asked).
 * <p>
 * Once, on one instance, however many run, as {@code ProposalReminders} does (ADR 0021): hourly, under a PostgreSQL
 * transaction-level advisory lock ({@code pg_try_advisory_xact_lock}), so the other instances skip the run; each event
 * is marked in {@code impact_request} by an insert that does nothing when the mark is there, in the transaction that
 * queues the mail (the outbox), so an event is asked about once even across runs, and a run that fails sends nothing.
 * Events that ended up to {@value #DAYS_BACK} days before today are still asked about, so a few days without a run
 * (a deployment, an outage) lose no request; older ones never are.
 */
@Component
class ImpactRequests {

    /** The advisory lock's key: any fixed number no other job of this database uses ("IMPACTRQ" in ASCII). */
    static final long LOCK = 0x494D50414354_5251L;
    static final int DAYS_BACK = 7;

    private final JdbcClient jdbc;
    private final EventActivities activities;
    private final ImpactStore store;
    private final SchoolDirectory schools;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final PartnershipService partnerships;
    private final MessageSource messages;
    private final SiteProperties site;
    private final Clock clock;
    private final ZoneId zone;

    ImpactRequests(JdbcClient jdbc, EventActivities activities, ImpactStore store, SchoolDirectory schools,
                   AccountService accounts, MailOutbox outbox, PartnershipService partnerships,
                   MessageSource messages, SiteProperties site, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.store = store;
        this.schools = schools;
        this.accounts = accounts;
        this.outbox = outbox;
        this.partnerships = partnerships;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /**
     * Asks about each event that ended before today (and no more than {@value #DAYS_BACK} days before) and was not
     * asked about yet; returns how many events. Another instance already at it: nothing (0), its run does the work.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    @Transactional
    public int ask() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        List<HeldEvent> ended = activities.endingBetween(today.minusDays(DAYS_BACK).atStartOfDay(zone).toInstant(),
                startOfToday);
        if (ended.isEmpty()) {
            return 0;
        }
        List<Long> ids = ended.stream().map(HeldEvent::id).toList();
        Set<Long> asked = store.asked(ids);
        Map<Long, Set<Long>> recordedBy = new HashMap<>();
        store.forEvents(ids).forEach(record -> recordedBy.computeIfAbsent(record.eventId(), id -> new HashSet<>())
                .add(record.schoolId()));
        int count = 0;
        for (HeldEvent event : ended) {
            if (asked.contains(event.id()) || !store.markAsked(event.id(), clock.instant())) {
                continue;
            }
            Set<Long> recorded = recordedBy.getOrDefault(event.id(), Set.of());
            for (SchoolView school : schools.all()) {
                if (event.hostedBy(school.id()) && !recorded.contains(school.id())) {
                    send(event, school);
                }
            }
            count++;
        }
        return count;
    }

    private void send(HeldEvent event, SchoolView school) {
        var partnership = partnerships.current();
        String siteName = partnership.configured() ? partnership.name()
                : messages.getMessage("site.unconfigured.name", null, Locale.UK);
        for (String to : accounts.activeRepresentativeEmails(school.id())) {
            Map<String, Object> model = new HashMap<>();
            model.put("siteName", siteName);
            model.put("title", event.title());
            model.put("day", LONG_DAY.format(event.startsAt().atZone(zone)));
            model.put("schoolName", school.name());
            model.put("link", site.absolute(ImpactRecordingController.MINE + "/events/" + event.id()));
            model.put("subjectArgs", new Object[] {event.title()});
            outbox.enqueue(to, "impact-request", model);
        }
    }
}
