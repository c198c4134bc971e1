package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * A page's view writes the page into a buffer of its own and hands it to the response in one write (issue 18): a page
 * longer than the buffer's first size arrives whole, a template failing half-way writes nothing, and the template's
 * variables stay out of the request.
 */
class TemplateVariablesViewTest {

    static final String PAGE = "<ul><li th:each=\"item : ${items}\" th:text=\"${item}\">x</li></ul>";

    final MockServletContext servletContext = new MockServletContext();

    @Test
    void aLongPageReachesTheResponseWholeInOneWrite() throws Exception {
        List<String> items = IntStream.range(0, 5_000).mapToObj(i -> "Item " + i + " – café").toList();
        TemplateVariablesView view = view(PAGE);
        var response = new CountingResponse();
        var again = new CountingResponse();

        view.render(Map.of("items", items), request(), response);
        // The second page starts with a buffer sized by the first.
        view.render(Map.of("items", items), request(), again);

        String expected = "<ul>" + String.join("", items.stream().map(item -> "<li>" + item + "</li>").toList())
                + "</ul>";
        assertThat(expected.length()).as("longer than the buffer's first size").isGreaterThan(20 * 1024);
        assertThat(response.body.toString()).isEqualTo(expected);
        assertThat(response.writes).as("one write of the whole page").hasSize(1);
        assertThat(again.body.toString()).isEqualTo(expected);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void aTemplateFailingHalfWayWritesNothingSoTheErrorPageCanBeShown() throws Exception {
        var response = new CountingResponse();
        TemplateVariablesView view = view("<p>Started</p><p th:text=\"${items.get(5)}\">x</p>");

        assertThatThrownBy(() -> view.render(Map.of("items", List.of("one")), request(), response))
                .hasStackTraceContaining("IndexOutOfBounds");

        assertThat(response.writes).isEmpty();
        assertThat(response.isCommitted()).isFalse();
    }

    @Test
    void theTemplatesOwnVariablesStayOutOfTheRequest() throws Exception {
        MockHttpServletRequest request = request();
        request.setAttribute("fromTheRequest", "kept");
        var response = new CountingResponse();

        view("<p th:each=\"item : ${items}\" th:text=\"${item} + ' ' + ${fromTheRequest}\">x</p>")
                .render(Map.of("items", List.of("a", "b")), request, response);

        assertThat(response.body.toString()).isEqualTo("<p>a kept</p><p>b kept</p>");
        assertThat(request.getAttribute("item")).isNull();
        assertThat(request.getAttribute("items")).isNull();
    }

    /** The view of a template, as the application's resolver makes it (config/ViewsConfig, application.yml). */
    private TemplateVariablesView view(String template) throws Exception {
        var templates = new StringTemplateResolver();
        templates.setTemplateMode(TemplateMode.HTML);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        var context = new StaticWebApplicationContext();
        context.setServletContext(servletContext);
        context.refresh();
        servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        var resolver = new ThymeleafViewResolver();
        resolver.setTemplateEngine(engine);
        resolver.setViewClass(TemplateVariablesView.class);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setProducePartialOutputWhileProcessing(true);
        resolver.setApplicationContext(context);
        resolver.setServletContext(servletContext);
        return (TemplateVariablesView) resolver.resolveViewName(template, Locale.UK);
    }

    private MockHttpServletRequest request() {
        return new MockHttpServletRequest(servletContext, "GET", "/page");
    }

    /** A response that records each write its writer is given. */
    private static final class CountingResponse extends MockHttpServletResponse {

        final List<Integer> writes = new ArrayList<>();
        final StringWriter body = new StringWriter();
        private final PrintWriter writer = new PrintWriter(body) {
            @Override
            public void write(char[] chars, int offset, int length) {
                writes.add(length);
                super.write(chars, offset, length);
            }

            @Override
            public void write(String text, int offset, int length) {
                writes.add(length);
                super.write(text, offset, length);
            }

            @Override
            public void write(int c) {
                writes.add(1);
                super.write(c);
            }
        };

        @Override
        public PrintWriter getWriter() {
            return writer;
        }
    }
}
