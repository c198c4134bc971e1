package uk.partnership.base.schools;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.images.Picture;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SlugHistory;
import uk.partnership.base.web.Slugs;

/**
 * The coordinator's changes to the schools: add one, or change its details, address (slug) and tag colour.
 * An old slug is kept so the school's old address redirects; every change writes an audit entry in the same
 * transaction; a save on a form opened before someone else's save is refused with {@link EditConflictException}.
 */
@Service
class SchoolAdminService {

    static final String ITEM = "school";
    static final Pattern COLOUR = Pattern.compile("^#[0-9a-f]{6}$");
    /** The largest number on roll a school may have (the column's check says the same). */
    static final int MAX_ON_ROLL = 10_000;

    private final SchoolRepository schools;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final SlugHistory slugs;
    private final Clock clock;

    SchoolAdminService(SchoolRepository schools, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.schools = schools;
        this.audit = audit;
        this.jdbc = jdbc;
        this.slugs = new SlugHistory(jdbc, "school", "school_slug_history", "school_id");
        this.clock = clock;
    }

    /** The form for changing a school, filled with what is saved now. */
    @Transactional(readOnly = true)
    Optional<SchoolForm> formFor(long id) {
        return schools.findById(id).map(school -> SchoolForm.of(school.toView(), school.getNumberOnRoll(), school.getVersion()));
    }

    /** Adds a school; problems go into {@code errors} and nothing is saved. */
    @Transactional
    @Nullable Long create(Actor actor, String actorName, SchoolForm form, Errors errors) {
        Checked checked = check(form, null, errors);
        if (checked == null) {
            return null;
        }
        Instant now = clock.instant();
        School school = new School(checked.slug(), schools.lastPosition() + 1, now);
        describe(school, form, checked, now, actorName);
        schools.saveAndFlush(school);
        audit.record(actor, "created", ITEM, school.getId(), school.getName(),
                AuditTrail.diff(Map.of(), school.describedFields()));
        return school.getId();
    }

    /**
     * Saves a changed school. Returns whether anything changed; problems go into {@code errors} and nothing
     * is saved.
     *
     * @throws EditConflictException when the school was saved by someone else after the form was opened
     * @throws NotFoundException     when there is no such school
     */
    @Transactional
    boolean update(Actor actor, String actorName, long id, SchoolForm form, Errors errors) {
        School school = schools.findForUpdate(id).orElseThrow(() -> new NotFoundException("school " + id));
        if (school.getVersion() != form.version()) {
            throw new EditConflictException(school.getUpdatedBy() == null ? "" : school.getUpdatedBy(),
                    school.getUpdatedAt(), school.getVersion());
        }
        Checked checked = check(form, school, errors);
        if (checked == null) {
            return false;
        }
        Map<String, Object> before = school.describedFields();
        String oldSlug = school.getSlug();
        Map<String, Object> wanted = School.fields(tidy(form.name()), checked.slug(), form.sector(),
                checked.website(), tidy(form.address()), tidy(form.description()), checked.colour(),
                checked.numberOnRoll());
        if (AuditTrail.diff(before, wanted).isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        describe(school, form, checked, now, actorName);
        if (!oldSlug.equals(checked.slug())) {
            school.moveTo(checked.slug());
            slugs.renamed(oldSlug, checked.slug(), id);
        }
        schools.flush();
        audit.record(actor, "changed", ITEM, school.getId(), school.getName(),
                AuditTrail.diff(before, school.describedFields()));
        return true;
    }

    /** Shows {@code crest} as the school's crest (null: none), with an audit entry of its picture and alt text. */
    @Transactional
    void showCrest(Actor actor, long id, @Nullable Picture crest) {
        School school = schools.findForUpdate(id).orElseThrow(() -> new NotFoundException("school " + id));
        Map<String, Object> before = crestFields(school.crest());
        school.showCrest(crest, clock.instant(), actor.displayName());
        schools.flush();
        audit.record(actor, crest == null ? "crest removed" : "crest changed", ITEM, school.getId(), school.getName(),
                AuditTrail.diff(before, crestFields(crest)));
    }

    private static Map<String, Object> crestFields(@Nullable Picture crest) {
        return Map.of("crest", crest == null ? "" : crest.hash(), "crestAlt", crest == null ? "" : crest.alt());
    }

    /** What the form holds once tidied and checked, or null (with the problems in {@code errors}). */
    private @Nullable Checked check(SchoolForm form, @Nullable School current, Errors errors) {
        String website = tidy(form.website());
        String colour = tidy(form.colour()).toLowerCase(Locale.ROOT);
        if (!colour.isEmpty() && !errors.hasFieldErrors("colour")) {
            if (!COLOUR.matcher(colour).matches()) {
                errors.rejectValue("colour", "admin.schools.colour.invalid");
            } else if (TagContrast.bestRatio(colour) < TagContrast.AA_NORMAL_TEXT) {
                errors.rejectValue("colour", "admin.schools.colour.contrast",
                        new Object[] {oneDecimalDown(TagContrast.bestRatio(colour))}, null);
            }
        }
        Integer numberOnRoll = numberOnRoll(form.numberOnRoll(), errors);
        String slug = tidy(form.slug());
        if (slug.isEmpty()) {
            slug = current != null ? current.getSlug()
                    : Slugs.unique(Slugs.from(tidy(form.name())), wanted -> slugs.taken(wanted, null));
        } else if (!Slugs.isValid(slug)) {
            errors.rejectValue("slug", "form.slug.invalid");
        } else if (slugs.taken(slug, current == null ? null : current.getId())) {
            errors.rejectValue("slug", "form.slug.taken");
        }
        return errors.hasErrors() ? null
                : new Checked(slug, website.isEmpty() ? null : website, colour, numberOnRoll);
    }

    /** The number on roll typed: empty is none; anything but a whole number from 1 to the maximum gets a message. */
    private static @Nullable Integer numberOnRoll(@Nullable String typed, Errors errors) {
        String text = tidy(typed).replace(",", "");
        if (text.isEmpty() || errors.hasFieldErrors("numberOnRoll")) {
            return null;
        }
        if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_ON_ROLL) {
            errors.rejectValue("numberOnRoll", "admin.schools.numberOnRoll.invalid", new Object[] {MAX_ON_ROLL}, null);
            return null;
        }
        return Integer.parseInt(text);
    }

    private static void describe(School school, SchoolForm form, Checked checked, Instant now, String by) {
        school.describe(tidy(form.name()), form.sector(), checked.website(), tidy(form.address()),
                tidy(form.description()), checked.colour(), checked.numberOnRoll(), now, by);
    }

    /** The ratio as a person reads it, rounded down so a refused 4.48 never shows as 4.5. */
    static String oneDecimalDown(double ratio) {
        return String.format(Locale.UK, "%.1f", Math.floor(ratio * 10) / 10);
    }

    private static String tidy(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private record Checked(String slug, @Nullable String website, String colour, @Nullable Integer numberOnRoll) {
    }
}
