package uk.partnership.base.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.partnership.support.DemoContent;

/**
 * The coordinator's settings page through the real security chain, on PostgreSQL. Each test runs in a
 * transaction that is rolled back (MockMvc runs the request in the test's thread), so the demo settings other
 * tests read are never changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails(value = SettingsAdminTest.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class SettingsAdminTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String REPRESENTATIVE = "radley-college@ox14.example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    /** The last audit entry before the test: other classes (CrestAndLogoTest) change the settings too. */
    long auditedBefore;

    @BeforeEach
    void demoSettings() {
        DemoContent.load(dataSource);
        auditedBefore = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    @Test
    void formShowsTheSettingsWithTwoEmptyRowsAfterEachList() throws Exception {
        Document page = page(get("/admin/settings"), 200);

        assertThat(page.title()).startsWith("Settings");
        assertThat(page.select("h1").text()).isEqualTo("Partnership settings");
        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(value(page, "name")).isEqualTo("OX14 Learning Partnership");
        // The launch date is a date box like every other (issue 19), with the site's one date hint.
        assertThat(value(page, "launchedOn")).isEqualTo("2021-11-19");
        assertThat(page.select("input#launchedOn").attr("type")).isEqualTo("date");
        assertThat(page.select("#launchedOn-hint").text()).isEqualTo("Shown on the about page. For example, 27/03/2027");
        assertThat(page.select("legend.settings-row__legend").eachText()).startsWith("Aim 1", "Aim 2", "Aim 3", "Aim 4",
                "Aim 5", "Social link 1", "Social link 2", "Social link 3", "Funder 1", "Funder 2", "Funder 3");
        assertThat(List.of(value(page, "aims[0].title"), value(page, "aims[1].title"), value(page, "aims[2].title"),
                value(page, "aims[3].title"))).containsExactly("INSPIRE", "CHALLENGE", "SUPPORT", "");
        assertThat(value(page, "aims[2].position")).isEqualTo("3");
        assertThat(value(page, "partners[2].name")).isEqualTo("The Abingdon Bridge");
        assertThat(page.select("[id=aims[0].title]").attr("name")).isEqualTo("aims[0].title");
        assertThat(page.select("label[for=aims[0].title]").text()).isEqualTo("Title");
        assertThat(page.select("textarea#about").text()).startsWith("The OX14 Learning Partnership brings together");
        assertThat(page.select("button[name=action]").eachAttr("value")).containsExactly("save", "preview");
    }

    @Test
    void savingChangesTheHomePageStraplineAndTheOrderOfTheAims() throws Exception {
        Map<String, String> form = formOn(page(get("/admin/settings"), 200));
        form.put("strapline", "Learning together across Abingdon.");
        form.put("aims[0].position", "3");
        form.put("aims[1].position", "1");
        form.put("aims[2].position", "2");

        mvc.perform(submit(form)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attribute("saved", "admin.settings.saved"));

        Document home = page(get("/"), 200);
        assertThat(home.select(".hero__strapline").text()).isEqualTo("Learning together across Abingdon.");
        assertThat(home.select(".aims__title").eachText()).containsExactly("CHALLENGE", "SUPPORT", "INSPIRE");
        Document again = page(get("/admin/settings"), 200);
        assertThat(value(again, "aims[0].title")).isEqualTo("CHALLENGE");
        assertThat(value(again, "aims[0].position")).isEqualTo("1");
    }

    @Test
    void theSavedPageSaysSo() throws Exception {
        Map<String, String> form = formOn(page(get("/admin/settings"), 200));
        form.put("contactName", "Sam Taylor");
        var saved = mvc.perform(submit(form)).andExpect(status().is3xxRedirection()).andReturn();

        // The flash message travels in the session (Spring Session, in PostgreSQL), as it does for a browser.
        Document page = page(get("/admin/settings").cookie(saved.getResponse().getCookie("SESSION")), 200);
        assertThat(page.select(".notice--success").text()).isEqualTo("The settings have been saved.");
        assertThat(value(page, "contactName")).isEqualTo("Sam Taylor");
    }

    @Test
    void emptyRowsAreIgnoredFilledOnesAddedAndClearedOnesRemoved() throws Exception {
        Map<String, String> form = formOn(page(get("/admin/settings"), 200));
        form.put("funders[1].name", "Abingdon Town Council");
        form.put("funders[1].url", "https://www.abingdon.gov.uk/");
        form.put("partners[1].name", "");
        form.put("partners[1].description", "");
        form.put("partners[1].position", "2");

        mvc.perform(submit(form)).andExpect(status().is3xxRedirection());

        assertThat(names("FUNDER")).containsExactly("The Mercers' Company", "Abingdon Town Council");
        assertThat(names("PARTNER")).containsExactly("Abingdon Science Partnership", "The Abingdon Bridge");
        assertThat(jdbc.sql("select position from partnership_link where kind = 'PARTNER' order by position")
                .query(Integer.class).list()).containsExactly(1, 2);
        assertThat(jdbc.sql("select count(*) from partnership_aim").query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select url from partnership_link where name = 'Abingdon Town Council'")
                .query(String.class).single()).isEqualTo("https://www.abingdon.gov.uk/");
    }

    @Test
    void badInputIsAnsweredWith400AndMessagesByTheFieldsKeepingWhatWasTyped() throws Exception {
        Map<String, String> form = formOn(page(get("/admin/settings"), 200));
        form.put("name", "");
        form.put("strapline", "A new strapline, typed but not saved");
        form.put("contactEmail", "not an address");
        form.put("funders[0].url", "javascript:alert(1)");
        form.put("aims[1].title", "");
        form.put("aims[3].body", "A text without a title");
        form.put("launchedOn", "31/02/2022");

        Document page = page(submit(form), 400);

        assertThat(page.title()).startsWith("Error: Settings");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#name", "#launchedOn",
                "#contactEmail", "#aims[1].title", "#aims[3].title", "#funders[0].url");
        assertThat(page.select(".error-summary a").eachText()).containsExactly(
                "Enter the name of the partnership",
                "The launch date must be a real date, for example 19/11/2021",
                "Enter an e-mail address in the correct format, like name@example.org",
                "Enter a title for aim 2",
                "Enter a title for aim 4",
                "Enter the web address of funder 1 starting with https:// or http://, like https://www.example.org/");
        for (String href : page.select(".error-summary a").eachAttr("href")) {
            String id = href.substring(1);
            assertThat(page.select("[id=\"" + id + "\"]")).as("a field with the id " + id).hasSize(1);
        }
        assertThat(page.select("[id=\"funders[0].url-error\"]").text()).isEqualTo("Error: " + page.select(
                ".error-summary a[href=\"#funders[0].url\"]").text());
        assertThat(page.select("[id=\"funders[0].url\"]").attr("aria-describedby")).isEqualTo("funders[0].url-error");
        assertThat(page.select("#launchedOn-error").text()).contains("must be a real date");
        assertThat(value(page, "strapline")).isEqualTo("A new strapline, typed but not saved");
        assertThat(value(page, "contactEmail")).isEqualTo("not an address");
        assertThat(value(page, "funders[0].url")).isEqualTo("javascript:alert(1)");
        assertThat(page.select("[id=\"aims[3].body\"]").text()).isEqualTo("A text without a title");
        assertThat(value(page, "launchedOn")).isEqualTo("31/02/2022");
        assertThat(jdbc.sql("select strapline from partnership").query(String.class).single())
                .isEqualTo("Six Abingdon secondary schools, state and independent, learning together.");
    }

    @Test
    void aSocialLinkNeedsAnAddressAndPositionsMustBeNumbers() throws Exception {
        Map<String, String> form = formOn(page(get("/admin/settings"), 200));
        form.put("socialLinks[1].name", "Instagram");
        form.put("partners[0].position", "first");
        form.put("launchedOn", "19 November");

        Document page = page(submit(form), 400);

        assertThat(page.select(".error-summary a").eachText()).containsExactly(
                "The launch date must be a real date, for example 19/11/2021",
                "Enter the web address of social link 2, like https://www.example.org/",
                "Enter the position of partner 1 as a whole number from 1 to 999");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#launchedOn", "#socialLinks[1].url", "#partners[0].position");
        assertThat(value(page, "partners[0].position")).isEqualTo("first");
    }

    @Test
    void previewShowsTheAboutTextSanitisedAndSavesNothing() throws Exception {
        long version = version();
        Map<String, String> form = formOn(page(get("/admin/settings"), 200));
        String about = """
                Hello **world**

                <script>alert('script')</script>

                <p onclick="alert('click')">Click me</p>

                [a trap](javascript:alert('link')) and [a real link](https://www.example.org/)
                """;
        form.put("about", about);
        form.put("strapline", "Typed before previewing");
        form.put("action", "preview");

        var result = mvc.perform(submit(form)).andExpect(status().isOk()).andReturn();
        String html = result.getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        Element preview = page.selectFirst(".preview");
        assertThat(preview).isNotNull();
        assertThat(preview.id()).isEqualTo("about-preview");
        assertThat(preview.select("strong").text()).isEqualTo("world");
        assertThat(preview.select("script, [onclick]")).isEmpty();
        assertThat(preview.select("a").eachAttr("href")).containsExactly("https://www.example.org/");
        assertThat(html).doesNotContain("<script>alert", "onclick=\"alert", "href=\"javascript:");
        assertThat(page.select("textarea#about").first().wholeText()).isEqualTo(about.stripTrailing());
        assertThat(value(page, "strapline")).isEqualTo("Typed before previewing");
        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(version()).as("nothing saved").isEqualTo(version);
        assertThat(jdbc.sql("select about from partnership").query(String.class).single()).doesNotContain("world");
    }

    @Test
    void aStaleSaveIsRefusedNamingWhoSavedAndKeepsWhatWasTyped() throws Exception {
        Map<String, String> opened = formOn(page(get("/admin/settings"), 200));
        Map<String, String> first = new LinkedHashMap<>(opened);
        first.put("strapline", "Saved first");
        mvc.perform(submit(first)).andExpect(status().is3xxRedirection());

        Map<String, String> second = new LinkedHashMap<>(opened);
        second.put("strapline", "Saved second");
        second.put("aims[3].title", "ENJOY");
        Document page = page(submit(second), 409);

        assertThat(page.title()).startsWith("Error: Settings");
        assertThat(page.select(".notice--warning").text()).startsWith("Jessica Burns saved this at ")
                .contains("after you opened it");
        assertThat(page.select(".error-summary")).as("the banner says it; there is no field to link to").isEmpty();
        assertThat(value(page, "strapline")).isEqualTo("Saved second");
        assertThat(value(page, "aims[3].title")).isEqualTo("ENJOY");
        assertThat(jdbc.sql("select strapline from partnership").query(String.class).single()).isEqualTo("Saved first");

        // The form now carries the current version: checked and saved again, it goes through.
        assertThat(value(page, "version")).isEqualTo(String.valueOf(version()));
        mvc.perform(submit(formOn(page))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select strapline from partnership").query(String.class).single())
                .isEqualTo("Saved second");
    }

    @Test
    void everySaveWritesOneAuditEntryWithBeforeAndAfter() throws Exception {
        Map<String, String> form = formOn(page(get("/admin/settings"), 200));
        form.put("strapline", "Audited strapline");
        form.put("aims[3].title", "ENJOY");
        form.put("aims[3].body", "Have fun together.");

        mvc.perform(submit(form)).andExpect(status().is3xxRedirection());

        List<Map<String, Object>> entries = jdbc.sql("""
                select action, actor_email, item_type, item_label, changes::text as changes
                from audit_entry where item_type = 'settings' and id > :before""")
                .param("before", auditedBefore).query().listOfRows();
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = entries.getFirst();
        assertThat(entry).containsEntry("action", "changed settings").containsEntry("actor_email", COORDINATOR)
                .containsEntry("item_label", "OX14 Learning Partnership");
        JsonNode changes = json.readTree((String) entry.get("changes"));
        assertThat(changes.propertyNames()).containsExactly("strapline", "aims");
        assertThat(changes.get("strapline").get("before").asString())
                .isEqualTo("Six Abingdon secondary schools, state and independent, learning together.");
        assertThat(changes.get("strapline").get("after").asString()).isEqualTo("Audited strapline");
        assertThat(changes.get("aims").get("before")).hasSize(3);
        assertThat(changes.get("aims").get("after").get(3).asString()).isEqualTo("ENJOY: Have fun together.");
        assertThat(jdbc.sql("select updated_by from partnership").query(String.class).single())
                .isEqualTo("Jessica Burns");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aSaveCommitsInItsOwnTransaction() throws Exception {
        Map<String, String> original = formOn(page(get("/admin/settings"), 200));
        Map<String, String> changed = new LinkedHashMap<>(original);
        changed.put("launchNote", "Committed by the settings test");
        try {
            mvc.perform(submit(changed)).andExpect(redirectedUrl("/admin/settings"));
            assertThat(jdbc.sql("select launch_note from partnership").query(String.class).single())
                    .isEqualTo("Committed by the settings test");
        } finally {
            Map<String, String> restore = formOn(page(get("/admin/settings"), 200));
            restore.put("launchNote", original.get("launchNote"));
            mvc.perform(submit(restore)).andExpect(redirectedUrl("/admin/settings"));
        }
        assertThat(jdbc.sql("select launch_note from partnership").query(String.class).single())
                .isEqualTo(original.get("launchNote"));
    }

    @Test
    void savingWithNothingChangedSavesNothing() throws Exception {
        long version = version();
        mvc.perform(submit(formOn(page(get("/admin/settings"), 200))))
                .andExpect(flash().attribute("saved", "admin.settings.unchanged"));
        assertThat(version()).isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from audit_entry where item_type = 'settings' and id > :before")
                .param("before", auditedBefore).query(Integer.class).single()).isZero();
    }

    @Test
    @WithUserDetails(value = REPRESENTATIVE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aRepresentativeIsRefused() throws Exception {
        mvc.perform(get("/admin/settings")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/settings").with(csrf()).param("name", "Taken over").param("shortName", "X"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name from partnership").query(String.class).single())
                .isEqualTo("OX14 Learning Partnership");
    }

    @Test
    void aNewInstallationCreatesTheSettingsFromTheSameForm() throws Exception {
        jdbc.sql("delete from partnership_link").update();
        jdbc.sql("delete from partnership_aim").update();
        jdbc.sql("delete from partnership").update();

        Document empty = page(get("/admin/settings"), 200);
        assertThat(value(empty, "name")).isEmpty();
        assertThat(value(empty, "version")).isEmpty();
        assertThat(empty.select("legend.settings-row__legend").eachText()).containsExactly("Aim 1", "Aim 2",
                "Social link 1", "Social link 2", "Funder 1", "Funder 2", "Partner 1", "Partner 2");

        Map<String, String> form = formOn(empty);
        form.put("name", "Riverside Schools Partnership");
        form.put("shortName", "Riverside");
        form.put("aims[0].title", "LEARN");
        mvc.perform(submit(form)).andExpect(status().is3xxRedirection());

        Map<String, Object> row = jdbc.sql("select name, short_name, version, updated_by from partnership")
                .query().singleRow();
        assertThat(row).containsEntry("name", "Riverside Schools Partnership").containsEntry("short_name", "Riverside")
                .containsEntry("version", 0L).containsEntry("updated_by", "Jessica Burns");
        assertThat(page(get("/"), 200).select(".aims__title").eachText()).containsExactly("LEARN");
        assertThat(jdbc.sql("select action from audit_entry where item_type = 'settings' and id > :before")
                .param("before", auditedBefore).query(String.class).list()).containsExactly("created settings");
    }

    @Test
    void tamperedRowNumbersAndVersionsAreAnsweredWithoutAServerError() throws Exception {
        Map<String, String> form = formOn(page(get("/admin/settings"), 200));
        form.put("aims[100000].title", "Far away");
        mvc.perform(submit(form)).andExpect(status().isBadRequest());

        Map<String, String> version = formOn(page(get("/admin/settings"), 200));
        version.put("version", "not a number");
        version.put("strapline", "Changed");
        mvc.perform(submit(version)).andExpect(status().isConflict());
    }

    private MockHttpServletRequestBuilder submit(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/admin/settings").with(csrf());
        form.forEach(request::param);
        return request;
    }

    /** What the browser would send: every named field of the settings form, as it is on the page. */
    private static Map<String, String> formOn(Document page) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Element field : page.select("form[action=/admin/settings]").select("input[name], textarea[name]")) {
            if (!field.attr("name").equals("_csrf")) {
                form.put(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.val());
            }
        }
        return form;
    }

    private static String value(Document page, String id) {
        Element field = page.selectFirst("[id=\"" + id + "\"]");
        assertThat(field).as("a field with the id " + id).isNotNull();
        return field.tagName().equals("textarea") ? field.wholeText() : field.val();
    }

    private List<String> names(String kind) {
        return jdbc.sql("select name from partnership_link where kind = :kind order by position").param("kind", kind)
                .query(String.class).list();
    }

    private long version() {
        return jdbc.sql("select version from partnership").query(Long.class).single();
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        ResultActions result = mvc.perform(request).andExpect(status().is(status));
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
