package uk.partnership.features.news;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.images.ImageHashColumn;

/** Tells the pictures' clean-up which pictures news posts show, drafts included (ADR 0031). */
@Component
class NewsPictureOwner extends ImageHashColumn {

    NewsPictureOwner(JdbcClient jdbc) {
        super(jdbc, "news_post");
    }
}
