package uk.partnership.features.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the news tests do through the coordinator's screens and the public pages, over MockMvc. */
final class NewsSteps {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String COORDINATOR_PASSWORD = "coordinator demo walnut";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Cookie coordinator;

    NewsSteps(MockMvc mvc, JdbcClient jdbc) throws Exception {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.coordinator = session(COORDINATOR, COORDINATOR_PASSWORD);
    }

    Cookie coordinator() {
        return coordinator;
    }

    Cookie session(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    /** Writes a post through the form ("save" keeps it a draft, "publish" publishes it now); returns its id. */
    long create(String title, String action, String... schoolSlugs) throws Exception {
        String location = mvc.perform(form(title, schoolSlugs).param("action", action))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/news/");
        return Long.parseLong(location.substring("/admin/news/".length()));
    }

    MockHttpServletRequestBuilder form(String title, String... schoolSlugs) {
        var request = post("/admin/news").with(csrf()).cookie(coordinator)
                .param("title", title).param("summary", "A summary of " + title + ".")
                .param("body", "Some **important** news.");
        for (String slug : schoolSlugs) {
            request.param("schoolIds", String.valueOf(schoolId(slug)));
        }
        return request;
    }

    /** Schedules the post for {@code when}, as the coordinator types it: London date and time, to the minute. */
    void schedule(long id, Instant when) throws Exception {
        mvc.perform(scheduleRequest(id, version(id), when)).andExpect(status().is3xxRedirection());
    }

    MockHttpServletRequestBuilder scheduleRequest(long id, String version, Instant when) {
        ZonedDateTime local = when.atZone(LONDON);
        return scheduleRequest(id, version, local.toLocalDate().toString(), local.toLocalTime().toString());
    }

    MockHttpServletRequestBuilder scheduleRequest(long id, String version, String date, String time) {
        return post("/admin/news/" + id + "/schedule").with(csrf()).cookie(coordinator)
                .param("publishDate", date).param("publishTime", time).param("version", version);
    }

    void publish(long id) throws Exception {
        mvc.perform(post("/admin/news/" + id + "/publish").with(csrf()).cookie(coordinator).param("version", version(id)))
                .andExpect(status().is3xxRedirection());
    }

    void unpublish(long id) throws Exception {
        mvc.perform(post("/admin/news/" + id + "/unpublish").with(csrf()).cookie(coordinator).param("version", version(id)))
                .andExpect(status().is3xxRedirection());
    }

    /**
     * The edit form as the coordinator would send it: every field as the form shows it, opened at {@code version},
     * with {@code changes} (name, value, name, value…) typed over it.
     */
    MockHttpServletRequestBuilder edit(long id, String version, String... changes) throws Exception {
        Document form = page(get("/admin/news/" + id).cookie(coordinator), 200);
        String scope = "form[action=/admin/news/" + id + "] ";
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (var input : form.select(scope + "input[name], " + scope + "textarea")) {
            String name = input.attr("name");
            if (name.startsWith("_")) {
                continue;
            }
            if (input.attr("type").equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? input.wholeText() : input.val();
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        values.put("version", List.of(version));
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], List.of(changes[i + 1]));
        }
        var request = post("/admin/news/" + id).with(csrf()).cookie(coordinator).param("action", "save");
        values.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
        return request;
    }

    String version(long id) {
        return String.valueOf(jdbc.sql("select version from news_post where id = :id").param("id", id)
                .query(Long.class).single());
    }

    String slugOf(long id) {
        return jdbc.sql("select slug from news_post where id = :id").param("id", id).query(String.class).single();
    }

    long schoolId(String slug) {
        return jdbc.sql("select id from school where slug = :slug").param("slug", slug).query(Long.class).single();
    }

    List<String> auditActions(long id) {
        return jdbc.sql("select action from audit_entry where item_type = 'news' and item_id = :id order by id")
                .param("id", id).query(String.class).list();
    }

    String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    int statusOf(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    Document page(String path, int expected) throws Exception {
        return page(get(path), expected);
    }

    Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
