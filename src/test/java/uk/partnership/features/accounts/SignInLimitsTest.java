package uk.partnership.features.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.partnership.features.accounts.AccountsJourneyTest.COORDINATOR;
import static uk.partnership.features.accounts.AccountsJourneyTest.COORDINATOR_PASSWORD;
import static uk.partnership.features.accounts.AccountsJourneyTest.GOOD_PASSWORD;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.base.mail.MailOutboxWorker;
import uk.partnership.base.mail.ReceivedMail;
import uk.partnership.support.DemoContent;
import uk.partnership.support.MailCatcher;
import uk.partnership.support.Outbox;

/**
 * The sign-in and password-reset limits at their production values, through the real pages: only failures
 * count, a wrong password from one address does not keep the person out from another or after a reset, the
 * reset form is limited per address and per account, and a refused sign-in takes the same time whatever the
 * account's state. Each test signs in from client addresses of its own, as the counts are in the database.
 */
@SpringBootTest(properties = {"site.login-throttle.attempts-per-address=20",
        "site.login-throttle.reset-requests-per-address=10"})
@AutoConfigureMockMvc
class SignInLimitsTest {

    final MailOutboxWorker outbox;
    final MockMvc mvc;
    final DataSource dataSource;

    @Autowired
    SignInLimitsTest(MailOutboxWorker outbox, MockMvc mvc, DataSource dataSource) {
        this.outbox = outbox;
        this.mvc = mvc;
        this.dataSource = dataSource;
    }

    /** The mail this address has received, once the outbox has sent what is due. */
    private java.util.List<ReceivedMail> mailTo(String email) {
        Outbox.drain(outbox);
        return MailCatcher.receivedBy(email);
    }

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    @BeforeEach
    void demoAccounts() {
        DemoContent.load(dataSource);
    }

    @Test
    void thirtySuccessfulSignInsFromOneAddressDoNotStopTheNext() throws Exception {
        String school = newAddress();
        for (int i = 0; i < 30; i++) {
            mvc.perform(signIn(COORDINATOR, COORDINATOR_PASSWORD, school)).andExpect(redirectedUrl("/admin"));
        }

        mvc.perform(signIn(COORDINATOR, COORDINATOR_PASSWORD, school)).andExpect(redirectedUrl("/admin"));
        mvc.perform(signIn(COORDINATOR, "not the password", school)).andExpect(status().isBadRequest());
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotStopTheRightPasswordFromAnother() throws Exception {
        String email = activeAccount();
        String attacker = newAddress();
        fiveWrongPasswords(email, attacker);
        Document throttled = page(signIn(email, GOOD_PASSWORD, attacker), 429);
        assertThat(throttled.select(".error-summary").text()).contains("Too many attempts to sign in. Wait",
                "minutes");

        mvc.perform(signIn(email, GOOD_PASSWORD, newAddress())).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void aPasswordResetLetsThePersonInFromAnAddressTheirAccountIsThrottledAt() throws Exception {
        String email = activeAccount();
        String shared = newAddress();
        fiveWrongPasswords(email, shared);
        mvc.perform(signIn(email, GOOD_PASSWORD, shared)).andExpect(status().isTooManyRequests());

        mvc.perform(from(shared, post("/password/forgot").with(csrf()).param("email", email)))
                .andExpect(redirectedUrl("/password/forgot/sent"));
        String link = AccountsJourneyTest.linkIn(mailTo(email).getLast());
        mvc.perform(from(shared, post(link).with(csrf()).param("newPassword", "amber canal evening swifts")
                .param("confirmPassword", "amber canal evening swifts"))).andExpect(redirectedUrl("/login?passwordReset"));

        mvc.perform(signIn(email, "amber canal evening swifts", shared)).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void atMostThreeResetMailsGoToOneAccountInAnHourWithTheSameAnswerEveryTime() throws Exception {
        String email = activeAccount();

        for (int i = 0; i < 5; i++) {
            mvc.perform(from(newAddress(), post("/password/forgot").with(csrf()).param("email", email)))
                    .andExpect(redirectedUrl("/password/forgot/sent"));
        }

        assertThat(mailTo(email).stream().filter(mail -> mail.subject().contains("Reset")).count())
                .isEqualTo(3);
    }

    @Test
    void theEleventhResetRequestFromOneAddressIsRefusedWithAMessageAndNoMail() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            mvc.perform(from(address, post("/password/forgot").with(csrf())
                    .param("email", "nobody-" + UUID.randomUUID() + "@example.org")))
                    .andExpect(redirectedUrl("/password/forgot/sent"));
        }
        String email = activeAccount();

        Document page = page(from(address, post("/password/forgot").with(csrf()).param("email", email)), 429);

        assertThat(page.title()).startsWith("Error: Reset your password");
        assertThat(page.select("#email-error").text()).contains(
                "Too many requests to reset a password from your network. Wait", "then try again");
        assertThat(page.select("input#email").val()).isEqualTo(email);
        assertThat(page.select(".site-header")).as("in the site's layout").isNotEmpty();
        assertThat(mailTo(email).stream().filter(mail -> mail.subject().contains("Reset"))).isEmpty();
        mvc.perform(from(newAddress(), post("/password/forgot").with(csrf()).param("email", email)))
                .andExpect(redirectedUrl("/password/forgot/sent"));
    }

    @Test
    void aRefusedSignInTakesTheSameTimeForAnInvitedAccountAnUnknownAddressAndAWrongPassword() throws Exception {
        String active = activeAccount();
        String invited = "waiting-" + UUID.randomUUID() + "@example.org";
        invitationLink(invited);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        for (String email : List.of(active, invited, unknown)) {
            mvc.perform(signIn(email, "warming up the code", newAddress())).andExpect(status().isBadRequest());
        }

        List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 20; i++) {
            // in turns, so that a busy moment of the machine slows all three alike
            times.get(0).add(refusalMillis(active, i));
            times.get(1).add(refusalMillis(invited, i));
            times.get(2).add(refusalMillis(unknown, i));
        }
        double activeMedian = median(times.get(0));
        double invitedMedian = median(times.get(1));
        double unknownMedian = median(times.get(2));
        System.out.printf("Refused sign-in, median of 20 (ms): wrong password %.1f, invited %.1f, unknown %.1f%n",
                activeMedian, invitedMedian, unknownMedian);

        assertThat(invitedMedian).as("invited against a wrong password").isBetween(activeMedian / 2,
                activeMedian * 2);
        assertThat(unknownMedian).as("unknown address against a wrong password").isBetween(activeMedian / 2,
                activeMedian * 2);
    }

