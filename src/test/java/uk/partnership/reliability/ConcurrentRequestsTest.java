package uk.partnership.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.partnership.support.DemoContent;
import uk.partnership.support.TestDatabase;
import uk.partnership.support.WebVisitor;

/**
 * Two requests at once, or one form posted twice (issue 15): a double click, two tabs, a script. Over real HTTP,
 * with one session in PostgreSQL, as a browser would. On a schema of its own: it adds schools, holidays and accounts
 * that other classes' pages would list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentRequestsTest {

    static final String RADLEY_REP = "radley-college@ox14.example.org";
    static final String REP_PASSWORD = "representative demo maple";
    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String COORDINATOR_PASSWORD = "coordinator demo walnut";
    static final int AT_ONCE = 8;

    final ConfigurableApplicationContext app;
    final DataSource dataSource;
    final JdbcClient jdbc;

    @Autowired
    ConcurrentRequestsTest(ConfigurableApplicationContext app, DataSource dataSource, JdbcClient jdbc) {
        this.app = app;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    WebVisitor representative;

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry properties) {
        TestDatabase.schemaOfItsOwn(properties, "concurrent_requests");
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        representative = WebVisitor.of(app).signIn(RADLEY_REP, REP_PASSWORD);
    }

    @Test
    void eightDifferentProposalsPostedAtOnceInOneSessionAreAllSavedWithoutAnError() throws Exception {
        String title = "At once " + UUID.randomUUID();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            forms.add(newProposalForm(title + " " + i));   // each form opened on its own: its own token
        }

        List<HttpResponse<String>> answers = postAtOnce(forms);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(proposalsTitled(title + "%")).isEqualTo(AT_ONCE);
    }

    /** Two coordinators adding the same category at once: one is added, the others told so by the field, no 500. */
    @Test
    void oneCategoryNameAddedEightTimesAtOnceIsAddedOnceAndEveryOtherIsToldItIsTaken() throws Exception {
        String name = "At once " + UUID.randomUUID().toString().substring(0, 8);

        postedAtOnceByCoordinators("/admin/categories", Map.of("name", name), "name",
                "There is already a category with this name");

        assertThat(jdbc.sql("select count(*) from category where name = :name").param("name", name)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** The same for two coordinators inviting one address at once: one account, one invitation. */
    @Test
    void oneAddressInvitedEightTimesAtOnceIsInvitedOnceAndEveryOtherIsToldItIsTaken() throws Exception {
        String email = "at-once-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long radley = id("school", "radley-college");

        postedAtOnceByCoordinators("/admin/users", Map.of("email", email, "role", "REPRESENTATIVE",
                "schoolId", String.valueOf(radley)), "email", "There is already an account with this e-mail address");

        assertThat(jdbc.sql("select count(*) from account where email = :email").param("email", email)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** The same for two coordinators adding one calendar address for one school at once. */
    @Test
    void oneCalendarAddressAddedEightTimesAtOnceIsAddedOnceAndEveryOtherIsToldItIsTaken() throws Exception {
        String url = "https://example.org/at-once-" + UUID.randomUUID().toString().substring(0, 8) + ".ics";

        postedAtOnceByCoordinators("/admin/imports", Map.of("url", url, "schoolId", String.valueOf(id("school", "radley-college")),
                "categoryId", String.valueOf(id("category", "academic"))), "url", "This school already has this calendar address");

        assertThat(jdbc.sql("select count(*) from import_source where url = :url").param("url", url)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * Eight items of each kind with one title, added at once (eight coordinators, or eight browsers): each is saved
     * under its own address, made from the title as one after another would be, and none gets a 500.
     */
    @Test
    void itemsWithOneTitleAddedEightAtATimeAreAllSavedEachUnderItsOwnAddress() throws Exception {
        String title = "At once " + UUID.randomUUID().toString().substring(0, 8);
        long radley = id("school", "radley-college");

        savedAtOnce("/admin/news/new", "/admin/news", Map.of("title", title, "summary", "S", "body", "B"));
        savedAtOnce("/admin/programmes/new", "/admin/programmes",
                Map.of("title", title, "summary", "S", "body", "B", "placement", "WHAT_WE_DO"));
        savedAtOnce("/admin/schools/new", "/admin/schools/new", Map.of("name", title, "sector", "STATE", "colour", "#1d4f91"));
        savedAtOnce("/admin/events/new", "/admin/events", Map.of("title", title, "summary", "S", "startDate", "2031-05-20",
                "startTime", "16:00", "endTime", "17:00", "hostSchoolIds", String.valueOf(radley),
                "categoryId", String.valueOf(id("category", "academic")), "audiences", "STUDENTS"));

        for (String table : List.of("news_post", "programme_page", "event")) {
            assertThat(jdbc.sql("select slug from " + table + " where title = :title").param("title", title)
                    .query(String.class).list()).as(table).hasSize(AT_ONCE).doesNotHaveDuplicates();
        }
        assertThat(jdbc.sql("select slug from school where name = :name").param("name", title)
                .query(String.class).list()).hasSize(AT_ONCE).doesNotHaveDuplicates();
    }

    /** One address typed into eight new posts at once: one post gets it, and every other is told by the field. */
    @Test
    void oneTypedAddressSavedEightTimesAtOnceGoesToOnePostAndEveryOtherIsToldItIsTaken() throws Exception {
        String slug = "at-once-" + UUID.randomUUID().toString().substring(0, 8);

        postedAtOnceByCoordinators("/admin/news/new", "/admin/news", Map.of("title", "Typed address", "slug", slug,
                "summary", "S", "body", "B"), "slug", "Another item already uses this address");

        assertThat(jdbc.sql("select count(*) from news_post where slug = :slug").param("slug", slug)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** Two coordinators adding the same holiday at once: one is added, the others told by the field that it overlaps. */
    @Test
    void oneHolidayAddedEightTimesAtOnceIsAddedOnceAndEveryOtherIsToldItOverlaps() throws Exception {
        String name = "At once " + UUID.randomUUID().toString().substring(0, 8);

        postedAtOnceByCoordinators("/admin/settings/term-dates", Map.of("kind", "HOLIDAY", "name", name,
                "firstDay", "2041-02-18", "lastDay", "2041-02-22"), "firstDay", "These days overlap");

        assertThat(jdbc.sql("select count(*) from term_break where name = :name").param("name", name)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * A draft published from eight tabs at once: published once, and every other tab is told it changed meanwhile.
     * Those that passed the version check together used to lose at the commit with a 500.
     */
    @Test
    void aDraftPublishedEightTimesAtOnceIsPublishedOnceWithoutAnError() throws Exception {
        long draft = jdbc.sql("""
                        insert into event (title, slug, all_day, starts_at, ends_at, category_id, status, audiences,
                                           year_groups)
                        values ('Published at once', :slug, false, now() + interval '30 days',
                                now() + interval '30 days 1 hour', (select id from category where slug = 'academic'),
                                'DRAFT', '{PARENTS}', '{}') returning id""")
                .param("slug", "published-at-once-" + UUID.randomUUID().toString().substring(0, 8))
                .query(Long.class).single();
        String path = "/admin/events/" + draft;

        List<HttpResponse<String>> answers = addedAtOnce(path, path + "/publish", Map.of());

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(jdbc.sql("select status from event where id = :id").param("id", draft).query(String.class).single())
                .isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select count(*) from audit_entry where item_id = :id and action = 'published'")
                .param("id", draft).query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * One account deactivated from eight tabs at once: deactivated, its sessions ended, and every answer a redirect
     * or the page saying someone changed it at the same moment (409). Ending the sessions took a second database
     * connection while holding the first, so eight at once held the whole pool, and every one was answered 503.
     */
    @Test
    void anAccountDeactivatedEightTimesAtOnceIsDeactivatedAndSignedOutWithoutAnError() throws Exception {
        String email = "deactivated-at-once-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long account = jdbc.sql("""
                        insert into account (email, name, password_hash, role, school_id, status)
                        select :email, 'Deactivated at once', password_hash, role, school_id, 'ACTIVE'
                        from account where email = :rep returning id""")
                .param("email", email).param("rep", RADLEY_REP).query(Long.class).single();
        WebVisitor signedIn = WebVisitor.of(app).signIn(email, REP_PASSWORD);
        assertThat(signedIn.get("/proposals").statusCode()).isEqualTo(200);
        String path = "/admin/users/" + account;

        List<HttpResponse<String>> answers = addedAtOnce(path, path + "/deactivate", Map.of());

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302, 409).contains(302);
        everyPageHeaded(answers, 409, "Someone else changed this at the same moment");
        assertThat(jdbc.sql("select status from account where id = :id").param("id", account)
                .query(String.class).single()).isEqualTo("DEACTIVATED");
        assertThat(signedIn.get("/proposals").statusCode()).as("signed out").isEqualTo(302);
    }

    /**
     * A proposal approved from eight tabs at once makes one draft event, and its history says "approved" once. The
     * move's update found no row at the version read once another had moved it, and went on regardless: eight events.
     */
    @Test
    void aProposalApprovedEightTimesAtOnceMakesOneEvent() throws Exception {
        String title = "Approved at once " + UUID.randomUUID().toString().substring(0, 8);
        String location = post(newProposalForm(title)).headers().firstValue("Location").orElseThrow();
        String proposal = location.substring(location.lastIndexOf('/') + 1);
        String path = "/admin/proposals/" + proposal;

        List<HttpResponse<String>> answers = addedAtOnce(path, path + "/review", Map.of("action", "approve"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(jdbc.sql("select count(*) from event where title = :title").param("title", title)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from proposal_history where proposal_id = :id and action = 'status.APPROVED'")
                .param("id", Long.parseLong(proposal)).query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * "Create account" on an invitation clicked twice (or more): the account is set up once, and the later answers say
     * the invitation has been used, which tells the person to sign in. Both used to pass the link's check, and the later
     * lost at its commit.
     */
    @Test
    void anInvitationAcceptedEightTimesAtOnceSetsTheAccountUpOnceAndTheOthersAreToldItIsUsed() throws Exception {
        String email = "invited-at-once-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String token = "at-once-" + UUID.randomUUID();
        jdbc.sql("""
                        with invited as (
                            insert into account (email, role, school_id, status)
                            select :email, 'REPRESENTATIVE', id, 'INVITED' from school where slug = 'radley-college'
                            returning id)
                        insert into account_token (token_hash, purpose, account_id, created_at, expires_at)
                        select encode(sha256(convert_to(:token, 'UTF8')), 'hex'), 'INVITATION', id, now(),
                               now() + interval '7 days'
                        from invited""")
                .param("email", email).param("token", token).update();
        WebVisitor invited = WebVisitor.of(app);
        String path = "/invitations/" + token;
        Map<String, String> form = formData(Jsoup.parse(invited.get(path).body()), path);
        form.putAll(Map.of("name", "Invited At Once", "newPassword", "seven lilac kites over radley",
                "confirmPassword", "seven lilac kites over radley"));

        List<HttpResponse<String>> answers = postAtOnce(invited, path, java.util.Collections.nCopies(AT_ONCE, form));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302, 410).containsOnlyOnce(302);
        everyPageHeaded(answers, 410, "This invitation has already been used");
        assertThat(jdbc.sql("select status from account where email = :email").param("email", email)
                .query(String.class).single()).isEqualTo("ACTIVE");
    }

    /**
     * "Sign in" clicked several times: every click signs in. Noting the time of the sign-in used to change the account's
     * version, so the later of two sign-ins at once lost at its commit and showed "Someone else changed this at the same
     * moment" (thirteenth session of issue 18, found by a double click). Four, not eight: the sign-in throttle lets
     * five attempts on one account through at once (site.login-throttle.attempts-per-account), and refuses the rest.
     */
    @Test
    void oneSignInFormPostedFourTimesAtOnceSignsInEveryTime() throws Exception {
        jdbc.sql("update account set last_sign_in = null where email = :email").param("email", COORDINATOR).update();
        long version = jdbc.sql("select version from account where email = :email").param("email", COORDINATOR)
                .query(Long.class).single();
        WebVisitor visitor = WebVisitor.of(app);
        Map<String, String> form = formData(Jsoup.parse(visitor.get("/login").body()), "/login");
        form.putAll(Map.of("email", COORDINATOR, "password", COORDINATOR_PASSWORD));

        List<HttpResponse<String>> answers = postAtOnce(visitor, "/login", java.util.Collections.nCopies(4, form));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(answers).extracting(answer -> answer.headers().firstValue("Location").orElse(""))
                .allSatisfy(location -> assertThat(location).doesNotContain("/login"));
        assertThat(jdbc.sql("select last_sign_in is not null and version = :version from account where email = :email")
                .param("email", COORDINATOR).param("version", version).query(Boolean.class).single())
                .as("the sign-in noted, the account's version unchanged").isTrue();
    }

    /** Every answer with {@code status} is a page whose heading is {@code heading}. */
    private static void everyPageHeaded(List<HttpResponse<String>> answers, int status, String heading) {
        assertThat(answers).filteredOn(answer -> answer.statusCode() == status)
                .allSatisfy(answer -> assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo(heading));
    }

    private void savedAtOnce(String page, String action, Map<String, String> values) throws Exception {
        assertThat(addedAtOnce(page, action, values)).as(action).extracting(HttpResponse::statusCode).containsOnly(302);
    }

    private long id(String table, String slug) {
        return jdbc.sql("select id from " + table + " where slug = :slug").param("slug", slug).query(Long.class).single();
    }

    /**
     * Posts the add form at {@code path} eight times at once, each opened on its own as in eight browsers (each its own
     * one-time token), with {@code values}: one is saved (302), and every other is refused by {@code field} (400).
     */
    private void postedAtOnceByCoordinators(String path, Map<String, String> values, String field, String message)
            throws Exception {
        postedAtOnceByCoordinators(path, path, values, field, message);
    }

    private void postedAtOnceByCoordinators(String page, String action, Map<String, String> values, String field,
                                            String message) throws Exception {
        List<HttpResponse<String>> answers = addedAtOnce(page, action, values);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302, 400).containsOnlyOnce(302);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 400)
                .allSatisfy(answer -> assertThat(Jsoup.parse(answer.body()).select("#" + field + "-error").text())
                        .contains(message));
    }

    /**
     * The form posting to {@code action} (its fragment aside), opened eight times at {@code page} by one coordinator
     * and posted at once with {@code values} typed over it; the answers.
     */
    private List<HttpResponse<String>> addedAtOnce(String page, String action, Map<String, String> values)
            throws Exception {
        WebVisitor coordinator = WebVisitor.of(app).signIn(COORDINATOR, COORDINATOR_PASSWORD);
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            Document opened = Jsoup.parse(coordinator.get(page).body());
            String target = opened.select("form[method=post][action=" + action + "], form[method=post][action^="
                    + action + "#]").attr("action");
            Map<String, String> form = formData(opened, target);
            form.putAll(values);
            forms.add(form);
        }
        return postAtOnce(coordinator, action, forms);
    }

    @Test
    void oneFormPostedEightTimesAtOnceCreatesOneProposalAndSendsEveryPostToIt() throws Exception {
        String title = "Double click " + UUID.randomUUID();
        Map<String, String> form = newProposalForm(title);
        assertThat(form).containsKey("_submission");

        List<HttpResponse<String>> answers = postAtOnce(java.util.Collections.nCopies(AT_ONCE, form));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(answers).extracting(answer -> answer.headers().firstValue("Location").orElseThrow())
                .containsOnly(answers.getFirst().headers().firstValue("Location").orElseThrow())
                .allSatisfy(location -> assertThat(location).matches(".*/proposals/\\d+"));
        assertThat(proposalsTitled(title)).isEqualTo(1);

        HttpResponse<String> later = post(form);   // the back button, and "send" once more
        assertThat(later.statusCode()).isEqualTo(302);
        assertThat(later.headers().firstValue("Location")).isEqualTo(answers.getFirst().headers().firstValue("Location"));
        assertThat(proposalsTitled(title)).isEqualTo(1);
    }

    @Test
    void aFormSentAgainWithOtherContentIsANewSubmissionNotDropped() throws Exception {
        String title = "Went back " + UUID.randomUUID();
        Map<String, String> form = newProposalForm(title + " first");
        HttpResponse<String> first = post(form);

        Map<String, String> changed = new java.util.LinkedHashMap<>(form);   // the back button, then a change
        changed.put("title", title + " second");
        HttpResponse<String> second = post(changed);

        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isNotEqualTo(first.headers().firstValue("Location"));
        assertThat(proposalsTitled(title + "%")).isEqualTo(2);
    }

    @Test
    void aFormWithMistakesCanBeCorrectedAndSentWithItsToken() throws Exception {
        String title = "Corrected " + UUID.randomUUID();
        Map<String, String> form = new java.util.LinkedHashMap<>(newProposalForm(title));
        form.put("description", "");

        HttpResponse<String> refused = post(form);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary").text()).isNotBlank();

        Map<String, String> corrected = formData(page, "/proposals");
        corrected.put("description", "Now described.");
        HttpResponse<String> sent = post(corrected);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(proposalsTitled(title)).isEqualTo(1);
    }

    private Map<String, String> newProposalForm(String title) throws Exception {
        HttpResponse<String> page = representative.get("/proposals/new");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> form = formData(Jsoup.parse(page.body()), "/proposals");
        form.put("title", title);
        form.put("description", "Posted by a test of requests at once.");
        form.put("flexible", "true");
        form.put("flexibleNote", "Any Wednesday in March");
        return form;
    }

    private static Map<String, String> formData(Document page, String action) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        page.select("form[method=post]").forms().stream()
                .filter(form -> form.attr("action").endsWith(action))
                .findFirst().orElseThrow()
                .formData().forEach(field -> fields.putIfAbsent(field.key(), field.value()));
        return fields;
    }

    private List<HttpResponse<String>> postAtOnce(List<Map<String, String>> forms) throws Exception {
        return postAtOnce(representative, "/proposals", forms);
    }

    private static List<HttpResponse<String>> postAtOnce(WebVisitor visitor, String path,
                                                         List<Map<String, String>> forms) throws Exception {
        var ready = new CountDownLatch(forms.size());
        var go = new CountDownLatch(1);
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Map<String, String> form : forms) {
                answers.add(clients.submit(() -> {
                    ready.countDown();
                    go.await();
                    return post(visitor, path, form);
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> done = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                done.add(answer.get());
            }
            return done;
        }
    }

    private HttpResponse<String> post(Map<String, String> form) throws Exception {
        return post(representative, "/proposals", form);
    }

    private static HttpResponse<String> post(WebVisitor visitor, String path, Map<String, String> form)
            throws Exception {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return visitor.send(HttpRequest.newBuilder(visitor.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WebVisitor.form(pairs.toArray(String[]::new)))));
    }

    private int proposalsTitled(String pattern) {
        return jdbc.sql("select count(*) from proposal where title like :pattern").param("pattern", pattern)
                .query(Integer.class).single();
    }
}
