package uk.partnership.base.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.partnership.base.web.cache.PageCache;

/**
 * The trail is written in the transaction of the change it describes, on PostgreSQL. Every transaction
 * here is rolled back, or its entries deleted, so no entry outlives its test.
 */
// MockMvc is unused here: with it, the context is the one most other tests use, and it is not started again.
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTest {

    enum Status { DRAFT, PUBLISHED }

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PageCache pages;

    @Test
    void aChangeThatNoPublicPageShowsLeavesThePageCacheAndAnyOtherEmptiesIt() {
        var committing = new TransactionTemplate(transactions);
        var actor = new Actor(null, "coordinator@example.org");
        try {
            long before = pages.generation();
            for (String notPublic : List.of("proposal", "account", "calendar import")) {
                committing.executeWithoutResult(status ->
                        trail.record(actor, "created", notPublic, 1L, "kept-cache-test", Map.of()));
            }
            assertThat(pages.generation()).as("after a proposal, an account and a calendar import").isEqualTo(before);

            committing.executeWithoutResult(status -> trail.record(actor, "update", "event", 1L, "kept-cache-test", Map.of()));
            assertThat(pages.generation()).as("after an event").isGreaterThan(before);
        } finally {
            jdbc.sql("delete from audit_entry where item_label = 'kept-cache-test'").update();
        }
    }

    @Test
    void recordInsideATransactionWritesOneEntryWithTheChanges() {
        inRolledBackTransaction(() -> {
            trail.record(new Actor(null, "coordinator@example.org"), "update", "test-event", 42L, "Science talk",
                    AuditTrail.diff(Map.of("title", "Science talk", "status", Status.DRAFT),
                            Map.of("title", "Science talk", "status", Status.PUBLISHED)));

            List<Map<String, Object>> rows = jdbc.sql("""
                            select actor_id, actor_email, action, item_type, item_id, item_label, changes::text as changes
                            from audit_entry where item_type = 'test-event'""")
                    .query().listOfRows();
            assertThat(rows).hasSize(1);
            Map<String, Object> row = rows.getFirst();
            assertThat(row).contains(entry("actor_email", "coordinator@example.org"), entry("action", "update"),
                    entry("item_id", 42L), entry("item_label", "Science talk"));
            assertThat(row.get("actor_id")).isNull();
            JsonNode changes = json.readTree((String) row.get("changes"));
            assertThat(changes.propertyNames()).containsExactly("status");
            assertThat(changes.get("status").get("before").asString()).isEqualTo("DRAFT");
            assertThat(changes.get("status").get("after").asString()).isEqualTo("PUBLISHED");
        });
    }

    @Test
    void recordOutsideATransactionThrows() {
        assertThatThrownBy(() -> trail.record(Actor.system(), "update", "test-event", 1L, "Science talk", Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void entrySharesTheFateOfARolledBackChange() {
        inRolledBackTransaction(() -> trail.record(Actor.system(), "delete", "test-rolled-back", 7L, "Gone", Map.of()));

        assertThat(jdbc.sql("select count(*) from audit_entry where item_type = 'test-rolled-back'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void diffKeepsOnlyTheChangedFieldsInOrder() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("title", "Science talk");
        before.put("startsAt", Instant.parse("2026-03-03T16:00:00Z"));
        before.put("day", LocalDate.of(2026, 3, 3));
        before.put("status", Status.DRAFT);
        before.put("audiences", Set.of("STUDENTS", "STAFF"));
        before.put("venue", null);
        before.put("yearGroups", List.of(12, 13));
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("title", "Science lecture");
        after.put("day", LocalDate.of(2026, 3, 4));
        after.put("status", Status.PUBLISHED);
        after.put("audiences", Set.of("STAFF", "STUDENTS"));
        after.put("venue", "Amey Theatre");
        after.put("yearGroups", List.of(12L, 13L));
        after.put("online", false);

        Map<String, Change> changes = AuditTrail.diff(before, after);

        assertThat(changes.keySet()).containsExactly("title", "day", "status", "venue", "online");
        assertThat(changes.get("title")).isEqualTo(new Change("Science talk", "Science lecture"));
        assertThat(changes.get("day")).isEqualTo(new Change("2026-03-03", "2026-03-04"));
        assertThat(changes.get("status")).isEqualTo(new Change("DRAFT", "PUBLISHED"));
        assertThat(changes.get("venue")).isEqualTo(new Change(null, "Amey Theatre"));
        assertThat(changes.get("online")).isEqualTo(new Change(null, false));
    }

    @Test
    void diffWritesTimesAsIsoStringsAndCollectionsAsLists() {
        Map<String, Change> changes = AuditTrail.diff(
                Map.of("startsAt", Instant.parse("2026-03-03T16:00:00Z"), "audiences", Set.of("STUDENTS")),
                Map.of("startsAt", Instant.parse("2026-03-03T17:00:00Z"), "audiences", Set.of("STUDENTS", "STAFF")));

        assertThat(changes.get("startsAt")).isEqualTo(new Change("2026-03-03T16:00:00Z", "2026-03-03T17:00:00Z"));
        assertThat(changes.get("audiences")).isEqualTo(new Change(List.of("STUDENTS"), List.of("STAFF", "STUDENTS")));
    }

    @Test
    void passwordsAreNeverRecorded() {
        Map<String, Change> changes = AuditTrail.diff(Map.of("passwordHash", "{bcrypt}old-hash"),
                Map.of("passwordHash", "{bcrypt}new-hash"));
        assertThat(changes).containsExactly(entry("passwordHash", new Change("(hidden)", "(changed)")));

        inRolledBackTransaction(() -> {
            trail.record(new Actor(null, "someone@example.org"), "change-password", "test-account", 3L,
                    "someone@example.org",
                    Map.of("password", new Change("correct horse", "battery staple"),
                            "passwordHash", new Change("{bcrypt}old-hash", "{bcrypt}new-hash")));

            String stored = jdbc.sql("select changes::text from audit_entry where item_type = 'test-account'")
                    .query(String.class).single();
            assertThat(stored).doesNotContain("correct horse", "battery staple", "old-hash", "new-hash");
            JsonNode document = json.readTree(stored);
            for (String field : List.of("password", "passwordHash")) {
                assertThat(document.get(field).get("before").asString()).isEqualTo("(hidden)");
                assertThat(document.get(field).get("after").asString()).isEqualTo("(changed)");
            }
        });
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }
}
