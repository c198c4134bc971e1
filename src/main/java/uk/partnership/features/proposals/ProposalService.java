package uk.partnership.features.proposals;

import static uk.partnership.base.web.DateFormats.DAY_AND_TIME;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.accounts.SignedInUser;
import uk.partnership.features.events.Audience;
import uk.partnership.features.events.CategoryNames;
import uk.partnership.features.events.EventDrafts;

/**
 * Proposals: reads and changes, each checked against who is signed in (a representative reaches only their
 * school's proposals: anything else is "not found") and against the proposal's status (only the moves
 * {@link ProposalStatus} allows). Every change is version-checked, written to the proposal's history and to the
 * audit trail in the same transaction, and so is its e-mail ({@link ProposalNotices}, queued in the outbox).
 */
@Service
class ProposalService {

    static final String ITEM = "proposal";

    private static final String SELECT = """
            select p.*, s.name as school_name
            from proposal p join school s on s.id = p.school_id
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final EventDrafts drafts;
    private final CategoryNames categories;
    private final ProposalNotices notices;
    private final ProposalDates dates;
    private final Clock clock;
    private final ZoneId zone;

    ProposalService(JdbcClient jdbc, AuditTrail audit, EventDrafts drafts, CategoryNames categories,
                    ProposalNotices notices, ProposalDates dates, Clock clock, SiteProperties site) {
        this.dates = dates;
        this.notices = notices;
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    @Transactional(readOnly = true)
    List<ProposalView> forSchool(long schoolId) {
        return jdbc.sql(SELECT + " where p.school_id = :school order by p.created_at desc, p.id desc")
                .param("school", schoolId).query(views()).list();
    }

    /** The coordinators' queue: optionally one status and one school; those awaiting review first, oldest first. */
    @Transactional(readOnly = true)
    List<ProposalView> queue(@Nullable ProposalStatus status, @Nullable Long schoolId) {
        return jdbc.sql(SELECT + """
                         where (cast(:status as varchar) is null or p.status = :status)
                           and (cast(:school as bigint) is null or p.school_id = :school)
                         order by case when p.status in ('SUBMITTED', 'RESUBMITTED') then 0 else 1 end, p.updated_at, p.id
                        """)
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("school", schoolId, Types.BIGINT)
                .query(views()).list();
    }

    @Transactional(readOnly = true)
    Map<ProposalStatus, Long> counts() {
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        for (ProposalStatus status : ProposalStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from proposal group by status")
                .query((rs, row) -> counts.put(ProposalStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    /** The proposal if this person may see it; "not found" otherwise, as if it did not exist. */
    @Transactional(readOnly = true)
    ProposalView get(SignedInUser user, long id) {
        ProposalView view = jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(views()).optional()
                .orElseThrow(() -> new NotFoundException("proposal " + id));
        if (!user.isCoordinator() && (user.schoolId() == null || user.schoolId() != view.schoolId())) {
            throw new NotFoundException("proposal " + id);
        }
        return view.withDates(dates.of(id));
    }

    /** A new proposal for the representative's own school; null when the form has errors. */
    @Transactional
    @Nullable Long create(SignedInUser user, ProposalForm form, Errors errors) {
        Long school = user.schoolId();
        if (school == null || user.isCoordinator()) {
            throw new NotFoundException("representative's school");
        }
        Integer expected = check(form, errors);
        if (errors.hasErrors()) {
            return null;
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into proposal (school_id, proposer_id, title, description, flexible,
                            flexible_note, venue, audiences, year_groups, category_id, expected_numbers, needs, status,
                            created_at, updated_at, updated_by, awaiting_since)
                        values (:school, :proposer, :title, :description, :flexible, :note, :venue, :audiences,
                            :years, :category, :expected, :needs, 'SUBMITTED', :now, :now, :by, :now)
                        returning id
                        """)
                .param("school", school).param("proposer", user.accountId())
                .params(fields(form, expected)).param("now", at(now)).param("by", user.displayName())
                .query(Long.class).single();
        dates.save(id, form.proposedDates());
        history(id, user, "created", "", now);
        audit.record(user.actor(), "created", ITEM, id, form.title().strip(), AuditTrail.diff(Map.of(), fields(form, expected)));
        notices.submitted(id, false);
        return id;
    }

    /** Saves the representative's edit while the proposal is submitted or changes are requested. */
    @Transactional
    void update(SignedInUser user, long id, ProposalForm form, Errors errors) {
        ProposalView current = get(user, id);
        if (!current.editable()) {
            throw new ProposalRefusedException("proposals.refused.edit");
        }
        checkVersion(current, form.versionOrZero());
        Integer expected = check(form, errors);
        if (errors.hasErrors()) {
            return;
        }
        Map<String, Object> before = fields(ProposalForm.of(current), current.expectedNumbers());
        Map<String, Object> after = fields(form, expected);
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        update proposal set title = :title, description = :description,
                            flexible = :flexible, flexible_note = :note, venue = :venue, audiences = :audiences,
                            year_groups = :years, category_id = :category, expected_numbers = :expected, needs = :needs,
                            version = version + 1, updated_at = :now, updated_by = :by
                        where id = :id and version = :version
                        """)
                .params(after).param("now", at(now)).param("by", user.displayName()).param("id", id)
                .param("version", form.versionOrZero()).update();
        if (updated == 0) {
            checkVersion(get(user, id), -1);
        }
        dates.save(id, form.proposedDates());
        var changes = AuditTrail.diff(before, after);
        history(id, user, "edited", String.join(", ", changes.keySet()), now);
        audit.record(user.actor(), "changed", ITEM, id, form.title().strip(), changes);
    }

    /**
     * Moves the proposal to {@code target} if this person may, from its present status; the message, if any,
     * joins the thread. Returns the proposal as it was before the move.
     */
    @Transactional
    ProposalView move(SignedInUser user, long id, long version, ProposalStatus target, String message) {
        ProposalView current = get(user, id);
        var allowed = user.isCoordinator() ? current.status().coordinatorMoves() : current.status().representativeMoves();
        if (!allowed.contains(target)) {
            throw new ProposalRefusedException("proposals.refused.move");
        }
        checkVersion(current, version);
        Instant now = clock.instant();
        int moved = jdbc.sql("""
                        update proposal set status = :status, version = version + 1, updated_at = :now, updated_by = :by,
                            awaiting_since = case when :awaiting then :now end,
                            reminded_at = case when :awaiting then null else reminded_at end
                        where id = :id and version = :version
                        """)
                .param("awaiting", target.awaitingReview())
                .param("status", target.name()).param("now", at(now)).param("by", user.displayName())
                .param("id", id).param("version", version).update();
        if (moved == 0) {
            // Moved by another request since this one read it (two tabs, two coordinators): nothing more is done here,
            // or an approval clicked twice would make two events.
            checkVersion(get(user, id), -1);
        }
        String text = message.strip();
        history(id, user, "status." + target.name(), text, now);
        if (!text.isEmpty()) {
            addMessage(id, user, text, now);
        }
        audit.record(user.actor(), auditAction(target), ITEM, id, current.title(),
                Map.of("status", new uk.partnership.base.audit.Change(current.status().name(), target.name())));
        notices.moved(id, target);
        return current;
    }

    /**
     * Approves the proposal and makes a draft event from it, linked both ways (the proposal names the event; the
     * event's page names the proposal, with its notes for the coordinator only: {@link ProposalOrigins}), all in one
     * transaction. Returns the event's id.
     * <p>
     * One draft, on the first date proposed (with its times): the proposal and its event are one to one, and the
     * other dates are in the coordinator's notes, to choose from or to make more dates with. With flexible dates or
     * none, the draft's date is a placeholder marked to be set, and it cannot be published until it is.
     */
    @Transactional
    long approve(SignedInUser user, long id, long version, String message) {
        if (!drafts.possible()) {
            throw new ProposalRefusedException("admin.proposals.approve.noCategory");
        }
        ProposalView proposal = move(user, id, version, ProposalStatus.APPROVED, message);
        List<ProposedDate> proposed = dates.of(id);
        @Nullable ProposedDate first = proposed.isEmpty() ? null : proposed.getFirst();
        boolean dateToSet = proposal.flexible() || first == null;
        LocalDate day = first != null ? first.day() : LocalDate.ofInstant(clock.instant(), zone).plusWeeks(4);
        long event = drafts.create(user.actor(), new EventDrafts.Draft(proposal.title(),
                proposal.description().strip(), day, first == null ? null : first.starts(),
                first == null ? null : first.ends(), dateToSet, proposal.venue(), proposal.schoolId(),
                proposal.categoryId(), proposal.audiences(), proposal.yearGroups()));
        jdbc.sql("update proposal set event_id = :event where id = :id").param("event", event).param("id", id).update();
        history(id, user, "event", "", clock.instant());
        return event;
    }

    /** Adds a message to the thread of a proposal this person may see. */
    @Transactional
    void post(SignedInUser user, long id, String body) {
        ProposalView current = get(user, id);
        Instant now = clock.instant();
        addMessage(id, user, body.strip(), now);
        audit.record(user.actor(), "wrote about", ITEM, id, current.title(), Map.of());
        notices.message(id, user.isCoordinator());
    }

    @Transactional(readOnly = true)
    List<ProposalView.Entry> messages(long id) {
        return jdbc.sql("select author_name, coordinator, body, at from proposal_message where proposal_id = :id order by at, id")
                .param("id", id)
                .query((rs, row) -> entry(rs.getString("author_name"), rs.getBoolean("coordinator"), "",
                        rs.getString("body"), rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    @Transactional(readOnly = true)
    List<ProposalView.Entry> history(long id) {
        return jdbc.sql("select actor_name, action, detail, at from proposal_history where proposal_id = :id order by at, id")
                .param("id", id)
                .query((rs, row) -> entry(rs.getString("actor_name"), false, rs.getString("action"),
                        rs.getString("detail"), rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    private ProposalView.Entry entry(String who, boolean coordinator, String what, String detail, OffsetDateTime at) {
        var local = at.atZoneSameInstant(zone);
        return new ProposalView.Entry(who, coordinator, what, detail, DAY_AND_TIME.format(local), local.toOffsetDateTime().toString());
    }

    private void addMessage(long id, SignedInUser user, String body, Instant now) {
        jdbc.sql("""
                        insert into proposal_message (proposal_id, author_id, author_name, coordinator, body, at)
                        values (:id, :author, :name, :coordinator, :body, :at)
                        """)
                .param("id", id).param("author", user.accountId()).param("name", user.displayName())
                .param("coordinator", user.isCoordinator()).param("body", body).param("at", at(now)).update();
    }

    private void history(long id, SignedInUser user, String action, String detail, Instant now) {
        jdbc.sql("insert into proposal_history (proposal_id, actor_name, action, detail, at) values (:id, :who, :action, :detail, :at)")
                .param("id", id).param("who", user.displayName()).param("action", action).param("detail", detail)
                .param("at", at(now)).update();
    }

    /** The audit trail's verb: "{who} {action} the proposal {title}". */
    private static String auditAction(ProposalStatus target) {
        return switch (target) {
            case CHANGES_REQUESTED -> "requested changes to";
            case WITHDRAWN -> "withdrew";
            default -> target.name().toLowerCase(Locale.ROOT);
        };
    }

    private static void checkVersion(ProposalView current, long version) {
        if (current.version() != version) {
            throw new EditConflictException(current.updatedBy(), current.updatedAt(), current.version());
        }
    }

    /** Checks what Bean Validation cannot; returns the expected numbers, if given and valid. */
    private @Nullable Integer check(ProposalForm form, Errors errors) {
        if (form.categoryId() != null && !categories.exists(form.categoryId())) {
            errors.rejectValue("categoryId", "proposals.category.unknown");
        }
        if (form.yearGroups() != null && !form.yearGroups().stream().allMatch(year -> year != null && ProposalForm.YEAR_GROUPS.contains(year))) {
            errors.rejectValue("yearGroups", "proposals.yearGroups.unknown");
        }
        dates.check(form, errors);
        if (blank(form.expectedNumbers()) || errors.hasFieldErrors("expectedNumbers")) {
            return null;
        }
        try {
            int expected = Integer.parseInt(form.expectedNumbers().strip());
            if (expected < 0) {
                throw new NumberFormatException();
            }
            return expected;
        } catch (NumberFormatException e) {
            errors.rejectValue("expectedNumbers", "proposals.expectedNumbers.invalid");
            return null;
        }
    }

    /** The stored fields, in the order the history and audit trail show them. */
    private static Map<String, Object> fields(ProposalForm form, @Nullable Integer expected) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", form.title().strip());
        fields.put("description", trim(form.description()));
        fields.put("dates", String.join("; ", form.proposedDates().stream().map(ProposedDate::text).toList()));
        fields.put("flexible", form.isFlexible());
        fields.put("note", trim(form.flexibleNote()));
        fields.put("venue", trim(form.venue()));
        fields.put("audiences", String.join(",", (form.audiences() == null ? List.<Audience>of() : form.audiences())
                .stream().distinct().map(Enum::name).toList()));
        fields.put("years", String.join(",", (form.yearGroups() == null ? List.<Integer>of() : form.yearGroups())
                .stream().distinct().sorted().map(String::valueOf).toList()));
        fields.put("category", form.categoryId());
        fields.put("expected", expected);
        fields.put("needs", trim(form.needs()));
        return fields;
    }

    /** Reads proposals, naming their categories through the events module (retired categories keep their name). */
    private RowMapper<ProposalView> views() {
        Map<Long, String> categoryNames = categories.all();
        return (rs, row) -> view(rs, categoryNames);
    }

    private ProposalView view(ResultSet rs, Map<Long, String> categoryNames) throws SQLException {
        Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        Instant updated = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
        long category = rs.getLong("category_id");
        boolean noCategory = rs.wasNull();
        int expected = rs.getInt("expected_numbers");
        boolean noExpected = rs.wasNull();
        long event = rs.getLong("event_id");
        boolean noEvent = rs.wasNull();
        return new ProposalView(rs.getLong("id"), rs.getLong("school_id"), rs.getString("school_name"),
                rs.getString("title"), rs.getString("description"), rs.getString("proposed_dates"),
                rs.getBoolean("flexible"), rs.getString("flexible_note"), rs.getString("venue"),
                split(rs.getString("audiences")).stream().map(Audience::valueOf).toList(),
                split(rs.getString("year_groups")).stream().map(Integer::valueOf).toList(),
                noCategory ? null : category, noCategory ? null : categoryNames.get(category), noExpected ? null : expected,
                rs.getString("needs"), ProposalStatus.valueOf(rs.getString("status")), noEvent ? null : event,
                rs.getLong("version"), created, updated, DAY_AND_TIME.format(created.atZone(zone)), DAY_AND_TIME.format(updated.atZone(zone)),
                Objects.requireNonNullElse(rs.getString("updated_by"), ""), List.of());
    }

    private static List<String> split(String value) {
        return value.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(value.split(",")));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static String trim(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
