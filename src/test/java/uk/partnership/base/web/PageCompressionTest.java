package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.support.DemoContent;
import uk.partnership.support.Gunzip;

/**
 * A page rendered by a view is compressed by the view, at gzip's fastest level, for the visitors who accept gzip
 * (issue 18), with the headers the server's own compression sends; others get it as it is. The length is left to the
 * server, which declares it once the request has ended.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageCompressionTest {

    private final MockMvc mvc;
    private final DataSource dataSource;

    @Autowired
    PageCompressionTest(MockMvc mvc, DataSource dataSource) {
        this.mvc = mvc;
        this.dataSource = dataSource;
    }

    @BeforeEach
    void content() {
        DemoContent.load(dataSource);
    }

    @Test
    void aVisitorWhoAcceptsGzipGetsThePageCompressedAndCanReadItAsEveryoneElse() throws Exception {
        MockHttpServletResponse plain = visit(get("/events/list"));

        MockHttpServletResponse compressed = visit(get("/events/list").header("Accept-Encoding", "br, gzip, deflate"));

        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString()).contains("<h1>Upcoming events</h1>", "</html>");
        assertThat(compressed.getStatus()).isEqualTo(200);
        assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.getHeaders("Vary")).contains("Accept-Encoding");
        assertThat(compressed.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(compressed.getHeader("Content-Length")).isNull();
        assertThat(compressed.getContentAsByteArray()).hasSizeLessThan(plain.getContentAsByteArray().length / 3);
        assertThat(Gunzip.bytes(compressed.getContentAsByteArray())).isEqualTo(plain.getContentAsByteArray());
        // zlib's fastest level: what its default level would make of the page is smaller.
        assertThat(compressed.getContentAsByteArray()).hasSizeGreaterThan(defaultLevel(plain).length);
    }

    @Test
    void aVisitorWhoRefusesGzipGetsThePageAsItIs() throws Exception {
        MockHttpServletResponse refused = visit(get("/events").header("Accept-Encoding", "gzip;q=0, deflate"));

        assertThat(refused.getHeader("Content-Encoding")).isNull();
        assertThat(refused.getContentAsString()).contains("<table class=\"month\"", "</html>");
    }

    private MockHttpServletResponse visit(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static byte[] defaultLevel(MockHttpServletResponse response) throws IOException {
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(response.getContentAsByteArray());
        }
        return compressed.toByteArray();
    }
}
