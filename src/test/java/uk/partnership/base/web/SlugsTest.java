package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void titleBecomesLowerCaseWordsJoinedByHyphens() {
        assertThat(Slugs.from("St Helen & St Katharine")).isEqualTo("st-helen-st-katharine");
        assertThat(Slugs.from("  Science talk: the chemistry of Christmas! ")).isEqualTo("science-talk-the-chemistry-of-christmas");
        assertThat(Slugs.from("The Mercers' Company")).isEqualTo("the-mercers-company");
        assertThat(Slugs.from("Café crème brûlée")).isEqualTo("cafe-creme-brulee");
        assertThat(Slugs.from("!!!")).isEqualTo("item");
    }

    @Test
    void longTitlesAreCutAtAWordBoundaryCharacter() {
        assertThat(Slugs.from("word ".repeat(40))).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
    }

    @Test
    void takenSlugsGetANumber() {
        assertThat(Slugs.unique("open-evening", Set.of("open-evening", "open-evening-2")::contains))
                .isEqualTo("open-evening-3");
        assertThat(Slugs.unique("new", Set.<String>of()::contains)).isEqualTo("new");
    }

    @Test
    void onlyLowerCaseWordsAndHyphensAreValid() {
        assertThat(Slugs.isValid("open-evening-2")).isTrue();
        assertThat(Slugs.isValid("Open evening")).isFalse();
        assertThat(Slugs.isValid("-open")).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
    }
}
