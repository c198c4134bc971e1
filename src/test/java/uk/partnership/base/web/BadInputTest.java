package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.partnership.support.DemoContent;
import uk.partnership.support.TestDatabase;

/**
 * Issue 15, point 4: no input a visitor can send gives a server error. Walks every route the application maps
 * (taken from the handler mapping, so a new route joins by itself, and one this test cannot fill in fails it by
 * name) as the person the route is for, and sends every parameter and form field it takes a corpus of bad values:
 * empty, 10,000 characters, HTML, NUL and other control characters, line breaks, right-to-left text and emoji,
 * impossible and far-away dates, huge, negative and fractional numbers, wrong types, unknown and nested names
 * ({@code x.y}, {@code x[-1]}, {@code x[99999]}) and repeated parameters. Form fields are read from the form
 * records the handler binds and from the forms the pages render, whose values are the starting point, so a bad
 * value reaches the checks behind the ones that guard the form. Any 5xx fails the test, listing every request.
 */
@SpringBootTest(properties = "logging.level.org.thymeleaf=OFF")
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class BadInputTest {

    private static final Logger LOG = LoggerFactory.getLogger(BadInputTest.class);

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String REPRESENTATIVE = "radley-college@ox14.example.org";
    /** An account the coordinator may deactivate and change during the walk: neither of the two signed in. */
    static final String OTHER_ACCOUNT = "abingdon-school@ox14.example.org";

    static final String LONG = "x".repeat(10_000);

    /** What every parameter and field is sent, one value at a time. */
    static final List<String> CORE = List.of("", LONG, "a\u0000b", "abc", "99999999999999999999", "+999999999-12-31");

    /** The rest of the corpus, two values per field in turn, so that every value reaches every kind of field. */
    static final List<String> MORE = List.of("line one\nline two\r\nthree", "<script>alert(1)</script><b>bold</b>",
            "\u202Eمرحبا שלום 👩🏽‍🏫🇬🇧", "2026-02-30", "-1", "a\u0001\u0008\u001b\u007f\u0085b", "1.5",
            "-9223372036854775809", "PUPILS", " ", "0000-00-00", "true");

    /** Names nobody's form has, nested ones included: sent together. */
    static final List<String> UNKNOWN_NAMES = List.of("x", "x.y", "class.module.classLoader", "school.x", "audience.x",
            "category.x", "aims.x");

    /** Row numbers no page sends: each alone, since the first one stops the request. */
    static final List<String> BAD_ROWS = List.of("x[-1]", "x[99999]", "aims[-1].title", "aims[99999].title",
            "aims[2147483648].title");

    /** What each path variable is sent besides its real value. */
    static final List<String> PATH_CORPUS = List.of("abc", "-1", "99999999999999999999", "%00");

    final MockMvc mvc;
    final DataSource dataSource;
    final JdbcClient jdbc;
    final UserDetailsService accounts;
    final RequestMappingHandlerMapping mappings;

    @Autowired
    BadInputTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc, UserDetailsService accounts, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mappings = mappings;
    }

    private final List<String> serverErrors = new ArrayList<>();
    private int requests;
    private int rotation;

    /**
     * The walk saves, renames, cancels and deactivates whatever its forms allow: it works in a schema of its own,
     * so the demo content other test classes read stays as the script made it.
     */
    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry properties) {
        TestDatabase.schemaOfItsOwn(properties, "bad_input_walk");
    }

    @BeforeEach
    void loadDemoContent() {
        DemoContent.load(dataSource);
    }

    @Test
    void noRouteAnswersBadInputWithAServerError() throws Exception {
        long started = System.nanoTime();
        UserDetails coordinator = accounts.loadUserByUsername(COORDINATOR);
        UserDetails representative = accounts.loadUserByUsername(REPRESENTATIVE);
        Map<String, String> pathValues = pathValues(representative);

        List<Route> routes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = fill(pattern, pathValues);
                if (path == null) {
                    unknown.add(pattern);
                    continue;
                }
                UserDetails who = pattern.startsWith("/admin") ? coordinator
                        : pattern.startsWith("/proposals") || pattern.startsWith("/account") ? representative : null;
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method, pattern, path, who, fields(mapping.getValue())));
                }
            }
        }
        assertThat(unknown).as("routes this test does not know how to fill in: add their path variables "
                + "to pathValues()").isEmpty();
        // Pages first, so their forms are known; then the posts, the ones that delete last.
        routes.sort(Comparator.comparing((Route route) -> route.method() != RequestMethod.GET)
                .thenComparing(route -> route.pattern().endsWith("/delete") || route.pattern().endsWith("/deactivate"))
                .thenComparing(Route::pattern));

        Map<String, List<Map.Entry<String, String>>> forms = new LinkedHashMap<>();
        for (Route route : routes) {
            if (route.method() == RequestMethod.GET) {
                MvcResult shown = send(route, List.of(), route.path());
                if (shown != null && shown.getResponse().getContentType() != null
                        && shown.getResponse().getContentType().startsWith("text/html")) {
                    collectForms(shown.getResponse().getContentAsString(), forms);
                }
            }
        }
        Map<String, Long> millisByRoute = new LinkedHashMap<>();
        for (Route route : routes) {
            long routeStarted = System.nanoTime();
            int before = requests;
            // A page's own address is often where its form posts to: the form's fields are the post's, not the page's.
            walk(route, route.method() == RequestMethod.GET ? List.of() : forms.getOrDefault(route.path(), List.of()));
            millisByRoute.put(route.method() + " " + route.pattern() + " (" + (requests - before) + " requests)",
                    (System.nanoTime() - routeStarted) / 1_000_000);
        }

        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        LOG.info("Bad-input walk: {} routes, corpus of {} values, {} unknown names, {} bad rows, {} path values: "
                + "{} requests, {} answered 5xx, {} s", routes.size(), CORE.size() + MORE.size(), UNKNOWN_NAMES.size(),
                BAD_ROWS.size(), PATH_CORPUS.size(), requests, serverErrors.size(), seconds);
        millisByRoute.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(route -> LOG.info("Bad-input walk, slowest route: {} ms {}", route.getValue(), route.getKey()));
        serverErrors.forEach(failure -> LOG.warn("5xx: {}", failure));
        assertThat(serverErrors).as("requests answered with a server error").isEmpty();
    }

    @Test
    void nulInAProposalTitleIsRefusedByTheFieldKeepingWhatWasTyped() throws Exception {
        Document page = page(post("/proposals").with(csrf()).with(user(accounts.loadUserByUsername(REPRESENTATIVE)))
                .param("title", "a\u0000b").param("description", "Kept text"), 400);

        assertThat(page.select("#title-error").text()).contains("Remove the hidden control characters from this text");
        assertThat(page.select(".error-summary a[href=#title]").text()).contains("Remove the hidden control characters");
        assertThat(page.select("input[name=title]").val()).hasSize(3).startsWith("a").endsWith("b");
        assertThat(page.select("textarea[name=description]").text()).isEqualTo("Kept text");
    }

    @Test
    void anUnconvertibleChoiceIsWordedForPeopleAndTheFormComesBack() throws Exception {
        MvcResult result = mvc.perform(post("/proposals").with(csrf())
                .with(user(accounts.loadUserByUsername(REPRESENTATIVE))).param("title", "Kept title")
                .param("categoryId", "abc").param("audiences", "PUPILS").param("version", "x")).andReturn();
        String body = result.getResponse().getContentAsString();
        Document page = Jsoup.parse(body);

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body).doesNotContain("Failed to convert", "java.lang");
        assertThat(page.select("#categoryId-error").text()).contains("Choose a category from the list");
        assertThat(page.select("#audiences-error").text()).contains("Choose who it is for from the list");
        assertThat(page.select(".error-summary li").eachText())
                .contains("The form was sent with a damaged hidden field. Reload the page, then make your change again");
        assertThat(page.select("input[name=title]").val()).isEqualTo("Kept title");
    }

    @Test
    void aLineBreakInAOneLineFieldGetsAMessageByTheField() throws Exception {
        Document page = page(post("/proposals").with(csrf()).with(user(accounts.loadUserByUsername(REPRESENTATIVE)))
                .param("title", "two\nlines").param("description", "d").param("flexible", "true"), 400);

        assertThat(page.select("#title-error").text()).contains("Enter this on one line, without line breaks");
    }

    @Test
    void nestedCalendarParametersAreIgnored() throws Exception {
        for (String request : List.of("/events?school.x=1", "/events.json?audience.x=1", "/events/feed.ics?category.x=1",
                "/embed/events?school.x=1")) {
            assertThat(mvc.perform(get(request)).andReturn().getResponse().getStatus()).as(request).isEqualTo(200);
        }
    }

    @Test
    void aFarAwayStartOfTheListIsA400SayingWhichDatesWork() throws Exception {
        Document page = page(get("/events/list").param("from", "+999999999-12-31"), 400);

        assertThat(page.select(".error-detail").text()).contains("+999999999-12-31").contains("between 1900 and 2200");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/error").accept("text/html")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/error")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void nulInAnAdminFilterIsA400NamingTheParameter() throws Exception {
        Document page = page(get("/admin/events").param("q", "a\u0000b")
                .with(user(accounts.loadUserByUsername(COORDINATOR))), 400);

        assertThat(page.select(".error-detail").text()).contains("\u201cq\u201d");
    }

    @Test
    void aFarAwayEventDateGetsAMessageByTheField() throws Exception {
        String id = jdbc.sql("select min(id)::text from event where status = 'PUBLISHED'").query(String.class).single();
        Document page = page(post("/admin/events/" + id).with(csrf()).with(user(accounts.loadUserByUsername(COORDINATOR)))
                .param("title", "Kept").param("allDay", "true").param("startDate", "2027-01-01")
                .param("endDate", "+999999999-12-31"), 400);

        assertThat(page.select("#endDate-error").text()).contains("Enter a date between 1900 and 2200");
        assertThat(page.select("input[name=endDate]").val()).isEqualTo("+999999999-12-31");
    }

    @Test
    void aTenThousandCharacterPostponementReasonGetsAMessageByTheField() throws Exception {
        String id = jdbc.sql("select min(id)::text from event where status = 'PUBLISHED'").query(String.class).single();
        Document page = page(post("/admin/events/" + id + "/postpone").with(csrf())
                .with(user(accounts.loadUserByUsername(COORDINATOR))).param("title", "Kept").param("allDay", "true")
                .param("startDate", "2027-01-01").param("endDate", "2027-01-01").param("reason", LONG), 400);

        assertThat(page.select("#reason-error").text()).contains("The reason must be 1,000 characters or fewer");
        assertThat(page.select("textarea[name=reason]").text()).hasSize(LONG.length());
    }

    @Test
    void aTenThousandCharacterContactEmailGetsAMessageByTheField() throws Exception {
        Document page = page(post("/admin/settings").with(csrf()).with(user(accounts.loadUserByUsername(COORDINATOR)))
                .param("name", "OX14 Learning Partnership").param("shortName", "OX14").param("contactEmail", LONG), 400);

        assertThat(page.select("#contactEmail-error").text()).isNotEmpty();
        assertThat(page.select("input[name=contactEmail]").val()).hasSize(LONG.length());
    }

    @Test
    void impossibleRowNumbersAreA400NamingTheRow() throws Exception {
        for (String row : List.of("aims[-1].title", "aims[99999].title", "aims[2147483648].title")) {
            Document page = page(post("/admin/settings").with(csrf())
                    .with(user(accounts.loadUserByUsername(COORDINATOR))).param("name", "N").param("shortName", "S")
                    .param(row, "x"), 400);
            assertThat(page.select(".error-detail").text()).as(row).contains(row).contains("0 to 199");
        }
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request.accept("text/html")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /**
     * The corpus on one route, sized to keep the walk fast: every field at once with each core value; each field
     * alone (the others as the page filled them in) with two values in turn from the whole corpus; every field
     * repeated and nested; the unknown names together, and each bad row number alone (the binder stops at the
     * first); and bad values for the path variables.
     */
    private void walk(Route route, List<Map.Entry<String, String>> baseline) throws Exception {
        Set<String> names = new LinkedHashSet<>(route.fields());
        baseline.forEach(field -> names.add(field.getKey()));
        List<String> corpus = new ArrayList<>(CORE);
        corpus.addAll(MORE);
        if (!names.isEmpty()) {
            for (String value : CORE) {
                List<Map.Entry<String, String>> everyField = new ArrayList<>();
                names.forEach(name -> everyField.add(Map.entry(name, value)));
                send(route, everyField, route.path());
            }
            for (String name : names) {
                for (int i = 0; i < 2; i++) {
                    send(route, replaced(baseline, name, corpus.get(rotation++ % corpus.size())), route.path());
                }
            }
            List<Map.Entry<String, String>> repeated = new ArrayList<>(baseline);
            List<Map.Entry<String, String>> nested = new ArrayList<>(baseline);
            names.forEach(name -> {
                repeated.add(Map.entry(name, "1"));
                repeated.add(Map.entry(name, "2"));
                nested.add(Map.entry(name + ".x", "1"));
            });
            send(route, repeated, route.path());
            send(route, nested, route.path());
            for (String name : names) {
                send(route, with(baseline, Map.entry(name + "[-1]", "1")), route.path());
            }
            send(route, with(baseline, Map.entry(names.iterator().next() + "[99999]", "1")), route.path());
        }
        List<Map.Entry<String, String>> unknown = new ArrayList<>(baseline);
        UNKNOWN_NAMES.forEach(name -> unknown.add(Map.entry(name, "1")));
        if (names.isEmpty()) {
            // Nothing binds on this route: the bad rows are unknown names like the others.
            BAD_ROWS.forEach(row -> unknown.add(Map.entry(row, "x")));
        } else {
            for (String row : BAD_ROWS) {
                send(route, with(baseline, Map.entry(row, "x")), route.path());
            }
        }
        send(route, unknown, route.path());
        if (route.pattern().contains("{")) {
            for (String value : PATH_CORPUS) {
                send(route, baseline, route.pattern().replaceAll("\\{[^}]*}", value));
            }
        }
    }

    private MvcResult send(Route route, List<Map.Entry<String, String>> parameters, String path) {
        requests++;
        MockHttpServletRequestBuilder request = route.method() == RequestMethod.POST
                ? post(path).with(csrf()) : get(path);
        request.accept("text/html");
        if (route.who() != null) {
            request.with(user(route.who()));
        }
        parameters.forEach(parameter -> request.param(parameter.getKey(), parameter.getValue()));
        String described = route.method() + " " + path + " " + describe(parameters)
                + (route.who() == null ? "" : " as " + route.who().getUsername());
        try {
            MvcResult result = mvc.perform(request).andReturn();
            if (result.getResponse().getStatus() >= 500) {
                serverErrors.add(result.getResponse().getStatus() + " " + described + cause(result.getResolvedException()));
            }
            return result;
        } catch (Exception | AssertionError failure) {
            serverErrors.add("500 " + described + cause(failure));
            return null;
        }
    }

    private static String cause(Throwable failure) {
        if (failure == null) {
            return "";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return " → " + root.getClass().getSimpleName() + ": " + message.substring(0, Math.min(160, message.length()));
    }

    private static String describe(List<Map.Entry<String, String>> parameters) {
        var text = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters) {
            String value = parameter.getValue();
            value = value.length() > 40 ? value.substring(0, 12) + "…(" + value.length() + " characters)" : value;
            text.append(text.isEmpty() ? "" : "&").append(parameter.getKey()).append('=')
                    .append(value.chars().mapToObj(c -> c < 32 || c == 127 ? String.format("%%%02X", c)
                            : String.valueOf((char) c)).reduce("", String::concat));
        }
        return text.toString();
    }

    private static List<Map.Entry<String, String>> replaced(List<Map.Entry<String, String>> baseline, String name,
                                                            String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>();
        baseline.stream().filter(field -> !field.getKey().equals(name)).forEach(changed::add);
        changed.add(Map.entry(name, value));
        return changed;
    }

    @SafeVarargs
    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> baseline,
                                                        Map.Entry<String, String>... added) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(baseline);
        changed.addAll(List.of(added));
        return changed;
    }

    /** The fields of every form a page shows that posts, by the path it posts to, as the page filled them in. */
    private static void collectForms(String html, Map<String, List<Map.Entry<String, String>>> forms) {
        Document page = Jsoup.parse(html, "http://localhost/");
        for (FormElement form : page.select("form[method=post]").forms()) {
            String action = form.attr("action").replaceFirst("[?#].*", "");
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            form.formData().stream().filter(field -> !field.key().equals("_csrf"))
                    .forEach(field -> fields.add(Map.entry(field.key(), field.value())));
            forms.putIfAbsent(action, fields);
        }
    }

    /** The names of the query parameters and form fields a handler reads, with list rows as {@code rows[0].field}. */
    private static List<String> fields(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class)
                    || parameter.hasParameterAnnotation(CookieValue.class)) {
                continue;
            }
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
            } else if (type.isRecord()) {
                addComponents(type, "", names);
            }
        }
        return names;
    }

    private static void addComponents(Class<?> record, String prefix, List<String> names) {
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> element = rowType(component.getGenericType());
            if (element != null && element.isRecord()) {
                addComponents(element, prefix + component.getName() + "[0].", names);
            } else {
                names.add(prefix + component.getName());
            }
        }
    }

    private static Class<?> rowType(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    /** Replaces a pattern's path variables with real values from the demo content, or null if one is unknown. */
    private static String fill(String pattern, Map<String, String> values) {
        String path = pattern;
        for (Map.Entry<String, String> known : values.entrySet()) {
            if (pattern.startsWith(known.getKey())) {
                path = known.getValue() + pattern.substring(known.getKey().length());
                break;
            }
        }
        return path.contains("{") ? null : path;
    }

    /** Real slugs and ids for the path variables, longest prefix first. */
    private Map<String, String> pathValues(UserDetails representative) throws Exception {
        // Demo content has no proposal: the representative proposes one, for the proposal pages.
        mvc.perform(post("/proposals").with(csrf()).with(user(representative)).param("title", "Bad input walk")
                .param("description", "A proposal to walk").param("flexible", "true"));
        Function<String, String> one = sql -> jdbc.sql(sql).query((row, number) -> row.getString(1)).list().getFirst();
        String event = one.apply("select slug from event where status = 'PUBLISHED' and cancelled_at is null "
                + "order by starts_at desc limit 1");
        String eventId = one.apply("select id from event where slug = '" + event + "'");
        String proposal = one.apply("select max(id) from proposal");
        Map<String, String> values = new TreeMap<>(Comparator.comparing(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        values.put("/events/{slug}", "/events/" + event);
        // Issue 20: a picture that is not stored (the walk's bad values go into the other routes' fields).
        values.put("/images/{hash:[0-9a-f]{32}}-{width:[0-9]{1,5}}.{extension:jpg|png}",
                "/images/0123456789abcdef0123456789abcdef-400.jpg");
        // Issue 20: documents. The admin routes of an event's; a download of a file that is not stored.
        values.put("/admin/{kind}/{id:\\d+}/documents", "/admin/events/" + eventId + "/documents");
        String document = one.apply("""
                insert into document (owner_kind, owner_id, position, title, file_name, hash, size_bytes, pages, bytes,
                                      created_at, created_by)
                values ('events', %s, 1, 'Bad input letter', 'bad-input-letter.pdf', '0123456789abcdef0123456789abcdef',
                        4, 1, '\\x25504446'::bytea, now(), 'bad input walk')
                returning id""".formatted(eventId));
        for (String action : List.of("remove", "up")) {
            values.put("/admin/{kind}/{id:\\d+}/documents/{documentId:\\d+}/" + action,
                    "/admin/events/" + eventId + "/documents/" + document + "/" + action);
        }
        values.put("/documents/{hash:[0-9a-f]{32}}/{name:[a-z0-9-]{1,100}}.pdf",
                "/documents/0123456789abcdef0123456789abcdef/letter.pdf");
        values.put("/news/{slug}", "/news/" + one.apply("select slug from news_post where status = 'PUBLISHED' limit 1"));
        values.put("/schools/{slug}", "/schools/radley-college");
        values.put("/admin/events/{id}", "/admin/events/" + eventId);
        values.put("/admin/news/{id}", "/admin/news/" + one.apply("select min(id) from news_post"));
        values.put("/programmes/{slug}", "/programmes/" + one.apply(
                "select slug from programme_page where status = 'PUBLISHED' order by id limit 1"));
        values.put("/programmes/{slug}/feed.ics", "/programmes/" + one.apply(
                "select slug from programme_page where status = 'PUBLISHED' and category_id is not null order by id limit 1")
                + "/feed.ics");
        values.put("/admin/programmes/{id}", "/admin/programmes/" + one.apply("select min(id) from programme_page"));
        values.put("/admin/proposals/{id}", "/admin/proposals/" + proposal);
        values.put("/proposals/{id}", "/proposals/" + proposal);
        values.put("/admin/categories/{id:\\d+}", "/admin/categories/" + one.apply("select min(id) from category"));
        values.put("/admin/schools/{id:\\d+}", "/admin/schools/" + one.apply("select max(id) from school"));
        values.put("/admin/users/{id}", "/admin/users/"
                + one.apply("select id from account where email = '" + OTHER_ACCOUNT + "'"));
        values.put("/admin/settings/term-dates/{id:\\d+}", "/admin/settings/term-dates/"
                + one.apply("select min(id) from term_break"));
        // The representative's own school's term dates: one entry of theirs to change and delete.
        values.put("/proposals/term-dates/{id:\\d+}", "/proposals/term-dates/" + one.apply("""
                insert into term_break (kind, school_id, name, first_day, last_day)
                select 'INSET', id, 'Bad input INSET day', date '2031-01-06', date '2031-01-06' from school
                where slug = 'radley-college' returning id"""));
        // Issue 21: an event held at the representative's school (Radley College), to record who took part.
        String held = one.apply("select e.id from event e join event_host h on h.event_id = e.id "
                + "join school s on s.id = h.school_id where s.slug = 'radley-college' and e.status = 'PUBLISHED' "
                + "and e.starts_at < now() order by e.starts_at desc limit 1");
        values.put("/admin/impact/events/{id:\\d+}", "/admin/impact/events/" + held);
        values.put("/admin/impact/events/{id:\\d+}/schools/{school:\\d+}", "/admin/impact/events/" + held
                + "/schools/" + one.apply("select id from school where slug = 'radley-college'"));
        values.put("/proposals/impact/events/{id:\\d+}", "/proposals/impact/events/" + held);
        // Issue 22: a school calendar on a loopback address, which the import refuses at once (no network reached),
        // and one entry of it waiting for review.
        String source = one.apply("""
                insert into import_source (school_id, url, category_id)
                select s.id, 'http://127.0.0.1:9/bad-input.ics', (select min(id) from category) from school s
                where s.slug = 'radley-college' returning id""");
        values.put("/admin/imports/{id:\\d+}", "/admin/imports/" + source);
        values.put("/admin/imports/items/{id:\\d+}", "/admin/imports/items/" + one.apply("""
                insert into import_item (source_id, uid, title, all_day, starts_at, ends_at, first_day, last_day,
                    first_seen_at, changed_at)
                values (%s, 'bad-input@example.org', 'Bad input entry', false, timestamptz '2031-03-04 16:00Z',
                    timestamptz '2031-03-04 17:00Z', date '2031-03-04', date '2031-03-04', now(), now())
                returning id""".formatted(source)));
        values.put("/password/reset/{token}", "/password/reset/no-such-token");
        values.put("/invitations/{token}", "/invitations/no-such-token");
        values.put("/demo/mail/{index}", "/demo/mail/0");
        return values;
    }

    record Route(RequestMethod method, String pattern, String path, UserDetails who, List<String> fields) {
    }
}
