package uk.partnership.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.base.web.SiteProperties;
import uk.partnership.support.MailCatcher;

/** The site's e-mails, sent over real SMTP to the tests' mail catcher and read back as a mail program would. */
@SpringBootTest
@AutoConfigureMockMvc
class MailerTest {

    static final String SITE = "OX14 Learning Partnership";

    @Autowired
    Mailer mailer;

    @Autowired
    SiteProperties site;

    @Autowired
    MessageSource messages;

    @Autowired
    MailProperties properties;

    @Autowired
    MockMvc mvc;

    @Test
    void invitationArrivesWithTheSubjectFromMessagesAndTheAbsoluteLinkInBothParts() {
        String to = freshAddress();
        String link = site.absolute("/invitations/abc123");

        mailer.send(to, "invitation", invitation("Sam Coordinator", "Teacher", "Larkmead School", link));

        List<ReceivedMail> received = MailCatcher.receivedBy(to);
        assertThat(received).hasSize(1);
        ReceivedMail mail = received.getFirst();
        assertThat(mail.to()).isEqualTo(to);
        assertThat(mail.subject()).isEqualTo("You are invited to " + SITE);
        assertThat(link).startsWith("http");
        assertThat(mail.text()).contains(link, "Sam Coordinator", "Teacher", "Larkmead School", "Tue 3 Mar 2026, 16:00");
        assertThat(mail.html()).contains("href=\"" + link + "\"", "Sam Coordinator", "Larkmead School");
    }

    @Test
    void plainTextPartHoldsNoHtml() {
        String to = freshAddress();

        mailer.send(to, "invitation", invitation("Sam Coordinator", "Teacher", null, site.absolute("/invitations/x")));

        String text = MailCatcher.receivedBy(to).getFirst().text();
        assertThat(text).doesNotContainPattern("<[a-zA-Z/!]").doesNotContain("&amp;", "&lt;", "&gt;", "&#");
        assertThat(text).doesNotContain("Your school");
    }

