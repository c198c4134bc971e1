package uk.partnership.base.web;

import java.util.List;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns Markdown written by signed-in users into HTML that is safe to put on a page: rendered by
 * commonmark, then passed through an allow-list (OWASP Java HTML Sanitizer). Templates may show the
 * result with {@code th:utext}; nothing else may be shown unescaped.
 */
@Component
public class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "code", "pre", "hr", "br", "blockquote")
                    .allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelNofollowOnLinks()
                    .toFactory());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final TextContentRenderer plain;

    public RichText() {
        var extensions = List.of(AutolinkExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
        this.plain = TextContentRenderer.builder().extensions(extensions).build();
    }

    /**
     * The Markdown as plain text, for places that show no HTML (calendar apps): no asterisks or brackets, each link
     * kept as its text followed by its address; an empty string for null or blank input.
     */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return plain.render(parser.parse(markdown)).strip();
    }

    /** Safe HTML for the given Markdown; an empty string for null or blank input. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
