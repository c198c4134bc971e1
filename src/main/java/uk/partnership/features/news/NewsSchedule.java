package uk.partnership.features.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.web.cache.ScheduledChanges;

/** Scheduled posts change the public pages at their publication time, with no write to announce it. */
@Component
class NewsSchedule implements ScheduledChanges {

    private final JdbcClient jdbc;

    NewsSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return jdbc.sql("select min(publish_at) from news_post where status <> 'DRAFT' and publish_at > :now")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }
}
