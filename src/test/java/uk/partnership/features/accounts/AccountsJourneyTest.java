package uk.partnership.features.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.base.mail.MailOutboxWorker;
import uk.partnership.base.mail.ReceivedMail;
import uk.partnership.support.DemoContent;
import uk.partnership.support.MailCatcher;
import uk.partnership.support.Outbox;
import uk.partnership.support.StoppedClock;
import uk.partnership.support.TestClock;

/**
 * The account life cycle through the real security chain, sessions in PostgreSQL and a real SMTP catcher:
 * sign-in, roles, CSRF, throttling, invitations, password resets and deactivation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@StoppedClock
class AccountsJourneyTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String COORDINATOR_PASSWORD = "coordinator demo walnut";
    static final String RADLEY_REP = "radley-college@ox14.example.org";
    static final String REP_PASSWORD = "representative demo maple";
    static final String GOOD_PASSWORD = "violet tractor orbit lagoon";

    final MockMvc mvc;
    final DataSource dataSource;
    final JdbcClient jdbc;
    final TestClock clock;
    final PasswordEncoder passwords;
    final MailOutboxWorker outbox;
    final MessageSource messages;

    @Autowired
    AccountsJourneyTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc, TestClock clock, PasswordEncoder passwords,
                        MailOutboxWorker outbox, MessageSource messages) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.passwords = passwords;
        this.outbox = outbox;
        this.messages = messages;
    }

    @BeforeEach
    void demoAccounts() {
        DemoContent.load(dataSource);
    }

    @Test
    void coordinatorSignsInAndLandsOnTheDashboard() throws Exception {
        MvcResult result = mvc.perform(signIn(COORDINATOR, COORDINATOR_PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin"))
                .andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("signed in: a session cookie (its flags are checked on a real server in "
                + "SessionSharingTest)").isNotNull();

        Document dashboard = page(get("/admin").cookie(session));
        assertThat(dashboard.select("h1").text()).isEqualTo("Coordinator dashboard");
        assertThat(dashboard.select(".site-nav").text()).contains("Accounts", "Audit trail", "Sign out");
    }

    @Test
    void dashboardCountsActiveAccountsAndWaitingInvitations() throws Exception {
        invitationTo("waiting-" + UUID.randomUUID() + "@example.org", "COORDINATOR", null);
        String leaver = invite("counted-leaver-" + UUID.randomUUID() + "@example.org", "COORDINATOR", null);
        jdbc.sql("update account set status = 'DEACTIVATED' where email = :email").param("email", leaver).update();
        long active = countWithStatus("ACTIVE");
        long invited = countWithStatus("INVITED");
        assertThat(invited).isPositive();
        assertThat(countWithStatus("DEACTIVATED")).isPositive();

        Document dashboard = page(get("/admin").cookie(sessionOf(COORDINATOR, COORDINATOR_PASSWORD, "/admin")));

        assertThat(dashboard.select("a[href=/admin/users]").text())
                .contains(accounts(active, "active account") + ", " + accounts(invited, "invitation") + " waiting.");
    }

    @Test
    void dashboardWordsOneAccountAndNoneAsASentence() {
        assertThat(messages.getMessage("admin.users.body", new Object[] {1L, 0L}, Locale.UK))
                .isEqualTo("1 active account, no invitations waiting.");
        assertThat(messages.getMessage("admin.users.body", new Object[] {1_200L, 1L}, Locale.UK))
                .isEqualTo("1,200 active accounts, 1 invitation waiting.");
    }

    /** "1 active account", "3 invitations": how the dashboard words a count (no thousands in a test database). */
    private static String accounts(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private long countWithStatus(String status) {
        return jdbc.sql("select count(*) from account where status = :status").param("status", status)
                .query(Long.class).single();
    }

    @Test
    void wrongPasswordShowsTheErrorPatternAndKeepsTheEmail() throws Exception {
        MvcResult result = mvc.perform(signIn(COORDINATOR, "not the password"))
                .andExpect(status().isBadRequest()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());

        assertThat(page.title()).startsWith("Error: Sign in");
        assertThat(page.select(".error-summary a[href=#email]").text())
                .isEqualTo("The e-mail address or password is not right. Check them and try again.");
        assertThat(page.select("#email-error").text()).contains("not right");
        assertThat(page.select("input#email").val()).isEqualTo(COORDINATOR);
        assertThat(page.select("input#password").val()).isEmpty();
    }

    @Test
    void unknownAddressGetsExactlyTheSameAnswerAsAWrongPassword() throws Exception {
        String unknown = mvc.perform(signIn("nobody-" + UUID.randomUUID() + "@example.org", "whatever"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(unknown).select(".error-summary").text())
                .isEqualTo("There is a problem The e-mail address or password is not right. Check them and try again.");
    }

    @Test
    void emptyFieldsAreNamedByTheField() throws Exception {
        Document page = Jsoup.parse(mvc.perform(signIn("", "")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".error-summary li").eachText())
                .containsExactly("Enter your e-mail address", "Enter your password");
    }

    @Test
    void representativeCannotReachAnyAdminPage() throws Exception {
        Cookie session = sessionOf(RADLEY_REP, REP_PASSWORD, "/proposals");

        for (String path : List.of("/admin", "/admin/users", "/admin/audit", "/admin/users/1", "/admin/events",
                "/admin/events/new", "/admin/schools", "/admin/schools/new", "/admin/categories", "/admin/settings")) {
            mvc.perform(get(path).cookie(session)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/users").with(csrf()).cookie(session).param("email", "x@example.org")
                .param("role", "COORDINATOR")).andExpect(status().isForbidden());
    }

    @Test
    void visitorIsSentToSignInForSignedInPages() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
    }

    @Test
    void everyPostNeedsTheCsrfToken() throws Exception {
        Cookie session = sessionOf(COORDINATOR, COORDINATOR_PASSWORD, "/admin");
        for (String path : List.of("/login", "/logout", "/account/name", "/account/password", "/admin/users",
                "/admin/users/1", "/admin/users/1/deactivate", "/password/forgot", "/password/reset/abc",
                "/invitations/abc")) {
            mvc.perform(post(path).cookie(session).param("name", "x")).andExpect(status().isForbidden());
        }
    }

    @Test
    void sixthAttemptForOneAccountIsThrottledWithAClearMessage() throws Exception {
        String email = invite("throttled-" + UUID.randomUUID() + "@example.org", "COORDINATOR", null);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(signIn(email, "wrong " + attempt)).andExpect(status().isBadRequest());
        }

        Document page = Jsoup.parse(mvc.perform(signIn(email, "wrong 6"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString());

        assertThat(page.select(".error-summary").text()).contains("Too many attempts to sign in. Wait", "minutes");
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(signIn(email, "wrong 7")).andExpect(status().isBadRequest());
    }

    @Test
    void invitedPersonSetsNameAndPasswordOnceThenSignsIn() throws Exception {
        String email = "new-rep-" + UUID.randomUUID() + "@example.org";
        // A school that exists now: other tests add and remove schools, so no id is fixed.
        String school = String.valueOf(jdbc.sql("select min(id) from school").query(Long.class).single());
        String link = linkIn(invitationTo(email, "REPRESENTATIVE", school));

        Document form = page(get(link));
        assertThat(form.select("h1").text()).isEqualTo("Set up your account");
        mvc.perform(post(link).with(csrf()).param("name", "Sam Taylor").param("newPassword", "password123")
                .param("confirmPassword", "password123")).andExpect(status().isBadRequest());
        mvc.perform(post(link).with(csrf()).param("name", "Sam Taylor").param("newPassword", GOOD_PASSWORD)
                .param("confirmPassword", GOOD_PASSWORD)).andExpect(redirectedUrl("/login?accountReady"));

        mvc.perform(get(link)).andExpect(status().isGone());
        mvc.perform(post(link).with(csrf()).param("name", "Someone else").param("newPassword", GOOD_PASSWORD)
                .param("confirmPassword", GOOD_PASSWORD)).andExpect(status().isGone());
        mvc.perform(signIn(email, GOOD_PASSWORD)).andExpect(redirectedUrl("/proposals"));
        assertThat(auditActions(email)).contains("invited", "accepted invitation");
    }

    @Test
    void invitationExpiresAfterSevenDays() throws Exception {
        String email = "late-" + UUID.randomUUID() + "@example.org";
        String link = linkIn(invitationTo(email, "COORDINATOR", null));

        clock.advance(Duration.ofDays(7).plusMinutes(1));

        Document page = page(get(link), 410);
        assertThat(page.select("h1").text()).isEqualTo("This invitation has expired");
    }

    @Test
    void unknownLinkIsNotFound() throws Exception {
        assertThat(page(get("/invitations/not-a-real-token"), 404).select("h1").text())
                .isEqualTo("This invitation link does not work");
        assertThat(page(get("/password/reset/not-a-real-token"), 404).select("h1").text())
                .isEqualTo("This link does not work");
    }

    @Test
    void forgottenPasswordSaysTheSameWhetherOrNotTheAddressExists() throws Exception {
        String email = invite("forgetful-" + UUID.randomUUID() + "@example.org", "COORDINATOR", null);

        mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password/forgot/sent"));
        mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody-" + UUID.randomUUID() + "@example.org"))
                .andExpect(redirectedUrl("/password/forgot/sent"));
        Document bad = page(post("/password/forgot").with(csrf()).param("email", "not an address"), 400);
        assertThat(bad.select("#email-error").text()).contains("Enter an e-mail address in the correct format");
        assertThat(bad.select("input#email").val()).isEqualTo("not an address");

        String link = linkIn(mailTo(email).getLast());
        mvc.perform(post(link).with(csrf()).param("newPassword", "a much better password")
                .param("confirmPassword", "a much better password")).andExpect(redirectedUrl("/login?passwordReset"));
        mvc.perform(signIn(email, GOOD_PASSWORD)).andExpect(status().isBadRequest());
        mvc.perform(signIn(email, "a much better password")).andExpect(redirectedUrl("/admin"));
        mvc.perform(get(link)).andExpect(status().isGone());
    }

    @Test
    void resetLinkExpiresAfterAnHour() throws Exception {
        String email = invite("slow-" + UUID.randomUUID() + "@example.org", "COORDINATOR", null);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String link = linkIn(mailTo(email).getLast());

        clock.advance(Duration.ofMinutes(61));

        assertThat(page(get(link), 410).select("h1").text()).isEqualTo("This link has expired");
    }

    @Test
    void deactivatingAnAccountEndsItsSessionsAtOnce() throws Exception {
        String email = invite("leaver-" + UUID.randomUUID() + "@example.org", "COORDINATOR", null);
        Cookie leaver = sessionOf(email, GOOD_PASSWORD, "/admin");
        mvc.perform(get("/account").cookie(leaver)).andExpect(status().isOk());
        Cookie coordinator = sessionOf(COORDINATOR, COORDINATOR_PASSWORD, "/admin");
        long id = jdbc.sql("select id from account where email = :email").param("email", email)
                .query(Long.class).single();

        mvc.perform(post("/admin/users/" + id + "/deactivate").with(csrf()).cookie(coordinator))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/account").cookie(leaver)).andExpect(status().is3xxRedirection());
        mvc.perform(signIn(email, GOOD_PASSWORD)).andExpect(status().isBadRequest());
        assertThat(auditActions(email)).contains("deactivated");
    }

    @Test
    void passwordChangeChecksTheCurrentPasswordAndThePolicy() throws Exception {
        String email = invite("changer-" + UUID.randomUUID() + "@example.org", "COORDINATOR", null);
        Cookie session = sessionOf(email, GOOD_PASSWORD, "/admin");

        Document wrong = page(post("/account/password").with(csrf()).cookie(session)
                .param("currentPassword", "nope").param("newPassword", "short").param("confirmPassword", "short"), 400);
        assertThat(wrong.title()).startsWith("Error: ");
        assertThat(wrong.select(".error-summary li").eachText()).containsExactly(
                "Your current password is not right", "Password must be 12 characters or more");

        mvc.perform(post("/account/password").with(csrf()).cookie(session).param("currentPassword", GOOD_PASSWORD)
                .param("newPassword", "seven silver kites drifting").param("confirmPassword", "seven silver kites drifting"))
                .andExpect(redirectedUrl("/account"));
        assertThat(mailTo(email).getLast().subject()).contains("password");
        assertThat(auditActions(email)).contains("changed password");
    }

    @Test
    void inviteFormKeepsWhatWasTypedAndExplainsEachProblem() throws Exception {
        Cookie coordinator = sessionOf(COORDINATOR, COORDINATOR_PASSWORD, "/admin");

        Document page = page(post("/admin/users").with(csrf()).cookie(coordinator)
                .param("email", RADLEY_REP).param("role", "REPRESENTATIVE").param("schoolId", ""), 400);

        assertThat(page.title()).startsWith("Error: Accounts");
        assertThat(page.select(".error-summary li").eachText()).containsExactlyInAnyOrder(
                "There is already an account with this e-mail address",
                "Select the school this representative acts for");
        assertThat(page.select("form.panel input#email").val()).isEqualTo(RADLEY_REP);
        assertThat(page.select("input[name=role][value=REPRESENTATIVE]").hasAttr("checked")).isTrue();
    }

    /** 100 characters, 100 bytes: more than bcrypt's 72. */
    static final String LONG_PASSPHRASE =
            "the quiet harbour lights flicker over seven green hills while distant bells ring across sleepy towns";
    /** 20 emoji and two words: 35 characters, 94 bytes. */
    static final String EMOJI_PASSWORD = "🌲🦊🍄🌙⭐🐝🌻🍂🐢🌊🎈🧭🪁🦉🌵🍋🐚🚲🎻🧩 lantern meadow";

    @Test
    void passwordsLongerThanSeventyTwoBytesWorkForInvitationChangeAndReset() throws Exception {
        assertThat(LONG_PASSPHRASE).hasSize(100);
        assertThat(EMOJI_PASSWORD.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
        String email = "long-" + UUID.randomUUID() + "@example.org";
        String link = linkIn(invitationTo(email, "COORDINATOR", null));
        mvc.perform(post(link).with(csrf()).param("name", "Morgan Reed").param("newPassword", LONG_PASSPHRASE)
                .param("confirmPassword", LONG_PASSPHRASE)).andExpect(redirectedUrl("/login?accountReady"));
        Cookie session = sessionOf(email, LONG_PASSPHRASE, "/admin");

        mvc.perform(post("/account/password").with(csrf()).cookie(session).param("currentPassword", LONG_PASSPHRASE)
                .param("newPassword", EMOJI_PASSWORD).param("confirmPassword", EMOJI_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        sessionOf(email, EMOJI_PASSWORD, "/admin");

        mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password/forgot/sent"));
        String reset = linkIn(mailTo(email).getLast());
        String longer = LONG_PASSPHRASE + " and the ferry waits";
        mvc.perform(post(reset).with(csrf()).param("newPassword", longer).param("confirmPassword", longer))
                .andExpect(redirectedUrl("/login?passwordReset"));
        mvc.perform(signIn(email, LONG_PASSPHRASE)).andExpect(status().isBadRequest());
        sessionOf(email, longer, "/admin");
    }

    @Test
    void aPasswordOverTheLimitIsRefusedByTheFieldAndNothingChanges() throws Exception {
        String email = invite("limit-" + UUID.randomUUID() + "@example.org", "COORDINATOR", null);
        Cookie session = sessionOf(email, GOOD_PASSWORD, "/admin");
        String tooLong = LONG_PASSPHRASE + LONG_PASSPHRASE + LONG_PASSPHRASE;

        Document page = page(post("/account/password").with(csrf()).cookie(session)
                .param("currentPassword", GOOD_PASSWORD).param("newPassword", tooLong)
                .param("confirmPassword", tooLong), 400);

        assertThat(page.select("#newPassword-error").text()).contains("Password must be 128 characters or fewer");
        sessionOf(email, GOOD_PASSWORD, "/admin");
    }

    @Test
    void theDemoHashesMatchTheDocumentedPasswords() throws Exception {
        String script = new String(new org.springframework.core.io.ClassPathResource(DemoContent.SCRIPT)
                .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher hashes = Pattern.compile("'(\\{bcrypt}[^']+)'").matcher(script);
        assertThat(hashes.find()).isTrue();
        assertThat(passwords.matches(COORDINATOR_PASSWORD, hashes.group(1))).isTrue();
        assertThat(hashes.find()).isTrue();
        assertThat(passwords.matches(REP_PASSWORD, hashes.group(1))).isTrue();
        assertThat(passwords.matches(LONG_PASSPHRASE, hashes.group(1))).as("too long for bcrypt: no match, no error")
                .isFalse();
    }

    @Test
    void anOldBcryptHashStillSignsInAndIsReplacedByTheNewFormat() throws Exception {
        String email = "larkmead-school@ox14.example.org";
        String bcrypt = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(REP_PASSWORD);
        jdbc.sql("update account set password_hash = :hash where email = :email").param("hash", "{bcrypt}" + bcrypt)
                .param("email", email).update();

        mvc.perform(signIn(email, LONG_PASSPHRASE)).andExpect(status().isBadRequest());
        sessionOf(email, REP_PASSWORD, "/proposals");

        assertThat(passwordHash(email)).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        sessionOf(email, REP_PASSWORD, "/proposals");
        mvc.perform(signIn(email, "representative demo maplE")).andExpect(status().isBadRequest());
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String email = invite("two-devices-" + UUID.randomUUID() + "@example.org", "COORDINATOR", null);
        Cookie laptop = sessionOf(email, GOOD_PASSWORD, "/admin");
        Cookie phone = sessionOf(email, GOOD_PASSWORD, "/admin");
        mvc.perform(get("/account").cookie(phone)).andExpect(status().isOk());

        mvc.perform(post("/account/password").with(csrf()).cookie(laptop).param("currentPassword", GOOD_PASSWORD)
                .param("newPassword", "seven silver kites drifting")
                .param("confirmPassword", "seven silver kites drifting")).andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").cookie(laptop)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(phone)).andExpect(status().is3xxRedirection());
    }

    // --- helpers ---

    /** Invites and accepts an account with {@link #GOOD_PASSWORD}; returns its e-mail. */
    private String invite(String email, String role, String schoolId) throws Exception {
        String link = linkIn(invitationTo(email, role, schoolId));
        mvc.perform(post(link).with(csrf()).param("name", "Test Person").param("newPassword", GOOD_PASSWORD)
                .param("confirmPassword", GOOD_PASSWORD)).andExpect(status().is3xxRedirection());
        return email;
    }

    private ReceivedMail invitationTo(String email, String role, String schoolId) throws Exception {
        Cookie coordinator = sessionOf(COORDINATOR, COORDINATOR_PASSWORD, "/admin");
        var request = post("/admin/users").with(csrf()).cookie(coordinator).param("email", email).param("role", role);
        if (schoolId != null) {
            request.param("schoolId", schoolId);
        }
        mvc.perform(request).andExpect(redirectedUrl("/admin/users#main"));
        List<ReceivedMail> mails = mailTo(email);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    /** The mail this address has received, once the outbox has sent what is due. */
    private List<ReceivedMail> mailTo(String email) {
        Outbox.drain(outbox);
        return MailCatcher.receivedBy(email);
    }

    static String linkIn(ReceivedMail mail) {
        Matcher link = Pattern.compile("http://localhost:8080(/(?:invitations|password/reset)/[A-Za-z0-9_-]+)")
                .matcher(mail.text());
        assertThat(link.find()).as("a one-time link in: " + mail.text()).isTrue();
        assertThat(mail.html()).contains(link.group());
        return link.group(1);
    }

    private Cookie sessionOf(String email, String password, String landing) throws Exception {
        MvcResult result = mvc.perform(signIn(email, password)).andExpect(redirectedUrl(landing)).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    static MockHttpServletRequestBuilder signIn(String email, String password) {
        return post("/login").with(csrf()).param("email", email).param("password", password);
    }

    private String passwordHash(String email) {
        return jdbc.sql("select password_hash from account where email = :email").param("email", email)
                .query(String.class).single();
    }

    private List<String> auditActions(String email) {
        return jdbc.sql("select action from audit_entry where item_type = 'account' and item_label = :email order by id")
                .param("email", email).query(String.class).list();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, 200);
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString());
    }
}
