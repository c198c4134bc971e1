package uk.partnership.features.programmes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.images.ImageHashColumn;

/** Tells the pictures' clean-up which pictures programme pages show, drafts included (ADR 0031). */
@Component
class ProgrammePictureOwner extends ImageHashColumn {

    ProgrammePictureOwner(JdbcClient jdbc) {
        super(jdbc, "programme_page");
    }
}
