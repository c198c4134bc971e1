package uk.partnership.base.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.base.web.Slugs;
import uk.partnership.support.DemoContent;

/**
 * The coordinator's school screens through the real security chain on PostgreSQL: adding and changing a school,
 * the GOV.UK error pattern, the tag colour's contrast rule, old addresses that redirect, edits that cross and
 * the audit trail. Each test makes its own schools, with unique names, as the database is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SchoolAdminTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String COORDINATOR_PASSWORD = "coordinator demo walnut";
    static final String RADLEY_REP = "radley-college@ox14.example.org";
    static final String REP_PASSWORD = "representative demo maple";

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    Cookie coordinator;

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        coordinator = sessionOf(COORDINATOR, COORDINATOR_PASSWORD, "/admin");
    }

    @Test
    void coordinatorAddsASchoolWhoseAddressIsMadeFromItsName() throws Exception {
        String name = "Wootton Academy " + suffix();

        MvcResult saved = mvc.perform(create(name, "", "STATE", "https://wootton.example.org/", "#174A7C"))
                .andExpect(redirectedUrl("/admin/schools")).andReturn();

        String slug = Slugs.from(name);
        Document list = page(get("/admin/schools").cookie(coordinator).flashAttrs(saved.getFlashMap()));
        assertThat(list.select(".notice--success").text()).isEqualTo(name + " has been added.");
        assertThat(list.select("tbody tr:contains(" + name + ")").text()).contains("State school", "#174a7c", "Change");
        Document school = page(get("/schools/" + slug));
        assertThat(school.select("h1").text()).isEqualTo(name);
        assertThat(auditActions(name)).containsExactly("created");
        assertThat(auditChanges(name)).contains("\"colour\":{\"before\":null,\"after\":\"#174a7c\"}");
    }

    @Test
    void emptyFormNamesEachRequiredFieldAndSavesNothing() throws Exception {
        Document page = page(post("/admin/schools/new").with(csrf()).cookie(coordinator).param("name", "")
                .param("slug", "").param("colour", "").param("version", "0"), 400);

        assertThat(page.title()).startsWith("Error: Add a school");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactlyInAnyOrder(
                "#name", "#sector", "#colour");
        assertThat(page.select("#name-error").text()).contains("Enter the school's name");
        assertThat(page.select("#sector-error").text()).contains("Select whether it is a state school");
        assertThat(page.select("#colour-error").text()).contains("Enter a tag colour");
    }

    @Test
    void badValuesAreExplainedByTheirFieldsAndKeptAsTyped() throws Exception {
        String name = "Typed School " + suffix();
        Document page = page(create(name, "Not A Slug", "INDEPENDENT", "ftp://files.example.org", "#12345"), 400);

        assertThat(page.title()).startsWith("Error: Add a school");
        assertThat(page.select("#slug-error").text()).contains("Use lower-case letters, numbers and hyphens only");
        assertThat(page.select("#website-error").text()).contains("starting with https:// or http://");
        assertThat(page.select("#colour-error").text()).contains("Enter the colour as # and six digits");
        assertThat(page.select("input#name").val()).isEqualTo(name);
        assertThat(page.select("input#slug").val()).isEqualTo("Not A Slug");
        assertThat(page.select("input#website").val()).isEqualTo("ftp://files.example.org");
        assertThat(page.select("input#colour").val()).isEqualTo("#12345");
        assertThat(page.select("input[name=sector][value=INDEPENDENT]").hasAttr("checked")).isTrue();
        assertThat(page.select("input#name").attr("aria-describedby")).isEmpty();
        assertThat(page.select("input#colour").attr("aria-describedby")).contains("colour-error");
        assertThat(auditActions(name)).isEmpty();
    }

    @Test
    void tooLongNameIsRefusedByItsField() throws Exception {
        Document page = page(create("x".repeat(201), "", "STATE", "", "#174a7c"), 400);

        assertThat(page.select("#name-error").text()).contains("Name must be 200 characters or fewer");
    }

    @Test
    void colourOnWhichTagTextFailsAaContrastIsRefusedWithTheRatio() throws Exception {
        // Mid grey: white text reaches 4.48:1 and black 4.37:1, so neither reaches 4.5:1 (shown rounded down).
        Document page = page(create("Grey School " + suffix(), "", "STATE", "", "#777777"), 400);

        assertThat(page.select("#colour-error").text()).isEqualTo("Error: Choose a darker or lighter colour: text on "
                + "this one would have a contrast of only 4.4:1, and tags need at least 4.5:1");
        assertThat(page.select(".error-summary a[href=#colour]")).hasSize(1);
        assertThat(page.select("input#colour").val()).isEqualTo("#777777");
    }

    @Test
    void changedAddressKeepsTheOldOneAsAPermanentRedirect() throws Exception {
        String name = "Moving School " + suffix();
        long id = createdSchool(name);
        String first = Slugs.from(name);

        mvc.perform(update(id, name, first + "-renamed", version(id))).andExpect(redirectedUrl("/admin/schools"));

        mvc.perform(get("/schools/" + first)).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/schools/" + first + "-renamed"));
        mvc.perform(get("/schools/" + first + "-renamed")).andExpect(status().isOk());

        mvc.perform(update(id, name, first, version(id))).andExpect(redirectedUrl("/admin/schools"));

        mvc.perform(get("/schools/" + first)).andExpect(status().isOk());
        mvc.perform(get("/schools/" + first + "-renamed")).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/schools/" + first));
        mvc.perform(get("/schools/no-such-school-" + suffix())).andExpect(status().isNotFound());
    }

    @Test
    void addressOfAnotherSchoolIsTaken() throws Exception {
        String name = "Copycat School " + suffix();
        long id = createdSchool(name);

        Document page = page(update(id, name, "radley-college", version(id)), 400);

        assertThat(page.title()).startsWith("Error: Change " + name);
        assertThat(page.select("#slug-error").text()).contains("Another item already uses this address");
        assertThat(page.select("input#slug").val()).isEqualTo("radley-college");
    }

    @Test
    void secondSaveOnAFormOpenedBeforeTheFirstIsRefusedNamingWhoSavedAndKeepingWhatWasTyped() throws Exception {
        String name = "Contested School " + suffix();
        long id = createdSchool(name);
        long opened = version(id);
        Cookie second = sessionOf(COORDINATOR, COORDINATOR_PASSWORD, "/admin");

        mvc.perform(update(id, name + " (first)", "", opened)).andExpect(redirectedUrl("/admin/schools"));
        Document page = page(post("/admin/schools/" + id).with(csrf()).cookie(second)
                .param("name", name + " (second)").param("slug", "").param("sector", "INDEPENDENT")
                .param("colour", "#00606b").param("version", String.valueOf(opened)), 409);

        assertThat(page.select(".notice--warning").text()).startsWith("Jessica Burns saved this at ")
                .contains("after you opened it");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("input#name").val()).isEqualTo(name + " (second)");
        assertThat(page.select("input[name=sector][value=INDEPENDENT]").hasAttr("checked")).isTrue();
        assertThat(page.select("input#colour").val()).isEqualTo("#00606b");
        assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(version(id)));
        assertThat(jdbc.sql("select name from school where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(name + " (first)");

        mvc.perform(post("/admin/schools/" + id).with(csrf()).cookie(second).param("name", name + " (second)")
                        .param("sector", "INDEPENDENT").param("colour", "#00606b")
                        .param("version", page.select("input[name=version]").val()))
                .andExpect(redirectedUrl("/admin/schools"));
    }

    @Test
    void everyChangeWritesAnAuditEntryWithBeforeAndAfter() throws Exception {
        String name = "Audited School " + suffix();
        long id = createdSchool(name);

        mvc.perform(post("/admin/schools/" + id).with(csrf()).cookie(coordinator).param("name", name)
                        .param("sector", "STATE").param("colour", "#1d5e3a").param("address", "1 High Street")
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/admin/schools"));

        assertThat(auditActions(name)).containsExactly("created", "changed");
        String changes = jdbc.sql("""
                        select changes::text from audit_entry where item_type = 'school' and item_id = :id
                        and action = 'changed'""").param("id", id).query(String.class).single();
        assertThat(changes).contains("\"colour\":{\"before\":\"#174a7c\",\"after\":\"#1d5e3a\"}",
                "\"address\":{\"before\":\"\",\"after\":\"1 High Street\"}").doesNotContain("\"name\"");
        assertThat(jdbc.sql("select actor_email from audit_entry where item_type = 'school' and item_id = :id")
                .param("id", id).query(String.class).list()).containsOnly(COORDINATOR);
    }

    @Test
    void savingWithoutChangesWritesNothing() throws Exception {
        String name = "Unchanged School " + suffix();
        long id = createdSchool(name);
        long before = version(id);

        mvc.perform(update(id, name, "", before)).andExpect(redirectedUrl("/admin/schools"));

        assertThat(version(id)).isEqualTo(before);
        assertThat(auditActions(name)).containsExactly("created");
    }

    @Test
    void tamperedValuesAreABadRequestNotAnError() throws Exception {
        long id = createdSchool("Tampered School " + suffix());

        mvc.perform(post("/admin/schools/" + id).with(csrf()).cookie(coordinator).param("name", "x")
                .param("sector", "PRIVATE").param("colour", "#174a7c").param("version", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/schools/" + id).with(csrf()).cookie(coordinator).param("name", "x")
                .param("sector", "STATE").param("colour", "#174a7c").param("version", "not a number"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void unknownSchoolIsNotFound() throws Exception {
        mvc.perform(get("/admin/schools/999999999").cookie(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/schools/abc").cookie(coordinator)).andExpect(status().isNotFound());
        mvc.perform(update(999_999_999L, "Nowhere", "", 0)).andExpect(status().isNotFound());
    }

    @Test
    void representativeIsRefusedOnEverySchoolAdminRoute() throws Exception {
        long id = createdSchool("Guarded School " + suffix());
        Cookie representative = sessionOf(RADLEY_REP, REP_PASSWORD, "/proposals");

        for (String path : List.of("/admin/schools", "/admin/schools/new", "/admin/schools/" + id)) {
            mvc.perform(get(path).cookie(representative)).andExpect(status().isForbidden());
        }
        for (String path : List.of("/admin/schools/new", "/admin/schools/" + id)) {
            mvc.perform(post(path).with(csrf()).cookie(representative).param("name", "Taken over")
                    .param("sector", "STATE").param("colour", "#174a7c").param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from school where name = 'Taken over'").query(Long.class).single())
                .isZero();
    }

    @Test
    void everyPostNeedsTheCsrfToken() throws Exception {
        long id = createdSchool("Forged School " + suffix());
        for (String path : List.of("/admin/schools/new", "/admin/schools/" + id)) {
            mvc.perform(post(path).cookie(coordinator).param("name", "Forged").param("sector", "STATE")
                    .param("colour", "#174a7c").param("version", "0")).andExpect(status().isForbidden());
        }
    }

    // --- helpers ---

    private long createdSchool(String name) throws Exception {
        mvc.perform(create(name, "", "STATE", "", "#174a7c")).andExpect(redirectedUrl("/admin/schools"));
        return jdbc.sql("select id from school where name = :name").param("name", name).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder create(String name, String slug, String sector, String website,
                                                 String colour) {
        return post("/admin/schools/new").with(csrf()).cookie(coordinator).param("name", name).param("slug", slug)
                .param("sector", sector).param("website", website).param("address", "")
                .param("description", "").param("colour", colour).param("version", "0");
    }

    private MockHttpServletRequestBuilder update(long id, String name, String slug, long version) {
        return post("/admin/schools/" + id).with(csrf()).cookie(coordinator).param("name", name).param("slug", slug)
                .param("sector", "STATE").param("website", "").param("address", "").param("description", "")
                .param("colour", "#174a7c").param("version", String.valueOf(version));
    }

    private long version(long id) {
        return jdbc.sql("select version from school where id = :id").param("id", id).query(Long.class).single();
    }

    private List<String> auditActions(String name) {
        return jdbc.sql("""
                        select action from audit_entry where item_type = 'school' and item_label like :name
                        order by id""")
                .param("name", name + "%").query(String.class).list();
    }

    private String auditChanges(String name) {
        return jdbc.sql("select changes::text from audit_entry where item_type = 'school' and item_label = :name")
                .param("name", name).query(String.class).single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Cookie sessionOf(String email, String password, String landing) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(redirectedUrl(landing)).andReturn().getResponse().getCookie("SESSION");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, 200);
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString());
    }
}
