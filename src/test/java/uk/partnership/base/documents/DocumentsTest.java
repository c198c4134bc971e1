package uk.partnership.base.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import uk.partnership.base.web.cache.PageCache;
import uk.partnership.support.DemoContent;
import uk.partnership.support.Eventually;
import uk.partnership.support.PageCaching;

/**
 * Documents (issue 20) as coordinators and visitors meet them: added from an item's edit page by a form of its own,
 * listed on the public page with title, type and size, downloaded with safe headers; refused uploads answered by the
 * file field with the title kept; a draft's documents kept from visitors; removal, order and the audit trail.
 */
// The context of EventPictureTest (page cache on), started once for both.
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class DocumentsTest {

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final PageCache pageCache;
    private final JdbcClient jdbc;
    private final DocumentCleanup cleanup;

    private Cookie coordinator;

    @Autowired
    DocumentsTest(MockMvc mvc, DataSource dataSource, PageCache pageCache, JdbcClient jdbc, DocumentCleanup cleanup) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.pageCache = pageCache;
        this.jdbc = jdbc;
        this.cleanup = cleanup;
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
    void aDocumentAddedFromTheEditPageIsListedOnTheEventPageAndDownloaded() throws Exception {
        long id = jdbc.sql("select min(id) from event where status = 'PUBLISHED' and cancelled_at is null")
                .query(Long.class).single();
        String slug = jdbc.sql("select slug from event where id = :id").param("id", id).query(String.class).single();
        assertThat(page(get("/events/" + slug), 200).select(".documents")).isEmpty();   // and now kept in the cache

        Document edit = page(get("/admin/events/" + id).cookie(coordinator), 200);
        var form = edit.selectFirst("#documents form[action='/admin/events/" + id + "/documents']");
        assertThat(form).isNotNull();
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[type=file]").attr("name")).isEqualTo("documentUpload");
        assertThat(form.select("input[type=file]").attr("accept")).isEqualTo("application/pdf,.pdf");

        String title = unique("Consent form");
        byte[] pdf = TestDocuments.pdf(2);
        MockHttpServletResponse added = mvc.perform(upload("/admin/events/" + id + "/documents", title,
                        file("form.pdf", pdf))).andExpect(status().is3xxRedirection()).andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/events/" + id + "#documents");
        Document after = page(get("/admin/events/" + id).cookie(coordinator)
                .flashAttr("saved", "documents.added").flashAttr("savedArgument", title), 200);
        assertThat(after.select("#documents .document-list__link").eachText()).contains(title);

        // The public page, kept in the page cache before, lists it once the change is heard of.
        assertThat(Eventually.holds(Duration.ofSeconds(5), () -> page(get("/events/" + slug), 200).text()
                .contains(title))).isTrue();
        Document shown = page(get("/events/" + slug), 200);
        var item = shown.select(".documents li").stream().filter(li -> li.text().contains(title)).findFirst()
                .orElseThrow();
        assertThat(shown.select(".documents h2").text()).isEqualTo("Documents");
        assertThat(item.select(".document-list__meta").text()).isEqualTo("PDF, " + (pdf.length + 1023) / 1024 + " KB");
        String[] link = {item.select("a").attr("href")};
        String fileName = Documents.fileName(title);
        assertThat(link[0]).matches("/documents/[0-9a-f]{32}/" + fileName.replace(".", "\\."));

        MockHttpServletResponse download = mvc.perform(get(link[0])).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + fileName + "\"");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getCookies()).isEmpty();
        mvc.perform(get("/documents/0123456789abcdef0123456789abcdef/" + fileName)).andExpect(status().isNotFound());

        assertThat(jdbc.sql("select changes::text from audit_entry where item_type = 'event' and item_id = :id "
                + "and action = 'document added'").param("id", id).query(String.class).single()).contains(title);
    }

    @Test
    void aDraftPostsDocumentIsServedToCoordinatorsOnlyUntilItIsPublished() throws Exception {
        String title = unique("Draft letter");
        long post = jdbc.sql("""
                insert into news_post (title, slug, status, publish_at, author_name)
                values (:title, :slug, 'DRAFT', null, 'Jessica Burns') returning id""")
                .param("title", title).param("slug", "draft-" + UUID.randomUUID()).query(Long.class).single();
        mvc.perform(upload("/admin/news/" + post + "/documents", "Letter to parents", file("letter.pdf",
                TestDocuments.pdf(1)))).andExpect(status().is3xxRedirection());
        String href = page(get("/admin/news/" + post).cookie(coordinator), 200)
                .select("#documents .document-list__link").attr("href");
        assertThat(href).startsWith("/documents/");

        mvc.perform(get(href)).andExpect(status().isNotFound());
        MockHttpServletResponse staff = mvc.perform(get(href).cookie(coordinator)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(staff.getHeader("Cache-Control")).isEqualTo("no-store, private");

        jdbc.sql("update news_post set status = 'PUBLISHED', publish_at = now() - interval '1 minute' where id = :id")
                .param("id", post).update();
        mvc.perform(get(href)).andExpect(status().isOk());
    }

    @Test
    void eachBadUploadIsRefusedByTheFileFieldWithTheTitleKept() throws Exception {
        long page = jdbc.sql("select min(id) from programme_page").query(Long.class).single();
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("setup.pdf", TestDocuments.executable());
        uploads.put("page.pdf", TestDocuments.html());
        uploads.put("empty.pdf", new byte[0]);
        uploads.put("cut.pdf", TestDocuments.truncated());
        uploads.put("huge.pdf", TestDocuments.tooLarge());
        uploads.put("locked.pdf", TestDocuments.encrypted());
        uploads.put("script.pdf", TestDocuments.withJavaScript());
        long before = count("programmes", page);
        for (var bad : uploads.entrySet()) {
            String title = unique("Refused " + bad.getKey());
            Document shown = page(upload("/admin/programmes/" + page + "/documents", title,
                    file(bad.getKey(), bad.getValue())), 400);
            assertThat(shown.title()).as(bad.getKey()).startsWith("Error: Documents of");
            assertThat(shown.select("#documentFile-error").text()).as(bad.getKey()).startsWith("Error: The")
                    .endsWith("again.");
            assertThat(shown.select(".error-summary a[href='#documentFile']")).hasSize(1);
            assertThat(shown.select("input#title").val()).isEqualTo(title);
        }
        assertThat(page(upload("/admin/programmes/" + page + "/documents", "Huge", file("huge.pdf",
                TestDocuments.tooLarge())), 400).select("#documentFile-error").text()).contains("larger than 20 MB");
        assertThat(page(upload("/admin/programmes/" + page + "/documents", "Script", file("s.pdf",
                TestDocuments.withJavaScript())), 400).select("#documentFile-error").text()).contains("scripts");

        Document untitled = page(upload("/admin/programmes/" + page + "/documents", " ", file("ok.pdf",
                TestDocuments.pdf(1))), 400);
        assertThat(untitled.select("#title-error").text()).isEqualTo("Error: Enter a title for the document.");
        Document noFile = page(upload("/admin/programmes/" + page + "/documents", "No file",
                new MockMultipartFile(DocumentAdminController.UPLOAD, "", "application/octet-stream", new byte[0])), 400);
        assertThat(noFile.select("#documentFile-error").text()).isEqualTo("Error: Choose the PDF to add.");
        assertThat(count("programmes", page)).isEqualTo(before);
    }

    @Test
    void documentsAreReorderedAndRemovedWithAuditEntries() throws Exception {
        long page = jdbc.sql("select min(id) from programme_page where status = 'PUBLISHED'").query(Long.class).single();
        String slug = jdbc.sql("select slug from programme_page where id = :id").param("id", page)
                .query(String.class).single();
        String first = unique("First");
        String second = unique("Second");
        for (String title : List.of(first, second)) {
            mvc.perform(upload("/admin/programmes/" + page + "/documents", title, file("f.pdf",
                    TestDocuments.pdf(title.length() % 3 + 1)))).andExpect(status().is3xxRedirection());
        }
        long secondId = jdbc.sql("select id from document where title = :title").param("title", second)
                .query(Long.class).single();
        mvc.perform(post("/admin/programmes/" + page + "/documents/" + secondId + "/up").with(csrf()).cookie(coordinator))
                .andExpect(status().is3xxRedirection());
        List<String> listed = page(get("/programmes/" + slug).cookie(coordinator), 200)
                .select(".documents .document-list__link").eachText();
        assertThat(listed.indexOf(second)).isLessThan(listed.indexOf(first));

        mvc.perform(post("/admin/programmes/" + page + "/documents/" + secondId + "/remove").with(csrf())
                .cookie(coordinator)).andExpect(status().is3xxRedirection());
        assertThat(page(get("/programmes/" + slug).cookie(coordinator), 200).select(".documents .document-list__link")
                .eachText()).contains(first).doesNotContain(second);
        assertThat(jdbc.sql("select action from audit_entry where item_type = 'programme page' and item_id = :id "
                        + "and changes::text like :title order by id").param("id", page).param("title", "%" + second + "%")
                .query(String.class).list()).containsExactly("document added", "document moved up", "document removed");

        // Another item's document, or one removed already, is not this item's to change.
        mvc.perform(post("/admin/programmes/" + page + "/documents/" + secondId + "/remove").with(csrf())
                .cookie(coordinator)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from document where title = :title").param("title", first)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDocumentsOfADeletedDraftGoAtTheNextCleanupAndOthersStay() throws Exception {
        long draft = jdbc.sql("""
                        insert into event (title, slug, all_day, starts_at, ends_at, category_id, status, audiences)
                        values (:title, :slug, false, now() + interval '30 days', now() + interval '30 days 1 hour',
                                (select min(id) from category), 'DRAFT', '{STUDENTS}') returning id""")
                .param("title", unique("Draft with a letter")).param("slug", "draft-letter-" + UUID.randomUUID())
                .query(Long.class).single();
        long kept = jdbc.sql("select min(id) from event where status = 'PUBLISHED'").query(Long.class).single();
        for (long event : List.of(draft, kept)) {
            mvc.perform(upload("/admin/events/" + event + "/documents", "Letter to parents",
                    file("letter.pdf", TestDocuments.pdf(1)))).andExpect(status().is3xxRedirection());
        }
        String version = jdbc.sql("select version from event where id = :id").param("id", draft)
                .query(String.class).single();
        mvc.perform(post("/admin/events/" + draft + "/delete").with(csrf()).cookie(coordinator)
                .param("version", version)).andExpect(redirectedUrl("/admin/events"));
        assertThat(count("events", draft)).isEqualTo(1);

        assertThat(cleanup.clean()).isGreaterThanOrEqualTo(1);

        assertThat(count("events", draft)).isZero();
        assertThat(count("events", kept)).isGreaterThanOrEqualTo(1);
        assertThat(cleanup.clean()).isZero();
    }

    @Test
    void anUnknownItemHasNoDocumentsPage() throws Exception {
        mvc.perform(get("/admin/users/1/documents").cookie(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/events/999999999/documents").cookie(coordinator)).andExpect(status().isNotFound());
        mvc.perform(upload("/admin/news/999999999/documents", "Letter", file("l.pdf", TestDocuments.pdf(1))))
                .andExpect(status().isNotFound());
    }

    private long count(String kind, long owner) {
        return jdbc.sql("select count(*) from document where owner_kind = :kind and owner_id = :owner")
                .param("kind", kind).param("owner", owner).query(Long.class).single();
    }

    private RequestBuilder upload(String action, String title, MockMultipartFile file) {
        return multipart(action).file(file).param("title", title).with(csrf()).cookie(coordinator);
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        // What the browser says about the file is ignored: the content decides.
        return new MockMultipartFile(DocumentAdminController.UPLOAD, name, "application/pdf", bytes);
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Document page(RequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
