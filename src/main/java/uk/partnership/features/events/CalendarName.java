package uk.partnership.features.events;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.partnership.base.partnership.PartnershipService;

/** The name a published calendar carries (the iCalendar feeds, the JSON): the partnership's, or a plain one. */
@Component
class CalendarName {

    private final PartnershipService partnerships;
    private final MessageSource messages;

    CalendarName(PartnershipService partnerships, MessageSource messages) {
        this.partnerships = partnerships;
        this.messages = messages;
    }

    String current() {
        var partnership = partnerships.current();
        return partnership.configured() ? partnership.name()
                : messages.getMessage("events.feed.unconfiguredName", null, Locale.UK);
    }
}