    @Test
    void htmlPartEscapesWhatPeopleTypedAndPlainTextKeepsItAsTyped() {
        String to = freshAddress();
        String name = "<script>alert('hi')</script> & Co";

        mailer.send(to, "invitation", invitation(name, "Teacher", "<b>School</b>", site.absolute("/invitations/x")));

        ReceivedMail mail = MailCatcher.receivedBy(to).getFirst();
        assertThat(mail.html())
                .doesNotContain("<script>", "<b>School</b>")
                .contains("&lt;script&gt;", "&amp; Co", "&lt;b&gt;School&lt;/b&gt;");
        assertThat(mail.text()).contains(name, "<b>School</b>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invitation", "password-reset", "password-changed"})
    void everyMailHasItsWordsFromMessagesAndComesFromTheSite(String template) {
        String to = freshAddress();
        Map<String, Object> model = invitation("Sam Coordinator", "Teacher", "Larkmead School",
                site.absolute("/link"));
        model.put("accountLink", site.absolute("/account"));

        mailer.send(to, template, model);

        ReceivedMail mail = MailCatcher.receivedBy(to).getFirst();
        assertThat(mail.subject()).isEqualTo(messages.getMessage("mail." + template + ".subject",
                new Object[] {SITE}, Locale.UK)).contains(SITE);
        assertThat(mail.from()).contains(properties.from());
        for (String body : List.of(mail.text(), mail.html())) {
            assertThat(body).contains(SITE, site.absolute("/")).doesNotContain("??", "null");
        }
        assertThat(mail.html()).contains("lang=\"en-GB\"", "<p>Hello,</p>").doesNotContain("th:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proposal-submitted", "proposal-resubmitted", "proposal-changes", "proposal-approved",
            "proposal-declined", "proposal-message", "proposal-published", "proposal-reminder"})
    void everyProposalNoticeNamesTheProposalAndItsSchoolInBothParts(String template) {
        Map<String, Object> model = new HashMap<>();
        model.put("siteName", SITE);
        model.put("title", "Robots & rockets");
        model.put("schoolName", "Larkmead School");
        model.put("link", site.absolute("/proposals/3"));
        model.put("subjectArgs", new Object[] {"Robots & rockets"});

        Mailer.Rendered mail = mailer.render(template, model);

        String subject = messages.getMessage("mail." + template + ".subject", new Object[] {"Robots & rockets"},
                Locale.UK);
        String said = messages.getMessage("mail." + template + ".body",
                new Object[] {"Robots & rockets", "Larkmead School"}, Locale.UK);
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.text()).startsWith("Hello,").contains(said, "Open the proposal:", site.absolute("/proposals/3"),
                "This e-mail was sent by the " + SITE + " website.");
        Document html = Jsoup.parse(mail.html());
        assertThat(html.title()).isEqualTo(subject);
        assertThat(html.select("p").eachText()).contains("Hello,", said);
        assertThat(html.select("a").attr("href")).isEqualTo(site.absolute("/proposals/3"));
    }

    @Test
    void subjectArgumentsCanBeGivenExplicitly() {
        String to = freshAddress();
        Map<String, Object> model = invitation("Sam", "Teacher", null, site.absolute("/x"));
        model.put("subjectArgs", new Object[] {"Another Partnership"});

        mailer.send(to, "invitation", model);

        assertThat(MailCatcher.receivedBy(to).getFirst().subject()).isEqualTo("You are invited to Another Partnership");
    }

    @Test
    void mailServerThatCannotBeReachedIsReportedAsMailNotSent() {
        var unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        var beans = new StaticListableBeanFactory(Map.of("mailSender", unreachable));
        var failing = new Mailer(beans.getBeanProvider(JavaMailSender.class), messages, properties, "127.0.0.1");

        assertThatThrownBy(() -> failing.send(freshAddress(), "invitation",
                invitation("Sam", "Teacher", null, site.absolute("/x"))))
                .isInstanceOf(MailNotSentException.class);
    }

    @Test
    void noMailServerConfiguredIsReportedAsMailNotSent() {
        var none = new StaticListableBeanFactory();
        var unconfigured = new Mailer(none.getBeanProvider(JavaMailSender.class), messages, properties, "");

        assertThatThrownBy(() -> unconfigured.send(freshAddress(), "invitation",
                invitation("Sam", "Teacher", null, site.absolute("/x"))))
                .isInstanceOf(MailNotSentException.class);
    }

    /**
     * application.yml always names a mail host (blank without SPRING_MAIL_HOST), so Spring Boot always makes its sender,
     * also in the application processed at build time (ADR 0033): a blank host is read as no mail server at all, and
     * nothing is sent to a server the sender would guess (localhost).
     */
    @Test
    void blankMailHostIsReportedAsNoMailServerEvenWithASender() {
        var catching = new JavaMailSenderImpl();
        catching.setHost("127.0.0.1");
        catching.setPort(MailCatcher.port());
        var beans = new StaticListableBeanFactory(Map.of("mailSender", catching));
        var unconfigured = new Mailer(beans.getBeanProvider(JavaMailSender.class), messages, properties, " ");
        String to = freshAddress();

        assertThatThrownBy(() -> unconfigured.send(to, "invitation",
                invitation("Sam", "Teacher", null, site.absolute("/x"))))
                .isInstanceOfSatisfying(MailNotSentException.class,
                        e -> assertThat(e.failure()).isEqualTo(SendFailure.NOT_CONFIGURED));
        assertThat(MailCatcher.receivedBy(to)).isEmpty();
    }

    @Test
    void caughtMailPagesDoNotExistOutsideTheDemo() throws Exception {
        mvc.perform(get("/demo/mail")).andExpect(status().isNotFound());
        mvc.perform(get("/demo/mail/0")).andExpect(status().isNotFound());
    }

    private static Map<String, Object> invitation(String inviterName, String roleName, String schoolName, String link) {
        Map<String, Object> model = new HashMap<>();
        model.put("siteName", SITE);
        model.put("inviterName", inviterName);
        model.put("roleName", roleName);
        model.put("schoolName", schoolName);
        model.put("link", link);
        model.put("expiresAt", "Tue 3 Mar 2026, 16:00");
        return model;
    }

    private static String freshAddress() {
        return "person-" + UUID.randomUUID() + "@school.example";
    }
}
