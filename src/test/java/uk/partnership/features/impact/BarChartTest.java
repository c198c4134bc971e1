package uk.partnership.features.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The impact report's charts write each label above its bar from the left edge, in lines short enough for the picture:
 * a right-aligned label on the bar's row was cut off at the picture's left edge once it was longer than its 192 units.
 */
class BarChartTest {

    @Test
    void aLongLabelIsWrappedBetweenWordsIntoLinesThatFitThePicture() {
        String label = "Careers, apprenticeships and higher education evenings for families";

        List<String> lines = BarChart.wrap(label);

        assertThat(lines).containsExactly("Careers, apprenticeships and higher", "education evenings for families");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(BarChart.LINE_LENGTH));
        assertThat(String.join(" ", lines)).isEqualTo(label);
    }

    @Test
    void aShortLabelIsOneLineAndAWordLongerThanALineIsBrokenWithinIt() {
        assertThat(BarChart.wrap("St Helen and St Katharine")).containsExactly("St Helen and St Katharine");
        assertThat(BarChart.wrap("  Year 9 ")).containsExactly("Year 9");
        String word = "a".repeat(BarChart.LINE_LENGTH + 5);
        assertThat(BarChart.wrap("Long " + word)).containsExactly("Long", "a".repeat(BarChart.LINE_LENGTH), "aaaaa");
    }

    @Test
    void eachLabelIsAboveItsOwnBarAndTheBarsAndValuesStayInsideThePicture() {
        BarChart chart = BarChart.of("chart", List.of("Radley College",
                "Careers, apprenticeships and higher education evenings for families", "Academic"),
                List.of(12_345, 40, 0));

        int previousBottom = 0;
        for (BarChart.Bar bar : chart.bars()) {
            assertThat(bar.lines().getFirst().y() - BarChart.LINE_HEIGHT).as("below the bar before it")
                    .isGreaterThanOrEqualTo(previousBottom);
            assertThat(bar.lines().getLast().y()).as("above its bar").isLessThan(bar.y());
            assertThat(bar.valueX() + "12,345".length() * 9).as("the value inside the picture")
                    .isLessThanOrEqualTo(chart.width());
            previousBottom = bar.y() + chart.barHeight();
        }
        assertThat(chart.bars()).extracting(bar -> bar.lines().size()).containsExactly(1, 2, 1);
        assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(BarChart.BAR_SPACE, 2, 0);
        assertThat(chart.height()).isGreaterThan(previousBottom);
    }
}
