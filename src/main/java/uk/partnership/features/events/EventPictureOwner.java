package uk.partnership.features.events;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.images.ImageHashColumn;

/** Tells the pictures' clean-up which pictures events show, drafts and past events included (ADR 0031). */
@Component
class EventPictureOwner extends ImageHashColumn {

    EventPictureOwner(JdbcClient jdbc) {
        super(jdbc, "event");
    }
}
