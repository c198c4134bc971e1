package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageMetaTest {

    @Test
    void shortTextIsKeptOnOneLine() {
        assertThat(PageMeta.shorten("  A talk\n\non  science.  ")).isEqualTo("A talk on science.");
        assertThat(PageMeta.shorten(null)).isEmpty();
        assertThat(PageMeta.shorten(" \n ")).isEmpty();
    }

    @Test
    void longTextIsCutAtTheLastWholeWordWithAnEllipsis() {
        String text = "Students from six schools meet, talk and learn together. ".repeat(6);

        String shortened = PageMeta.shorten(text);

        assertThat(shortened).hasSizeLessThanOrEqualTo(PageMeta.DESCRIPTION_LENGTH + 1).endsWith("…")
                .doesNotEndWith(" …").doesNotEndWith(".…").doesNotEndWith(",…");
        String kept = shortened.substring(0, shortened.length() - 1);
        assertThat(text).startsWith(kept);
        assertThat(text.charAt(kept.length())).isIn(' ', '.', ',');
        assertThat(kept.length()).isGreaterThan(PageMeta.DESCRIPTION_LENGTH - 20);
    }

    @Test
    void oneEndlessWordIsCutAtTheLimit() {
        assertThat(PageMeta.shorten("x".repeat(500))).isEqualTo("x".repeat(PageMeta.DESCRIPTION_LENGTH) + "…");
    }

    @Test
    void blankDescriptionMeansNoneAndAPathStartsWithASlash() {
        assertThat(PageMeta.of("/about").describedAs("  ").description()).isNull();
        assertThat(PageMeta.of("/news/x").asArticle().type()).isEqualTo("article");
        assertThatThrownBy(() -> PageMeta.of("about")).isInstanceOf(IllegalArgumentException.class);
    }
}
