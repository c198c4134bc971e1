package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import uk.partnership.base.web.cache.PageCache;
import uk.partnership.support.DemoContent;
import uk.partnership.support.PageCaching;
import uk.partnership.support.StatementCounter;

/**
 * The event form as issue 19 left it: one way to enter dates (the picker's 2031-03-27 or 27/03/2031 typed), a
 * message of its own for each field, the error summary in the order of the fields, "Discard changes", and a preview
 * of the whole public page before the event is saved. Forms are sent as a browser without JavaScript sends them:
 * every field of the page, in the page's order.
 */
// The context of EventAdminTest (page cache on, StatementCounter), started once for both.
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class EventFormTest {

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final PageCache pageCache;
    private final JdbcClient jdbc;

    private Cookie coordinator;

    @Autowired
    EventFormTest(MockMvc mvc, DataSource dataSource, PageCache pageCache, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.pageCache = pageCache;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        PageCaching.awaitListening(pageCache);
        coordinator = mvc.perform(post("/login").with(csrf()).param("email", "jessica.burns@ox14.example.org")
                        .param("password", "coordinator demo walnut"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void everyDateAndTimeBoxIsThePickerWithTheOneHintOfTheSite() throws Exception {
        Document page = page(get("/admin/events/new").cookie(coordinator), 200);

        assertThat(page.select("input#startDate").attr("type")).isEqualTo("date");
        assertThat(page.select("input#startTime").attr("type")).isEqualTo("time");
        assertThat(page.select("#startDate-hint").text()).isEqualTo("For example, 27/03/2027");
        assertThat(page.select("#endDate-hint").text())
                .isEqualTo("Leave empty if the event ends on the day it starts. For example, 27/03/2027");
        assertThat(page.select("#startTime-hint").text()).isEqualTo("Use the 24-hour clock, for example 16:00");
        assertThat(page.select("input#startDate").attr("aria-describedby")).isEqualTo("startDate-hint");
    }

    @Test
    void aDateTypedAsThePickerShowsItIsReadLikeThePickersOwn() throws Exception {
        String title = "Typed dates " + UUID.randomUUID().toString().substring(0, 8);
        String location = mvc.perform(filled(Map.of("title", title, "startDate", "27/3/2031", "endDate", "28/03/2031",
                        "startTime", "9:30", "endTime", "16:00")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        Document saved = page(get(location).cookie(coordinator), 200);
        assertThat(saved.select("input#startDate").val()).isEqualTo("2031-03-27");
        assertThat(saved.select("input#endDate").val()).isEqualTo("2031-03-28");
        assertThat(saved.select("input#startTime").val()).isEqualTo("09:30");

        mvc.perform(filled(Map.of("title", title + " picker", "startDate", "2031-03-27")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aDateInNeitherFormComesBackAsTypedWithAMessageByItsField() throws Exception {
        Document page = page(filled(Map.of("startDate", "27-03-2031", "endDate", "31/02/2031")), 400);

        assertThat(page.select("#startDate-error").text())
                .isEqualTo("Error: The start date must be a real date, for example 27/03/2027");
        assertThat(page.select("#endDate-error").text())
                .isEqualTo("Error: The end date must be a real date, for example 27/03/2027");
        assertThat(page.select("input#startDate").val()).isEqualTo("27-03-2031");
        assertThat(page.select("input#endDate").val()).isEqualTo("31/02/2031");
        assertThat(page.select("input#startDate").attr("aria-describedby")).isEqualTo("startDate-hint startDate-error");
    }

    @Test
    void startAndEndTimesHaveMessagesOfTheirOwn() throws Exception {
        Document empty = page(filled(Map.of("startTime", "", "endTime", "")), 400);
        assertThat(empty.select("#startTime-error").text()).contains("Enter the start time");
        assertThat(empty.select("#endTime-error").text()).contains("Enter the end time");

        Document wrong = page(filled(Map.of("startTime", "4pm", "endTime", "25:00")), 400);
        assertThat(wrong.select("#startTime-error").text())
                .contains("The start time must be a real time on the 24-hour clock, for example 16:00");
        assertThat(wrong.select("#endTime-error").text())
                .contains("The end time must be a real time on the 24-hour clock, for example 17:30");
        assertThat(wrong.select("input#startTime").val()).isEqualTo("4pm");
    }

    @Test
    void theErrorSummaryListsTheErrorsInTheOrderOfTheFieldsOnThePage() throws Exception {
        // Bean Validation finds the title and the booking link; the form's checks then find the date and category.
        Document page = page(filled(Map.of("title", "", "startDate", "tomorrow", "categoryId", "",
                "bookingUrl", "not a link")), 400);

        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#title", "#startDate", "#categoryId", "#bookingUrl");
        assertThat(page.select(".error-summary a").eachText()).containsExactly("Enter a title",
                "The start date must be a real date, for example 27/03/2027", "Choose a category",
                "Enter a full web address starting https://, like https://example.org/booking");
    }

    @Test
    void theFormOffersDiscardChangesRatherThanASecondCancel() throws Exception {
        Document page = page(get("/admin/events/new").cookie(coordinator), 200);

        assertThat(page.select("form[method=post] .button-group a").eachText()).containsExactly("Discard changes");
        assertThat(page.select("form[method=post] .button-group a").attr("href")).isEqualTo("/admin/events");
    }

    @Test
    void aNewEventCanBePreviewedAsItsWholePublicPageAndEditedAgainWithNothingSaved() throws Exception {
        String title = "Preview only " + UUID.randomUUID().toString().substring(0, 8);
        Document preview = page(filled(Map.of("title", title, "description", "Some **bold** text",
                "venueName", "The Beech Hall", "action", "preview")), 200);

        assertThat(preview.select("h1").text()).isEqualTo(title);
        assertThat(preview.select(".prose strong").text()).isEqualTo("bold");
        assertThat(preview.text()).contains("The Beech Hall", "Tue 1 Jul 2031, 16:00–17:30");
        assertThat(preview.select("form.notice").text())
                .contains("Preview of the public page as you have filled it in. Nothing is saved yet.");
        assertThat(saved(title)).isZero();

        // "Back to editing" sends everything typed back to the form, as typed.
        FormElement back = (FormElement) preview.selectFirst("form.notice");
        assertThat(back.attr("action")).isEqualTo("/admin/events");
        MockHttpServletRequestBuilder request = post("/admin/events").with(csrf()).cookie(coordinator);
        back.formData().stream().filter(field -> !field.key().equals("_csrf"))
                .forEach(field -> request.param(field.key(), field.value()));
        request.param("action", "edit");
        Document form = page(request, 200);
        assertThat(form.select("input#title").val()).isEqualTo(title);
        assertThat(form.select("textarea#description").text()).isEqualTo("Some **bold** text");
        assertThat(form.select("input#startDate").val()).isEqualTo("2031-07-01");
        assertThat(form.select(".error-summary")).isEmpty();
        assertThat(saved(title)).isZero();
    }

    @Test
    void aSavedEventIsPreviewedWithTheChangesTypedAndNotSaved() throws Exception {
        String title = "Saved first " + UUID.randomUUID().toString().substring(0, 8);
        String location = mvc.perform(filled(Map.of("title", title)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        Document edit = page(get(location).cookie(coordinator), 200);
        assertThat(edit.select("button[value=preview]").text()).isEqualTo("Preview the page with your changes");
        assertThat(edit.select("form[method=post] .button-group a").attr("href")).isEqualTo(location);
        FormElement form = (FormElement) edit.selectFirst("form[action='" + location + "']");
        MockHttpServletRequestBuilder request = post(location).with(csrf()).cookie(coordinator);
        form.formData().stream().filter(field -> !field.key().equals("_csrf"))
                .forEach(field -> request.param(field.key(), field.key().equals("title") ? title + " renamed" : field.value()));
        request.param("action", "preview");
        Document preview = page(request, 200);

        assertThat(preview.select("h1").text()).isEqualTo(title + " renamed");
        assertThat(preview.select("form.notice").attr("action")).isEqualTo(location);
        assertThat(saved(title)).isEqualTo(1);
        assertThat(saved(title + " renamed")).isZero();
    }

    @Test
    void aPreviewOfAFormWithErrorsShowsTheFormWithItsErrors() throws Exception {
        Document page = page(filled(Map.of("title", "", "action", "preview")), 400);

        assertThat(page.select(".error-summary a").eachText()).containsExactly("Enter a title");
        assertThat(page.select("input#startDate").val()).isEqualTo("2031-07-01");
    }

    /**
     * The new-event form sent as a browser sends it: every field of the page in its order, filled in as a valid
     * event on Tuesday 1 July 2031, 16:00 to 17:30, with {@code changes} typed over it ("action" is the button).
     */
    private MockHttpServletRequestBuilder filled(Map<String, String> changes) throws Exception {
        Document page = page(get("/admin/events/new").cookie(coordinator), 200);
        FormElement form = (FormElement) page.selectFirst("form[action='/admin/events']");
        long category = jdbc.sql("select id from category where slug = 'academic'").query(Long.class).single();
        long school = jdbc.sql("select id from school where slug = 'radley-college'").query(Long.class).single();
        Map<String, String> values = new LinkedHashMap<>(Map.of("title", "A test event", "startDate", "2031-07-01",
                "startTime", "16:00", "endTime", "17:30", "venueName", "Main Hall",
                "categoryId", String.valueOf(category)));
        values.putAll(changes);
        form.selectFirst("input[name=hostSchoolIds][value=" + school + "]").attr("checked", true);
        MockHttpServletRequestBuilder request = post("/admin/events").with(csrf()).cookie(coordinator);
        for (var field : form.formData()) {
            if (!field.key().equals("_csrf")) {
                request.param(field.key(), values.getOrDefault(field.key(), field.value()));
            }
        }
        // A text box's value is sent even when the page had none, so a name in no box is only the button.
        for (String name : List.of("action")) {
            request.param(name, values.getOrDefault(name, "save"));
        }
        return request;
    }

    private long saved(String title) {
        return jdbc.sql("select count(*) from event where title = :title").param("title", title)
                .query(Long.class).single();
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
