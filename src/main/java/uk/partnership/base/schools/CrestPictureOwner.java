package uk.partnership.base.schools;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.images.ImageHashColumn;

/** Tells the pictures' clean-up which pictures are schools' crests (ADR 0031, 0032). */
@Component
class CrestPictureOwner extends ImageHashColumn {

    CrestPictureOwner(JdbcClient jdbc) {
        super(jdbc, "school", "crest_hash");
    }
}
