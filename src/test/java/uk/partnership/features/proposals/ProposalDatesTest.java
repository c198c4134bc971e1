package uk.partnership.features.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.base.mail.MailOutboxWorker;
import uk.partnership.base.mail.ReceivedMail;
import uk.partnership.base.web.DateFormats;
import uk.partnership.support.DemoContent;
import uk.partnership.support.MailCatcher;
import uk.partnership.support.Outbox;

/**
 * Issue 19: a proposal's real dates, from the representative's form to the draft event; the proposal's notes for
 * the coordinator only; a draft from a flexible proposal refused publication until its date is set; the
 * representative's page leading with the next step, then linking the published event, and the e-mail saying so.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProposalDatesTest {

    static final String RADLEY = ProposalRepresentativeTest.RADLEY;
    static final String COORDINATOR = ProposalRepresentativeTest.COORDINATOR;
    static final LocalDate FIRST = ProposalRepresentativeTest.FIRST_DATE;

    final MockMvc mvc;
    final DataSource dataSource;
    final JdbcClient jdbc;
    final MailOutboxWorker outbox;
    Cookie radley;
    Cookie coordinator;

    @Autowired
    ProposalDatesTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc, MailOutboxWorker outbox) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        radley = session(RADLEY, ProposalRepresentativeTest.REP_PASSWORD);
        coordinator = session(COORDINATOR, "coordinator demo walnut");
    }

    @Test
    void theFormOffersThreeDateRowsWithPickersAndHints() throws Exception {
        Document form = page(get("/proposals/new").cookie(radley), 200);
        assertThat(form.select("input[type=date]")).hasSize(3);
        assertThat(form.select("input[type=time]")).hasSize(6);
        assertThat(form.select("input[id=dates[0].day]").attr("aria-describedby")).isEqualTo("dates[0].day-hint");
        assertThat(form.getElementById("dates[0].day-hint").text()).isEqualTo("For example, 27/03/2027");
        assertThat(form.getElementById("dates[0].starts-hint").text()).isEqualTo("Use the 24-hour clock, for example 16:00");
        // The hints are shown once, by the first row, and describe every row's boxes.
        assertThat(form.select(".proposal-date .form-hint")).hasSize(3);
        assertThat(form.select("input[id=dates[2].ends]").attr("aria-describedby")).isEqualTo("dates[0].ends-hint");
        assertThat(form.select("button[name=addDate]").text()).isEqualTo("Add another date");
    }

    @Test
    void datesAreSavedAndShownInOrderWithTheirTimes() throws Exception {
        String title = "Robotics " + UUID.randomUUID().toString().substring(0, 8);
        long id = propose(title);
        Document show = page(get("/proposals/" + id).cookie(radley), 200);
        assertThat(show.select(".summary-list time").eachText()).containsExactly(
                DateFormats.DAY.format(FIRST) + ", 16:00\u201317:30", DateFormats.DAY.format(FIRST.plusWeeks(1)));
        assertThat(show.select(".summary-list time").first().attr("datetime")).isEqualTo(FIRST.toString());
        // What was saved comes back into the edit form, in ISO form for the date and time boxes.
        Document edit = page(get("/proposals/" + id + "/edit").cookie(radley), 200);
        assertThat(edit.select("input[name=dates[0].day]").val()).isEqualTo(FIRST.toString());
        assertThat(edit.select("input[name=dates[0].starts]").val()).isEqualTo("16:00");
        assertThat(edit.select("input[name=dates[1].day]").val()).isEqualTo(FIRST.plusWeeks(1).toString());
        assertThat(edit.select("input[name=dates[2].day]").val()).isEmpty();
    }

    @Test
    void aDateTypedTheBritishWayIsReadToo() throws Exception {
        String typed = FIRST.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String location = mvc.perform(post("/proposals").with(csrf()).cookie(radley).param("title", "Typed dates")
                        .param("description", "Text").param("dates[0].day", typed).param("dates[0].starts", "09:30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/proposals/".length()));
        assertThat(jdbc.sql("select day::text || ' ' || starts_at::text from proposal_date where proposal_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo(FIRST + " 09:30:00");
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNotMovedAndAGoodDayComesBackAsThePickerReadsIt() throws Exception {
        String typed = FIRST.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Document page = page(post("/proposals").with(csrf()).cookie(radley).param("title", "")
                .param("description", "Text").param("dates[0].day", typed)
                .param("dates[1].day", "31/02/" + (FIRST.getYear() + 1)), 400);

        assertThat(page.getElementById("dates[1].day-error").text())
                .isEqualTo("Error: Enter a real date, for example 27/03/2027");
        assertThat(page.select("input[name=dates[1].day]").val()).isEqualTo("31/02/" + (FIRST.getYear() + 1));
        // A date box only shows a value written as 2027-03-27: one typed the British way comes back so.
        assertThat(page.select("input[name=dates[0].day]").val()).isEqualTo(FIRST.toString());
    }

    @Test
    void wrongDatesComeBackWithMessagesByTheirFieldsAndAsTyped() throws Exception {
        Document page = page(post("/proposals").with(csrf()).cookie(radley).param("title", "Kept title")
                .param("description", "Kept text")
                .param("dates[0].day", "next Tuesday").param("dates[0].starts", "25:00")
                .param("dates[1].day", LocalDate.now().minusDays(3).toString())
                .param("dates[1].starts", "17:00").param("dates[1].ends", "16:00")
                .param("dates[2].ends", "12:00"), 400);

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".error-summary li a").eachAttr("href")).containsExactlyInAnyOrder("#dates[0].day",
                "#dates[0].starts", "#dates[1].day", "#dates[1].ends", "#dates[2].day", "#dates[2].starts");
        assertThat(page.getElementById("dates[1].day-error").text()).isEqualTo("Error: The date must be today or later");
        assertThat(page.getElementById("dates[1].ends-error").text())
                .isEqualTo("Error: The end time must be after the start time");
        assertThat(page.getElementById("dates[2].day-error").text())
                .isEqualTo("Error: Enter the date of this row, or clear its times");
        assertThat(page.getElementById("dates[2].starts-error").text())
                .isEqualTo("Error: Enter the start time too, or clear the end time");
        assertThat(page.getElementById("dates[0].day-error")).isNotNull();
        assertThat(page.getElementById("dates[0].starts-error")).isNotNull();
        // As typed, even what is not a date or a time.
        assertThat(page.select("input[name=dates[0].day]").val()).isEqualTo("next Tuesday");
        assertThat(page.select("input[name=dates[0].starts]").val()).isEqualTo("25:00");
        assertThat(page.select("input[name=dates[1].starts]").val()).isEqualTo("17:00");
        assertThat(page.select("input[name=title]").val()).isEqualTo("Kept title");
        assertThat(page.select("input[id=dates[1].day]").attr("aria-describedby"))
                .isEqualTo("dates[0].day-hint dates[1].day-error");
        assertThat(jdbc.sql("select count(*) from proposal where title = 'Kept title'").query(Long.class).single()).isZero();
    }

    @Test
    void addAnotherDateShowsOneMoreRowKeepingWhatWasTyped() throws Exception {
        Document page = page(post("/proposals").with(csrf()).cookie(radley).param("title", "")
                .param("description", "Half written").param("dates[0].day", FIRST.toString())
                .param("dates[1].day", "next Tuesday").param("dates[2].day", "").param("addDate", "true"), 400);

        assertThat(page.select("input[type=date]")).hasSize(4);
        assertThat(page.select("input[name=dates[0].day]").val()).isEqualTo(FIRST.toString());
        assertThat(page.select("input[name=dates[1].day]").val()).isEqualTo("next Tuesday");
        assertThat(page.select("textarea[name=description]").text()).isEqualTo("Half written");
        // Only what could not be read is said; the empty title is not yet an error.
        assertThat(page.select(".error-summary li a").eachAttr("href")).containsExactly("#dates[1].day");

        Document clean = page(post("/proposals").with(csrf()).cookie(radley).param("title", "")
                .param("description", "Half written").param("addDate", "true"), 200);
        assertThat(clean.select("input[type=date]")).hasSize(4);
        assertThat(clean.select(".error-summary")).isEmpty();
        assertThat(jdbc.sql("select count(*) from proposal where description = 'Half written'").query(Long.class).single())
                .isZero();
    }

    @Test
    void theDraftTakesTheFirstDateAndTheNotesStayWithTheCoordinator() throws Exception {
        String title = "Debating " + UUID.randomUUID().toString().substring(0, 8);
        long id = propose(title);
        long event = approve(id);

        assertThat(jdbc.sql("""
                        select to_char(starts_at at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI') || ' '
                            || to_char(ends_at at time zone 'Europe/London', 'HH24:MI') || ' ' || all_day || ' ' || date_to_set
                        from event where id = :id
                        """).param("id", event).query(String.class).single())
                .isEqualTo(FIRST + " 16:00 17:30 false false");
        assertThat(jdbc.sql("select description from event where id = :id").param("id", event).query(String.class).single())
                .isEqualTo("An afternoon of activities.");

        Document admin = page(get("/admin/events/" + event).cookie(coordinator), 200);
        assertThat(admin.select(".origin-notes li").eachText()).contains(
                "Proposed dates: " + DateFormats.DAY.format(FIRST) + ", 16:00\u201317:30; "
                        + DateFormats.DAY.format(FIRST.plusWeeks(1)),
                "Expected numbers: 40", "Needed from other schools: Two staff from each school");
        assertThat(admin.select(".origin-notes li").first().text()).startsWith("Proposed by Radley College (proposal ");
        Document preview = page(get("/admin/events/" + event + "/preview").cookie(coordinator), 200);
        assertThat(preview.select("main").text()).doesNotContain("Proposed by", "Proposed dates", "Expected numbers");
    }

    @Test
    void aDraftFromFlexibleDatesCannotBePublishedUntilItsDateIsSet() throws Exception {
        String title = "Flexible " + UUID.randomUUID().toString().substring(0, 8);
        String location = mvc.perform(post("/proposals").with(csrf()).cookie(radley).param("title", title)
                        .param("description", "Any week will do.").param("flexible", "true")
                        .param("flexibleNote", "Any Thursday in the spring term"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/proposals/".length()));
        long event = approve(id);
        assertThat(page(get("/admin/events/" + event).cookie(coordinator), 200).select(".origin-notes li").eachText())
                .contains("The dates are flexible: Any Thursday in the spring term");

        Document refused = page(post("/admin/events/" + event + "/publish").with(csrf()).cookie(coordinator)
                .param("version", eventVersion(event)), 400);
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.getElementById("startDate-error").text()).isEqualTo("Error: Set the date before publishing");
        assertThat(refused.select(".error-summary a[href=#startDate]").text()).isEqualTo("Set the date before publishing");
        assertThat(eventStatus(event)).isEqualTo("DRAFT");

        // The coordinator sets the date in the event form and saves: then it can be published.
        Document form = page(get("/admin/events/" + event).cookie(coordinator), 200);
        assertThat(form.select(".notice--warning").text()).contains("The date has not been set yet");
        FormElement eventForm = form.select("form[action=/admin/events/" + event + "]").forms().getFirst();
        MockHttpServletRequestBuilder save = post("/admin/events/" + event).with(csrf()).cookie(coordinator);
        eventForm.formData().stream().filter(field -> !field.key().equals("action") && !field.key().equals("_csrf"))
                .forEach(field -> save.param(field.key(), field.key().equals("startDate") || field.key().equals("endDate")
                        ? FIRST.toString() : field.value()));
        mvc.perform(save).andExpect(redirectedUrl("/admin/events/" + event));
        assertThat(page(get("/admin/events/" + event).cookie(coordinator), 200).select(".notice--warning").text())
                .doesNotContain("The date has not been set yet");
        mvc.perform(post("/admin/events/" + event + "/publish").with(csrf()).cookie(coordinator)
                .param("version", eventVersion(event))).andExpect(redirectedUrl("/admin/events/" + event));
        assertThat(eventStatus(event)).isEqualTo("PUBLISHED");
    }

    @Test
    void theRepresentativeSeesTheLatestRequestFirstAndThePublishedEventAndIsToldByMail() throws Exception {
        String title = "Choir " + UUID.randomUUID().toString().substring(0, 8);
        long id = propose(title);
        mvc.perform(review(id, "changes", "Please say which hall.")).andExpect(redirectedUrl("/admin/proposals/" + id));

        Document asked = page(get("/proposals/" + id).cookie(radley), 200);
        var next = asked.select(".next-step");
        assertThat(next.select("h2").text()).isEqualTo("What happens next");
        assertThat(next.select("p").first().text()).isEqualTo("The coordinator asked for changes:");
        assertThat(next.select("blockquote").text()).isEqualTo("Please say which hall.");
        assertThat(next.select("a[href=/proposals/" + id + "/edit]").text()).isEqualTo("Edit your proposal");
        assertThat(next.select("form[action=/proposals/" + id + "/resubmit] button").text()).isEqualTo("Resubmit for review");
        // The next step comes before the details and the conversation.
        assertThat(asked.select("main h2").eachText().subList(0, 2)).containsExactly("What happens next", "Details");

        mvc.perform(post("/proposals/" + id + "/resubmit").with(csrf()).cookie(radley).param("version", version(id)));
        // Waiting for review again, it still says what was asked.
        assertThat(page(get("/proposals/" + id).cookie(radley), 200).select(".next-step").text())
                .contains("The coordinator's latest message: Please say which hall.");
        long event = approve(id);
        Document approved = page(get("/proposals/" + id).cookie(radley), 200);
        assertThat(approved.select(".next-step").text()).contains("You will get an e-mail when it is published");
        Document adminDraft = page(get("/admin/proposals/" + id).cookie(coordinator), 200);
        assertThat(adminDraft.select("a[href=/admin/events/" + event + "]").text())
                .isEqualTo("Open the draft event made from this proposal");

        mvc.perform(post("/admin/events/" + event + "/publish").with(csrf()).cookie(coordinator)
                .param("version", eventVersion(event))).andExpect(redirectedUrl("/admin/events/" + event));
        String slug = jdbc.sql("select slug from event where id = :id").param("id", event).query(String.class).single();
        Document published = page(get("/proposals/" + id).cookie(radley), 200);
        assertThat(published.select(".next-step a[href=/events/" + slug + "]").text()).isEqualTo("See the event: " + title);
        // The change asked for before approval is history now: it stays in the thread, not in what happens next.
        assertThat(published.select(".next-step").text()).doesNotContain("The coordinator's latest message");
        Document adminPublished = page(get("/admin/proposals/" + id).cookie(coordinator), 200);
        assertThat(adminPublished.select("a[href=/admin/events/" + event + "]").text())
                .isEqualTo("Open the event made from this proposal");
        assertThat(adminPublished.text()).doesNotContain("Open the draft event");
        assertThat(adminPublished.select("a[href=/events/" + slug + "]").text()).isEqualTo("See it on the public calendar");

        ReceivedMail mail = mailed(RADLEY, "Your event is published: " + title);
        assertThat(mail.text()).contains("See the event:", "/events/" + slug);
        // Unpublished and published again: told once only.
        mvc.perform(post("/admin/events/" + event + "/unpublish").with(csrf()).cookie(coordinator)
                .param("version", eventVersion(event)));
        mvc.perform(post("/admin/events/" + event + "/publish").with(csrf()).cookie(coordinator)
                .param("version", eventVersion(event)));
        Outbox.drain(outbox);
        assertThat(MailCatcher.receivedBy(RADLEY).stream().filter(m -> m.subject().equals("Your event is published: " + title)))
                .hasSize(1);
    }

    @Test
    void theReviewPageShowsTheProposalBeforeTheDecision() throws Exception {
        long id = propose("Review order " + UUID.randomUUID().toString().substring(0, 8));
        Document review = page(get("/admin/proposals/" + id).cookie(coordinator), 200);
        List<String> headings = review.select("main h2").eachText();
        assertThat(headings.indexOf("The proposal")).isGreaterThanOrEqualTo(0)
                .isLessThan(headings.indexOf("Review"));
        assertThat(headings.indexOf("Review")).isLessThan(headings.indexOf("Conversation"));
        assertThat(review.select(".next-step")).isEmpty();
    }

    @Test
    void anOldProposalKeepsItsDatesAsWritten() throws Exception {
        long id = propose("Old dates " + UUID.randomUUID().toString().substring(0, 8));
        jdbc.sql("update proposal set proposed_dates = 'Any Tuesday after half term' where id = :id").param("id", id).update();
        Document review = page(get("/admin/proposals/" + id).cookie(coordinator), 200);
        assertThat(review.select(".summary-list__row").eachText())
                .contains("Dates as first written Any Tuesday after half term");
    }

    private long propose(String title) throws Exception {
        String location = mvc.perform(ProposalRepresentativeTest.form(post("/proposals").with(csrf()).cookie(radley), title))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/proposals/".length()));
    }

    private long approve(long id) throws Exception {
        mvc.perform(review(id, "approve", "")).andExpect(status().is3xxRedirection());
        return jdbc.sql("select event_id from proposal where id = :id").param("id", id).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder review(long id, String action, String message) {
        return post("/admin/proposals/" + id + "/review").with(csrf()).cookie(coordinator).param("action", action)
                .param("message", message).param("version", version(id));
    }

    private ReceivedMail mailed(String address, String subject) {
        Outbox.drain(outbox);
        List<ReceivedMail> received = MailCatcher.receivedBy(address);
        return received.reversed().stream().filter(mail -> mail.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + address + " called \"" + subject + "\"; got "
                        + received.stream().map(ReceivedMail::subject).toList()));
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from proposal where id = :id").param("id", id).query(Long.class).single());
    }

    private String eventVersion(long id) {
        return String.valueOf(jdbc.sql("select version from event where id = :id").param("id", id).query(Long.class).single());
    }

    private String eventStatus(long id) {
        return jdbc.sql("select status from event where id = :id").param("id", id).query(String.class).single();
    }

    private Cookie session(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
