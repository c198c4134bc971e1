package uk.partnership.base.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TagContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneToOne() {
        assertThat(TagContrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
    }

    @Test
    void darkColourGetsWhiteTextAndLightColourGetsDarkText() {
        assertThat(TagContrast.textColourOn("#174a7c")).isEqualTo("#ffffff");
        assertThat(TagContrast.textColourOn("#ffdd00")).isEqualTo("#0b0c0c");
    }

    @Test
    void govukGreyOnWhiteJustReachesAa() {
        assertThat(TagContrast.ratio("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void everyDemoSchoolColourReachesAa() throws IOException {
        var colours = Pattern.compile("'(#[0-9a-f]{6})'")
                .matcher(Files.readString(Path.of("src/main/resources/db/demo/R__demo_content.sql")));
        int count = 0;
        while (colours.find()) {
            count++;
            assertThat(TagContrast.bestRatio(colours.group(1))).as(colours.group(1))
                    .isGreaterThanOrEqualTo(TagContrast.AA_NORMAL_TEXT);
        }
        assertThat(count).isEqualTo(6);
    }
}
