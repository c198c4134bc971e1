package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.PartnershipApplication;
import uk.partnership.support.DemoContent;
import uk.partnership.support.PageCaching;
import uk.partnership.support.WebVisitor;

/**
 * Two instances of the site on one database, each with its cache of rendered pages, as behind a load balancer:
 * the coordinator publishes, edits and cancels on one, and a parent who had the pages from the other's cache
 * is served the change by the other from their next request.
 */
class PageCacheSharingTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String COORDINATOR_PASSWORD = "coordinator demo walnut";

    @Test
    void publishingEditingAndCancellingOnOneInstanceIsServedByTheOther() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            DemoContent.load(first.getBean(DataSource.class));
            PageCache otherCache = second.getBean(PageCache.class);
            PageCaching.awaitListening(first.getBean(PageCache.class));
            PageCaching.awaitListening(otherCache);
            JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
            Map<String, Object> published = jdbc.sql("""
                    select id, slug, title from event where status = 'PUBLISHED' and not all_day and ends_at > now()
                    order by starts_at limit 1""").query().singleRow();
            Map<String, Object> draft = jdbc.sql("""
                    select id, title from event where status = 'DRAFT' and ends_at > now() order by starts_at limit 1""")
                    .query().singleRow();
            String eventPage = "/events/" + published.get("slug");
            String editPage = "/admin/events/" + published.get("id");

            WebVisitor coordinator = WebVisitor.of(first).signIn(COORDINATOR, COORDINATOR_PASSWORD);
            WebVisitor parent = WebVisitor.of(second);
            for (String page : new String[] {eventPage, "/events/feed.ics"}) {
                parent.get(page);
                parent.get(page);
                assertThat(otherCache.find(page)).as("%s kept by the other instance", page).isNotNull();
            }
            assertThat(parent.get("/events/feed.ics").body()).doesNotContain((String) draft.get("title"));

            String newTitle = published.get("title") + " (new venue)";
            assertThat(coordinator.submit(editPage, editPage, Map.of("title", newTitle, "action", "save"))
                    .statusCode()).isEqualTo(302);
            assertServedByTheOther(parent, eventPage, newTitle);

            String publishPage = "/admin/events/" + draft.get("id");
            assertThat(coordinator.submit(publishPage, publishPage + "/publish", Map.of()).statusCode()).isEqualTo(302);
            assertServedByTheOther(parent, "/events/feed.ics", (String) draft.get("title"));

            String reason = "Postponed because of the forecast snow";
            assertThat(coordinator.submit(editPage + "/cancel", editPage + "/cancel", Map.of("reason", reason))
                    .statusCode()).isEqualTo(302);
            assertServedByTheOther(parent, eventPage, reason);
        }
    }

    /**
     * The other instance hears of the change from PostgreSQL as the change commits, before the coordinator's
     * own answer is even sent, so the next request normally has it; the wait covers a busy machine's scheduling.
     */
    private static void assertServedByTheOther(WebVisitor parent, String page, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
        HttpResponse<String> response = parent.get(page);
        while (!response.body().contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
            response = parent.get(page);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).as("%s on the other instance", page).contains(text);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PartnershipApplication.class)
                .run("--server.port=0", "--site.page-cache.enabled=true");
    }
}
