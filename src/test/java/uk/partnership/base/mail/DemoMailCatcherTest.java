package uk.partnership.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.base.web.SiteProperties;
import uk.partnership.support.TestDatabase;

/**
 * The demo profile's mail catcher, on a free port and in a schema of its own: what the demo sends is caught
 * and readable at /demo/mail, never delivered.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoMailCatcherTest {

    static final int PORT = freePort();
    static final String SCHEMA = "demo_mail_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

    @DynamicPropertySource
    static void catcherOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("site.mail.demo-catcher-port", () -> PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        TestDatabase.schemaOfItsOwn(registry, SCHEMA);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Mailer mailer;

    @Autowired
    SiteProperties site;

    @Test
    void caughtMailIsListedNewestFirst() throws Exception {
        String first = freshAddress();
        String second = freshAddress();
        mailer.send(first, "invitation", model("Sam"));
        mailer.send(second, "password-reset", model("Sam"));

        Document page = page("/demo/mail");

        assertThat(page.select("main p").first().text())
                .isEqualTo("Mail sent by the demo is caught here and never delivered.");
        List<String> rows = page.select("tbody tr").eachText();
        int newer = indexOfRowWith(rows, second);
        int older = indexOfRowWith(rows, first);
        assertThat(newer).isNotNegative().isLessThan(older);
        assertThat(rows.get(newer)).contains("Reset your password for Demo Partnership");
        assertThat(rows.get(older)).contains("You are invited to Demo Partnership");
    }

    @Test
    void oneMailShowsItsTextAndItsHtmlAsSourceNeverAsAPage() throws Exception {
        String to = freshAddress();
        mailer.send(to, "invitation", model("<script>alert('hi')</script>"));
        Element row = page("/demo/mail").select("tbody tr").stream()
                .filter(candidate -> candidate.text().contains(to)).findFirst().orElseThrow();

        String html = mvc.perform(get(row.select("a").attr("href"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;");
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("You are invited to Demo Partnership");
        assertThat(page.select("pre")).hasSize(2);
        assertThat(page.select("pre").get(0).text()).contains("<script>alert('hi')</script> has invited you",
                site.absolute("/invitations/abc"));
        assertThat(page.select("pre").get(1).text()).contains("<p>Hello,</p>", "&lt;script&gt;");
        assertThat(page.select("main p")).noneMatch(paragraph -> paragraph.text().equals("Hello,"));
    }

    @Test
    void mailThatWasNeverCaughtIsNotFound() throws Exception {
        mvc.perform(get("/demo/mail/100000")).andExpect(status().isNotFound());
    }

    @Test
    void demoStartsWithoutACatcherWhenItsPortIsTaken() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName(DemoMailCatcher.HOST))) {
            var catcher = new DemoMailCatcher(taken.getLocalPort(), Clock.systemUTC());

            catcher.start();

            assertThat(catcher.running()).isFalse();
            assertThat(catcher.messages()).isEmpty();
            catcher.stop();
        }
    }

    @Test
    void catcherKeepsARealSmtpMessageOnceWithTheTimeItArrived() throws Exception {
        Instant arrival = Instant.parse("2026-03-03T16:00:00.250Z");
        var catcher = new DemoMailCatcher(freePort(), Clock.fixed(arrival, ZoneOffset.UTC));
        catcher.start();
        try {
            var smtp = new JavaMailSenderImpl();
            smtp.setHost(DemoMailCatcher.HOST);
            smtp.setPort(catcher.port());
            var message = new SimpleMailMessage();
            message.setFrom("no-reply@school.example");
            message.setTo("first@school.example", "second@school.example");
            message.setSubject("Term dates for 2026");
            message.setText("The spring term starts on Monday.");

            smtp.send(message);

            assertThat(catcher.messages()).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("first@school.example, second@school.example");
                assertThat(mail.from()).isEqualTo("no-reply@school.example");
                assertThat(mail.subject()).isEqualTo("Term dates for 2026");
                assertThat(mail.text()).contains("The spring term starts on Monday.");
                assertThat(mail.receivedAt()).isEqualTo(arrival);
            });
        } finally {
            catcher.stop();
        }
        assertThat(catcher.running()).isFalse();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private Map<String, Object> model(String inviterName) {
        Map<String, Object> model = new HashMap<>();
        model.put("siteName", "Demo Partnership");
        model.put("inviterName", inviterName);
        model.put("roleName", "Teacher");
        model.put("link", site.absolute("/invitations/abc"));
        model.put("expiresAt", "Tuesday 3 March 2026 at 16:00");
        return model;
    }

    private static int indexOfRowWith(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static String freshAddress() {
        return "demo-" + UUID.randomUUID() + "@school.example";
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
