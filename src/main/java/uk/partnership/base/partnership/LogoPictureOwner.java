package uk.partnership.base.partnership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.images.ImageHashColumn;

/** Tells the pictures' clean-up which picture is the partnership's logo (ADR 0031, 0032). */
@Component
class LogoPictureOwner extends ImageHashColumn {

    LogoPictureOwner(JdbcClient jdbc) {
        super(jdbc, "partnership", "logo_hash");
    }
}
