package uk.partnership.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.ModelAndView;

import uk.partnership.support.DemoContent;

/**
 * What a page's template reads is of public types (issue 18). SpEL compiles a template's expression to bytecode only
 * when every property it reads is declared by a public type: one read of a package-private record (a row of the
 * coordinator's event list, say) leaves the whole expression interpreted by reflection, every time it runs. That was a
 * quarter of {@code /admin/events}' CPU. This renders the public and signed-in pages and walks each one's model:
 * records, their components, lists, maps and optionals.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TemplateModelTypesTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String REPRESENTATIVE = "radley-college@ox14.example.org";

    final MockMvc mvc;
    final JdbcClient jdbc;
    final DataSource dataSource;
    final UserDetailsService accounts;

    @Autowired
    TemplateModelTypesTest(MockMvc mvc, JdbcClient jdbc, DataSource dataSource, UserDetailsService accounts) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    @Test
    void everyPageReadsOnlyPublicTypes() throws Exception {
        DemoContent.load(dataSource);
        // What the demo has none of, so that the lists showing them are walked too whatever other tests left in the
        // schema: an audit entry with a changed field, a school calendar to import, and a Radley College proposal
        // waiting since long ago (the dashboard flags it).
        jdbc.sql("""
                insert into audit_entry (at, actor_email, action, item_type, item_id, item_label, changes)
                values (now(), 'jessica.burns@ox14.example.org', 'UPDATE', 'EVENT', null, 'A test event',
                        '{"title": {"before": "Old", "after": "New"}}')""").update();
        jdbc.sql("""
                insert into import_source (school_id, url, category_id)
                select s.id, 'https://calendar.example.org/test.ics', (select min(id) from category)
                from school s where s.slug = 'radley-college'""").update();
        String proposal = jdbc.sql("""
                insert into proposal (school_id, title, description, status, created_at, updated_at, awaiting_since)
                select id, 'Long wait', 'Text', 'SUBMITTED', now() - interval '30 days', now() - interval '30 days',
                       now() - interval '30 days' from school where slug = 'radley-college'
                returning cast(id as text)""").query(String.class).single();
        String event = first("select slug from event where status = 'PUBLISHED' order by starts_at desc");
        var seriesDate = jdbc.sql("""
                select slug, cast(id as text) as id from event where status = 'PUBLISHED' and series_id is not null
                order by starts_at limit 1""").query().singleRow();
        String school = first("select slug from school order by id");
        String post = first("select slug from news_post where status = 'PUBLISHED' order by id");
        String programme = first("select slug from programme_page where status = 'PUBLISHED' order by id");
        String eventId = first("select cast(id as text) from event order by id");
        String postId = first("select cast(id as text) from news_post order by id");
        Set<String> nonPublic = new TreeSet<>();
        for (String page : List.of("/", "/events", "/events?school=" + school, "/events/list",
                "/events/list?school=" + school, "/events/past", "/events/" + event,
                "/events/" + seriesDate.get("slug"), "/schools", "/schools/" + school, "/news", "/news/" + post,
                "/programmes", "/programmes/" + programme, "/term-dates", "/search?q=music", "/about", "/contact")) {
            walk(page, model(get(page)), nonPublic);
        }
        var coordinator = user(accounts.loadUserByUsername(COORDINATOR));
        for (String page : List.of("/admin", "/admin/events", "/admin/events/" + eventId,
                "/admin/events/" + seriesDate.get("id"), "/admin/news",
                "/admin/news/" + postId, "/admin/proposals", "/admin/proposals/" + proposal, "/admin/impact",
                "/admin/audit", "/admin/schools", "/admin/settings/term-dates", "/admin/settings", "/admin/users",
                "/admin/programmes", "/admin/categories", "/admin/imports", "/account")) {
            walk(page, model(get(page).with(coordinator)), nonPublic);
        }
        var representative = user(accounts.loadUserByUsername(REPRESENTATIVE));
        for (String page : List.of("/proposals", "/proposals/" + proposal, "/proposals/impact")) {
            walk(page, model(get(page).with(representative)), nonPublic);
        }
        assertThat(nonPublic).as("types a template reads that are not public (page: type)").isEmpty();
    }

    private String first(String sql) {
        return jdbc.sql(sql + " limit 1").query(String.class).single();
    }

    private Map<String, Object> model(MockHttpServletRequestBuilder request) throws Exception {
        ModelAndView view = mvc.perform(request).andExpect(status().isOk()).andReturn().getModelAndView();
        assertThat(view).isNotNull();
        return view.getModel();
    }

    private static void walk(String page, Map<String, Object> model, Set<String> nonPublic) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        model.forEach((name, value) -> {
            // Spring's own entries (binding results) are read through Spring's bind status, never compiled.
            if (!name.startsWith("org.springframework")) {
                walk(page, value, seen, nonPublic);
            }
        });
    }

    private static void walk(String page, @Nullable Object value, Set<Object> seen, Set<String> nonPublic) {
        if (value == null || !seen.add(value)) {
            return;
        }
        Class<?> type = value.getClass();
        // An enum constant with a body is an anonymous subclass: the type templates see is its enum's.
        Class<?> declared = value instanceof Enum<?> constant ? constant.getDeclaringClass() : type;
        if (declared.getName().startsWith("uk.partnership.") && !declared.isAnonymousClass() && !declared.isSynthetic()
                && !Modifier.isPublic(declared.getModifiers())) {
            nonPublic.add(page + ": " + declared.getName());
        }
        switch (value) {
            case Iterable<?> items -> items.forEach(item -> walk(page, item, seen, nonPublic));
            case Map<?, ?> map -> map.forEach((key, item) -> {
                walk(page, key, seen, nonPublic);
                walk(page, item, seen, nonPublic);
            });
            case Optional<?> optional -> optional.ifPresent(item -> walk(page, item, seen, nonPublic));
            case Record record -> {
                for (RecordComponent component : type.getRecordComponents()) {
                    try {
                        var accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        walk(page, accessor.invoke(record), seen, nonPublic);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(type + "." + component.getName(), e);
                    }
                }
            }
            default -> {
            }
        }
    }
}
