package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    private final RichText richText = new RichText();

    @Test
    void rendersMarkdownHeadingsParagraphsListsAndLinks() {
        String html = richText.toHtml("## Student voice\n\nA *committee* meets.\n\n- one\n- [two](https://example.org)");

        assertThat(html).contains("<h2>Student voice</h2>", "<p>A <em>committee</em> meets.</p>", "<li>one</li>",
                "<a href=\"https://example.org\" rel=\"nofollow\">two</a>");
    }

    @Test
    void scriptTagsAndRawHtmlNeverReachThePage() {
        String html = richText.toHtml("Hi <script>alert(1)</script> <img src=x onerror=alert(2)>");

        assertThat(html).doesNotContain("<script", "<img", "onerror=").contains("&lt;script&gt;");
    }

    @Test
    void javascriptAndDataLinksAreDropped() {
        String html = richText.toHtml("[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=)");

        assertThat(html).doesNotContain("javascript:", "data:").contains("a", "b");
    }

    @Test
    void blankIsEmpty() {
        assertThat(richText.toHtml(null)).isEmpty();
        assertThat(richText.toHtml("  ")).isEmpty();
    }
}
