package uk.partnership.features.impact;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG ({@code impact/fragments :: chart}): one bar per line of a table,
 * which stays on the page as the chart's text alternative. Coordinates are in the SVG's own units; the picture scales
 * to the width of the page.
 */
public record BarChart(String id, int height, List<Bar> bars) {

    static final int WIDTH = 480;
    static final int LABEL_WIDTH = 200;
    static final int BAR_SPACE = 220;
    static final int ROW = 30;
    static final int BAR_HEIGHT = 20;

    /** One bar: its label, value, and where it is drawn. */
    public record Bar(String label, long value, int y, int width) {

        public int textY() {
            return y + BAR_HEIGHT - 5;
        }

        public int valueX() {
            return LABEL_WIDTH + width + 6;
        }
    }

    /** The chart of labelled values, bars in the order given, the longest as wide as the space allows. */
    static BarChart of(String id, List<String> labels, List<? extends Number> values) {
        long max = values.stream().mapToLong(Number::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long value = values.get(i).longValue();
            int width = max == 0 ? 0 : (int) Math.round(BAR_SPACE * (double) value / max);
            bars.add(new Bar(labels.get(i), value, 5 + i * ROW, value > 0 ? Math.max(width, 2) : 0));
        }
        return new BarChart(id, 10 + labels.size() * ROW, bars);
    }

    public int labelX() {
        return LABEL_WIDTH - 8;
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    public int width() {
        return WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }
}
