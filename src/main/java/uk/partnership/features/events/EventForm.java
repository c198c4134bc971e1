package uk.partnership.features.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import uk.partnership.base.images.PictureFields;
import uk.partnership.base.web.DateFormats;
import uk.partnership.base.web.SingleLine;
import uk.partnership.base.web.WebAddress;

/**
 * The coordinator's event form, as typed: dates and times stay text until checked, so a wrong value comes back
 * exactly as it was entered, with a message by its field. Never bound to the entity (no over-posting).
 */
public record EventForm(
        @NotBlank(message = "{admin.events.title.required}") @Size(max = 200, message = "{admin.events.title.tooLong}")
        @SingleLine String title,
        @Size(max = 100, message = "{form.slug.invalid}") @SingleLine String slug,
        @Size(max = 500, message = "{admin.events.summary.tooLong}") String summary,
        @Size(max = 20000, message = "{admin.events.description.tooLong}") String description,
        @Nullable Boolean allDay,
        String startDate,
        String startTime,
        String endDate,
        String endTime,
        @Size(max = 200, message = "{admin.events.venueName.tooLong}") @SingleLine String venueName,
        @Size(max = 500, message = "{admin.events.venueAddress.tooLong}") @SingleLine String venueAddress,
        @Size(max = 500, message = "{admin.events.url.tooLong}") @SingleLine
        @WebAddress(message = "{admin.events.url.invalid}") String onlineUrl,
        @Nullable Boolean wholePartnership,
        @Nullable List<Long> hostSchoolIds,
        @Nullable Long categoryId,
        @Nullable List<Audience> audiences,
        @Nullable List<Integer> yearGroups,
        @Size(max = 1000, message = "{admin.events.bookingText.tooLong}") String bookingText,
        @Size(max = 500, message = "{admin.events.url.tooLong}") @SingleLine
        @WebAddress(message = "{admin.events.url.invalid}") String bookingUrl,
        @Nullable Long version,
        @Nullable Repeat repeats,
        @Nullable RepeatEnd repeatEnd,
        @Size(max = 20, message = "{admin.events.date.invalid}") @Nullable String repeatUntil,
        @Size(max = 20, message = "{admin.events.repeatCount.invalid}") @Nullable String repeatCount,
        @Nullable Boolean skipTermBreaks,
        @Nullable Scope scope,
        // The file field's name for its messages only: the file comes as the request part "pictureUpload" (a part
        // that a form record would try, and fail, to convert when a client sends it as text).
        @Nullable String pictureFile,
        @Size(max = 40, message = "{images.unknown}") @Nullable String picture,
        @Size(max = 300, message = "{images.alt.tooLong}") @SingleLine @Nullable String pictureAlt,
        @Nullable Boolean pictureDecorative,
        @Nullable Boolean picturePupils,
        @Nullable Boolean pictureConsent,
        @Nullable Boolean pictureRemove) implements PictureFields<EventForm> {

    static final List<Integer> YEAR_GROUPS = List.of(7, 8, 9, 10, 11, 12, 13);

    /** The choices of the "Repeats" fieldset, in the order shown; posted as the constants' names. */
    public enum Repeat {
        NONE, WEEKLY, FORTNIGHTLY, MONTHLY_DATE, MONTHLY_WEEKDAY, MONTHLY_LAST_WEEKDAY;

        /** How the series' rule repeats: the last weekday of the month is a monthly weekday, week {@link SeriesRule#LAST}. */
        SeriesRule.Frequency frequency() {
            return switch (this) {
                case NONE -> throw new IllegalStateException("does not repeat");
                case MONTHLY_LAST_WEEKDAY -> SeriesRule.Frequency.MONTHLY_WEEKDAY;
                default -> SeriesRule.Frequency.valueOf(name());
            };
        }

        static Repeat of(SeriesRule rule) {
            return rule.frequency() == SeriesRule.Frequency.MONTHLY_WEEKDAY && rule.weekOfMonth() == SeriesRule.LAST
                    ? MONTHLY_LAST_WEEKDAY : valueOf(rule.frequency().name());
        }
    }

    /** How a repeat ends: on a date, or after a number of times. */
    public enum RepeatEnd implements LowerCaseChoice {
        DATE, COUNT;

        @Override
        public String toString() {
            return posted();
        }
    }

    /**
     * On an occurrence's edit page: change this occurrence only, this one and those after it, or every date of the
     * series (each keeping its own day).
     */
    public enum Scope implements LowerCaseChoice {
        THIS, FOLLOWING, ALL;

        @Override
        public String toString() {
            return posted();
        }
    }

    boolean repeating() {
        return repeats != null && repeats != Repeat.NONE;
    }

    boolean thisAndFollowing() {
        return scope == Scope.FOLLOWING;
    }

    boolean allDates() {
        return scope == Scope.ALL;
    }

    /** The repeat's end; a form that sends none ends on a date. */
    RepeatEnd repeatEndOrDate() {
        return repeatEnd == null ? RepeatEnd.DATE : repeatEnd;
    }

    /** Whether the "Repeats" fields say something other than {@code shown}'s, the form the edit page offered. */
    boolean changesRepeatOf(EventForm shown) {
        return repeats != shown.repeats || repeatEnd != shown.repeatEnd
                || !text(repeatUntil).equals(text(shown.repeatUntil)) || !text(repeatCount).equals(text(shown.repeatCount))
                || skipsTermBreaks() != shown.skipsTermBreaks();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    boolean skipsTermBreaks() {
        return Boolean.TRUE.equals(skipTermBreaks);
    }

    /** An unticked box sends nothing, so a missing value means no. */
    boolean isAllDay() {
        return Boolean.TRUE.equals(allDay);
    }

    boolean isWholePartnership() {
        return Boolean.TRUE.equals(wholePartnership);
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }

    /**
     * A one-off event hosted by one school, as another module gives it (a proposal approved, an import accepted):
     * the text is cut to the form's limits, and the dates and times are written as the form's fields.
     */
    static EventForm single(String title, String description, boolean allDay, String startDate, String startTime,
                            String endDate, String endTime, String venue, long hostSchoolId, @Nullable Long categoryId,
                            List<Audience> audiences, List<Integer> yearGroups) {
        return new EventForm(cut(title, 200), "", "", cut(description, 20000), allDay, startDate, startTime, endDate,
                endTime, cut(venue, 200), "", "", false, new ArrayList<>(List.of(hostSchoolId)), categoryId,
                new ArrayList<>(audiences), new ArrayList<>(yearGroups.stream().filter(YEAR_GROUPS::contains).toList()),
                "", "", 0L, Repeat.NONE, RepeatEnd.DATE, "", "", true, Scope.THIS, null, "", "", false, false, false,
                false);
    }

    private static String cut(String value, int length) {
        String text = value.strip();
        return text.length() > length ? text.substring(0, length) : text;
    }

    static EventForm empty() {
        return new EventForm("", "", "", "", false, "", "", "", "", "", "", "", false, new ArrayList<>(), null,
                new ArrayList<>(), new ArrayList<>(), "", "", 0L, Repeat.NONE, RepeatEnd.DATE, "", "", true, Scope.THIS,
                null, "", "", false, false, false, false);
    }

    static EventForm of(EventView event) {
        return new EventForm(event.title(), event.slug(), event.summary(), event.description(), event.allDay(),
                event.firstDay().toString(),
                event.allDay() ? "" : DateFormats.TIME.format(event.startsAt()),
                event.lastDay().toString(),
                event.allDay() ? "" : DateFormats.TIME.format(event.endsAt()),
                event.venueName(), event.venueAddress(), orEmpty(event.onlineUrl()), event.wholePartnership(),
                new ArrayList<>(event.hosts().stream().map(school -> school.id()).toList()), event.category().id(),
                new ArrayList<>(event.audiences()), new ArrayList<>(event.yearGroups()), event.bookingText(),
                orEmpty(event.bookingUrl()), 0L, Repeat.NONE, RepeatEnd.DATE, "", "", true, Scope.THIS,
                null, event.picture() == null ? "" : event.picture().hash(),
                event.picture() == null ? "" : event.picture().alt(),
                event.picture() != null && event.picture().decorative(), event.picturePupils(),
                event.picturePupils(), false);
    }

    /** The form of an occurrence, with its series' rule ready for "this and following events". */
    EventForm withRepeat(Repeat repeats, String until, boolean skipTermBreaks) {
        return new EventForm(title, slug, summary, description, allDay, startDate, startTime, endDate, endTime,
                venueName, venueAddress, onlineUrl, wholePartnership, hostSchoolIds, categoryId, audiences,
                yearGroups, bookingText, bookingUrl, version, repeats, RepeatEnd.DATE, until, "", skipTermBreaks, Scope.THIS,
                pictureFile, picture, pictureAlt, pictureDecorative, picturePupils, pictureConsent, pictureRemove);
    }

    EventForm withVersion(Long version) {
        return new EventForm(title, slug, summary, description, allDay, startDate, startTime, endDate, endTime,
                venueName, venueAddress, onlineUrl, wholePartnership, hostSchoolIds, categoryId, audiences,
                yearGroups, bookingText, bookingUrl, version, repeats, repeatEnd, repeatUntil, repeatCount,
                skipTermBreaks, scope, pictureFile, picture, pictureAlt, pictureDecorative, picturePupils,
                pictureConsent, pictureRemove);
    }

    @Override
    public EventForm withPicture(@Nullable String hash) {
        return new EventForm(title, slug, summary, description, allDay, startDate, startTime, endDate, endTime,
                venueName, venueAddress, onlineUrl, wholePartnership, hostSchoolIds, categoryId, audiences,
                yearGroups, bookingText, bookingUrl, version, repeats, repeatEnd, repeatUntil, repeatCount,
                skipTermBreaks, scope, null, hash == null ? "" : hash, pictureAlt, pictureDecorative, picturePupils,
                pictureConsent, false);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
