package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

import uk.partnership.base.web.cache.PageCache;
import uk.partnership.support.DemoContent;
import uk.partnership.support.PageCaching;
import uk.partnership.support.StatementCounter;

/**
 * The JSON and the framed calendar with the cache of rendered public pages on (ADR 0008): answers without an
 * Origin are kept and served again, a school's website still gets its CORS header (a request with an Origin
 * always reaches the application), and a change of a school's website reaches the frame's policy at once.
 */
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class EmbedCacheTest {

    static final String RADLEY = "https://www.radley.org.uk";

    private final MockMvc mvc;

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    private final PageCache cache;

    private final JsonMapper json;

    @Autowired
    EmbedCacheTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc, PageCache cache, JsonMapper json) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cache = cache;
        this.json = json;
    }

    @BeforeEach
    void content() {
        DemoContent.load(dataSource);
        PageCaching.awaitQuiet(cache);
    }

    @AfterEach
    void restoreWebsite() {
        jdbc.sql("update school set website = 'https://www.larkmead.oxon.sch.uk/' where slug = 'larkmead-school'").update();
    }

    @Test
    void theJsonIsKeptForCallersWithoutAnOriginAndASchoolsWebsiteStillGetsItsCorsHeader() throws Exception {
        MockHttpServletResponse first = visit(get("/events.json"));
        StatementCounter.reset();
        MockHttpServletResponse second = visit(get("/events.json"));

        assertThat(StatementCounter.statements()).as("statements answering again").isZero();
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(second.getHeaders("Vary")).anyMatch(vary -> vary.contains("Origin"));

        MockHttpServletResponse fromSchool = visit(get("/events.json").header("Origin", RADLEY));
        assertThat(fromSchool.getHeader("Access-Control-Allow-Origin")).isEqualTo(RADLEY);
        // The same events; "generated" is the time of this answer, rendered afresh for the school.
        assertThat(json.readTree(fromSchool.getContentAsString()).get("events"))
                .isEqualTo(json.readTree(first.getContentAsString()).get("events"));
        MockHttpServletResponse fromElsewhere = visit(get("/events.json").header("Origin", "https://elsewhere.example"));
        assertThat(fromElsewhere.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(visit(get("/events.json")).getHeader("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aKeptFrameKeepsItsPolicyAndAChangedSchoolWebsiteIsAllowedFromTheNextRequest() throws Exception {
        String address = "/embed/events?school=larkmead-school";
        MockHttpServletResponse first = visit(get(address));
        StatementCounter.reset();
        MockHttpServletResponse second = visit(get(address));

        assertThat(StatementCounter.statements()).isZero();
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"))
                .contains("https://www.larkmead.oxon.sch.uk");
        assertThat(second.getHeader("X-Frame-Options")).isNull();
        assertThat(second.getHeader("Set-Cookie")).isNull();

        jdbc.sql("update school set website = 'https://larkmead.example/' where slug = 'larkmead-school'").update();
        PageCaching.awaitQuiet(cache);

        assertThat(visit(get(address)).getHeader("Content-Security-Policy"))
                .contains("https://larkmead.example").doesNotContain("https://www.larkmead.oxon.sch.uk");
    }

    private MockHttpServletResponse visit(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }
}
