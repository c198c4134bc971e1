package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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

import uk.partnership.support.DemoContent;

/**
 * The coordinator's category list through the real security chain on PostgreSQL: adding, renaming, reordering,
 * retiring and restoring, with the GOV.UK error pattern, crossing edits and the audit trail; and what a retired
 * category means for the public calendar. Each test makes its own categories, as the database is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CategoryAdminTest {

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

    @Autowired
    EventFixtures fixtures;

    @Autowired
    CategoryRepository categories;

    Cookie coordinator;

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        coordinator = sessionOf(COORDINATOR, COORDINATOR_PASSWORD, "/admin");
    }

    @Test
    void coordinatorAddsACategoryAtTheEndOfTheList() throws Exception {
        String name = "Robotics " + suffix();

        MvcResult result = mvc.perform(add(name)).andExpect(redirectedUrl("/admin/categories#main")).andReturn();

        Document list = page(get("/admin/categories").cookie(coordinator).flashAttrs(result.getFlashMap()));
        assertThat(list.select(".notice--success").text())
                .isEqualTo("The category \u201c" + name + "\u201d has been added.");
        assertThat(list.select("tbody tr").last().text()).contains(name, "robotics-", "Active", "No events");
        assertThat(list.select("tbody tr").last().select("form[action$=move-down]")).isEmpty();
        assertThat(list.select("tbody tr").first().select("form[action$=move-up]")).isEmpty();
        assertThat(auditActions(name)).containsExactly("created");
    }

    @Test
    void emptyNameIsRefusedByTheFieldOnTheListPage() throws Exception {
        Document page = page(add("   "), 400);

        assertThat(page.title()).startsWith("Error: Event categories");
        assertThat(page.select(".error-summary a[href=#name]").text()).isEqualTo("Enter the category's name");
        assertThat(page.select("#name-error").text()).contains("Enter the category's name");
        assertThat(page.select("form#add").attr("action")).isEqualTo("/admin/categories#add");
        assertThat(page.select("tbody tr")).as("the list is still shown").isNotEmpty();
    }

    @Test
    void nameThatIsTakenIsRefusedAndKeptAsTyped() throws Exception {
        Document page = page(add("academic"), 400);

        assertThat(page.select("#name-error").text()).contains("There is already a category with this name");
        assertThat(page.select("input#name").val()).isEqualTo("academic");
        Document tooLong = page(add("x".repeat(101)), 400);
        assertThat(tooLong.select("#name-error").text()).contains("Name must be 100 characters or fewer");
    }

    @Test
    void renameChangesNameAndAddressWithAnAuditEntry() throws Exception {
        String name = "Debating " + suffix();
        long id = created(name);
        Document form = page(get("/admin/categories/" + id).cookie(coordinator));
        assertThat(form.title()).startsWith("Rename " + name);
        assertThat(form.select("input#name").val()).isEqualTo(name);

        mvc.perform(rename(id, name + " and rhetoric", "debate-" + id, version(id)))
                .andExpect(redirectedUrl("/admin/categories#main"));

        assertThat(jdbc.sql("select name || ' ' || slug from category where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(name + " and rhetoric debate-" + id);
        String changes = jdbc.sql("""
                        select changes::text from audit_entry where item_type = 'category' and item_id = :id
                        and action = 'renamed'""").param("id", id).query(String.class).single();
        assertThat(changes).contains("\"name\":{\"before\":\"" + name + "\",\"after\":\"" + name + " and rhetoric\"}",
                "\"after\":\"debate-" + id + "\"");
    }

    @Test
    void badAddressIsExplainedByTheFieldAndWhatWasTypedIsKept() throws Exception {
        String name = "Chess " + suffix();
        long id = created(name);

        Document page = page(rename(id, "Chess club", "Chess Club!", version(id)), 400);

        assertThat(page.title()).startsWith("Error: Rename " + name);
        assertThat(page.select(".error-summary a[href=#slug]")).hasSize(1);
        assertThat(page.select("#slug-error").text()).contains("Use lower-case letters, numbers and hyphens only");
        assertThat(page.select("input#name").val()).isEqualTo("Chess club");
        assertThat(page.select("input#slug").val()).isEqualTo("Chess Club!");
        Document taken = page(rename(id, "Chess club", "academic", version(id)), 400);
        assertThat(taken.select("#slug-error").text()).contains("Another item already uses this address");
    }

    @Test
    void secondRenameOnAFormOpenedBeforeTheFirstIsRefusedNamingWhoSavedAndKeepingWhatWasTyped() throws Exception {
        String name = "Orienteering " + suffix();
        long id = created(name);
        long opened = version(id);
        Cookie second = sessionOf(COORDINATOR, COORDINATOR_PASSWORD, "/admin");

        mvc.perform(rename(id, name + " one", "", opened)).andExpect(redirectedUrl("/admin/categories#main"));
        Document page = page(post("/admin/categories/" + id).with(csrf()).cookie(second)
                .param("name", name + " two").param("slug", "").param("version", String.valueOf(opened)), 409);

        assertThat(page.select(".notice--warning").text()).startsWith("Jessica Burns saved this at ");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("input#name").val()).isEqualTo(name + " two");
        assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(version(id)));
        assertThat(jdbc.sql("select name from category where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(name + " one");
    }

    @Test
    void movingSwapsACategoryWithItsNeighbourAndAuditsBoth() throws Exception {
        String first = "Astronomy " + suffix();
        String second = "Botany " + suffix();
        long firstId = created(first);
        long secondId = created(second);

        MvcResult result = mvc.perform(post("/admin/categories/" + secondId + "/move-up").with(csrf())
                        .cookie(coordinator))
                .andExpect(redirectedUrl("/admin/categories#main")).andReturn();

        assertThat((Map<String, Object>) result.getFlashMap()).containsEntry("saved", "admin.categories.moved.up")
                .containsEntry("savedArgument", second);
        List<String> names = page(get("/admin/categories").cookie(coordinator)).select("tbody tr strong:not(.label)")
                .eachText();
        assertThat(names.indexOf(second)).isEqualTo(names.indexOf(first) - 1);
        assertThat(auditActions(second)).containsExactly("created", "moved up");
        assertThat(auditActions(first)).containsExactly("created", "moved down");

        mvc.perform(post("/admin/categories/" + secondId + "/move-down").with(csrf()).cookie(coordinator))
                .andExpect(redirectedUrl("/admin/categories#main"));
        List<String> again = page(get("/admin/categories").cookie(coordinator)).select("tbody tr strong:not(.label)")
                .eachText();
        assertThat(again.indexOf(second)).isEqualTo(again.indexOf(first) + 1);
        assertThat(position(firstId)).isLessThan(position(secondId));
    }

    @Test
    void lastCategoryCannotMoveFurtherDown() throws Exception {
        String name = "Zoology " + suffix();
        long id = created(name);

        mvc.perform(post("/admin/categories/" + id + "/move-down").with(csrf()).cookie(coordinator))
                .andExpect(redirectedUrl("/admin/categories#main"));

        assertThat(auditActions(name)).containsExactly("created");
    }

    @Test
    void retiredCategoryLeavesThePublicFilterButStaysOnItsEvents() throws Exception {
        String name = "Film club " + suffix();
        long id = created(name);
        Event event = fixtures.timed("film-night-" + id, LocalDateTime.now().plusDays(7).withHour(18),
                LocalDateTime.now().plusDays(7).withHour(20), "radley-college");
        event.categorise(categories.findById(id).orElseThrow());
        fixtures.save(event);
        assertThat(page(get("/events")).select(".filters, form").text()).contains(name);
        assertThat(page(get("/admin/categories").cookie(coordinator)).select("tr#category-" + id).text())
                .contains("1 event");

        mvc.perform(post("/admin/categories/" + id + "/retire").with(csrf()).cookie(coordinator))
                .andExpect(redirectedUrl("/admin/categories#main"));

        assertThat(page(get("/events")).text()).doesNotContain(name);
        assertThat(page(get("/events/film-night-" + id)).select(".summary-list").text()).contains(name);
        assertThat(page(get("/admin/categories").cookie(coordinator)).select("tr#category-" + id).text())
                .contains("Retired", "Restore");

        mvc.perform(post("/admin/categories/" + id + "/restore").with(csrf()).cookie(coordinator))
                .andExpect(redirectedUrl("/admin/categories#main"));

        assertThat(page(get("/events")).text()).contains(name);
        assertThat(auditActions(name)).containsExactly("created", "retired", "restored");
    }

    @Test
    void unknownCategoryIsNotFound() throws Exception {
        mvc.perform(get("/admin/categories/999999999").cookie(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/categories/abc").cookie(coordinator)).andExpect(status().isNotFound());
        mvc.perform(rename(999_999_999L, "Nothing", "", 0)).andExpect(status().isNotFound());
        for (String action : List.of("move-up", "move-down", "retire", "restore")) {
            mvc.perform(post("/admin/categories/999999999/" + action).with(csrf()).cookie(coordinator))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void tamperedVersionIsABadRequestNotAnError() throws Exception {
        long id = created("Tampered " + suffix());

        mvc.perform(post("/admin/categories/" + id).with(csrf()).cookie(coordinator).param("name", "x")
                .param("version", "not a number")).andExpect(status().isBadRequest());
    }

    @Test
    void representativeIsRefusedOnEveryCategoryAdminRoute() throws Exception {
        long id = created("Guarded " + suffix());
        Cookie representative = sessionOf(RADLEY_REP, REP_PASSWORD, "/proposals");

        for (String path : List.of("/admin/categories", "/admin/categories/" + id)) {
            mvc.perform(get(path).cookie(representative)).andExpect(status().isForbidden());
        }
        String category = "/admin/categories/" + id;
        for (String path : List.of("/admin/categories", category, category + "/move-up", category + "/move-down",
                category + "/retire", category + "/restore")) {
            mvc.perform(post(path).with(csrf()).cookie(representative).param("name", "Taken over")
                    .param("version", "0")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select retired from category where id = :id").param("id", id).query(Boolean.class)
                .single()).isFalse();
    }

    @Test
    void everyPostNeedsTheCsrfToken() throws Exception {
        long id = created("Forged " + suffix());
        String category = "/admin/categories/" + id;
        for (String path : List.of("/admin/categories", category, category + "/retire", category + "/move-up")) {
            mvc.perform(post(path).cookie(coordinator).param("name", "Forged")).andExpect(status().isForbidden());
        }
    }

    // --- helpers ---

    private long created(String name) throws Exception {
        mvc.perform(add(name)).andExpect(redirectedUrl("/admin/categories#main"));
        return jdbc.sql("select id from category where name = :name").param("name", name).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder add(String name) {
        return post("/admin/categories").with(csrf()).cookie(coordinator).param("name", name);
    }

    private MockHttpServletRequestBuilder rename(long id, String name, String slug, long version) {
        return post("/admin/categories/" + id).with(csrf()).cookie(coordinator).param("name", name)
                .param("slug", slug).param("version", String.valueOf(version));
    }

    private long version(long id) {
        return jdbc.sql("select version from category where id = :id").param("id", id).query(Long.class).single();
    }

    private int position(long id) {
        return jdbc.sql("select position from category where id = :id").param("id", id).query(Integer.class).single();
    }

    private List<String> auditActions(String name) {
        return jdbc.sql("""
                        select action from audit_entry where item_type = 'category' and item_label = :name
                        order by id""")
                .param("name", name).query(String.class).list();
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