    // --- helpers ---

    private void fiveWrongPasswords(String email, String address) throws Exception {
        for (int i = 1; i <= 5; i++) {
            mvc.perform(signIn(email, "wrong guess " + i, address)).andExpect(status().isBadRequest());
        }
    }

    private double refusalMillis(String email, int attempt) throws Exception {
        MockHttpServletRequestBuilder request = signIn(email, "a wrong password " + attempt, newAddress());
        long started = System.nanoTime();
        mvc.perform(request).andExpect(status().isBadRequest());
        return (System.nanoTime() - started) / 1e6;
    }

    private static double median(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    /** A new coordinator who has accepted their invitation with {@link AccountsJourneyTest#GOOD_PASSWORD}. */
    private String activeAccount() throws Exception {
        String email = "limits-" + UUID.randomUUID() + "@example.org";
        mvc.perform(from(newAddress(), post(invitationLink(email)).with(csrf()).param("name", "Robin Ash")
                .param("newPassword", GOOD_PASSWORD).param("confirmPassword", GOOD_PASSWORD)))
                .andExpect(redirectedUrl("/login?accountReady"));
        return email;
    }

    private String invitationLink(String email) throws Exception {
        Cookie coordinator = mvc.perform(signIn(COORDINATOR, COORDINATOR_PASSWORD, newAddress()))
                .andExpect(redirectedUrl("/admin")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/admin/users").with(csrf()).cookie(coordinator).param("email", email)
                .param("role", "COORDINATOR")).andExpect(redirectedUrl("/admin/users#main"));
        return AccountsJourneyTest.linkIn(mailTo(email).getLast());
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
        return from(address, AccountsJourneyTest.signIn(email, password));
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(sent -> {
            sent.setRemoteAddr(address);
            return sent;
        });
    }

    /** A client address no other test of the run uses (from the documentation range 198.18.0.0/15). */
    private static String newAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString());
    }
}
