package uk.partnership.base.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.FormDates;

/**
 * What the coordinator narrowed the audit trail to: one kind of item, actors whose e-mail contains some
 * text, and a range of days in the site's zone (both ends included), read by {@link FormDates}. Built from the query parameters, where
 * anything not in the expected form is a {@link BadRequestException} naming the problem.
 */
public record AuditFilter(@Nullable String item, @Nullable String actor, @Nullable LocalDate from, @Nullable LocalDate to) {

    static final int MAX_ACTOR_LENGTH = 320;
    static final int MAX_PAGE = 10_000;

    static AuditFilter of(@Nullable String item, @Nullable String actor, @Nullable String from, @Nullable String to,
                          List<String> itemTypes) {
        String type = blankToNull(item);
        if (type != null && !itemTypes.contains(type)) {
            throw new BadRequestException("audit.filter.item.unknown", type);
        }
        String email = blankToNull(actor);
        if (email != null && email.length() > MAX_ACTOR_LENGTH) {
            throw new BadRequestException("audit.filter.actor.tooLong", MAX_ACTOR_LENGTH);
        }
        LocalDate fromDay = date(from, "audit.filter.from.invalid");
        LocalDate toDay = date(to, "audit.filter.to.invalid");
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new BadRequestException("audit.filter.dates.order", from, to);
        }
        return new AuditFilter(type, email, fromDay, toDay);
    }

    static int page(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("audit.page.invalid", page);
    }

    public boolean isEmpty() {
        return item == null && actor == null && from == null && to == null;
    }

    /** The address of a page of this filter's results, without its number: append the page number. */
    String pageLink(String path) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "item", item);
        add(parameters, "actor", actor);
        add(parameters, "from", from == null ? null : from.toString());
        add(parameters, "to", to == null ? null : to.toString());
        parameters.add("page=");
        return path + "?" + String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, @Nullable String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static @Nullable LocalDate date(@Nullable String value, String messageKey) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        LocalDate date = FormDates.day(text);
        if (date == null) {
            throw new BadRequestException(messageKey, text);
        }
        return date;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
