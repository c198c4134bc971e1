package uk.partnership.features.impact;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG ({@code impact/fragments :: chart}): one bar per line of a table,
 * which stays on the page as the chart's text alternative. Coordinates are in the SVG's own units; the picture scales
 * to the width of the page. Each label is written on its own lines above its bar, from the left edge, wrapped by words,
 * so that a long school or category name is never cut off by the edge of the picture, however narrow the screen.
 */
public record BarChart(String id, int height, List<Bar> bars) {

    static final int WIDTH = 400;
    /** Where labels and bars start: letters such as J and Y reach a little left of where they are written. */
    static final int LEFT = 2;
    /** Room right of the longest bar for its value, up to six digits with a comma. */
    static final int BAR_SPACE = WIDTH - LEFT - 64;
    /** Characters on one line of a label: about 300 of the 400 units at the chart's 15 px, wide letters included. */
    static final int LINE_LENGTH = 40;
    static final int LINE_HEIGHT = 18;
    static final int BAR_HEIGHT = 20;
    /** From the last line of a label to its bar, and from a bar to the next label. */
    static final int GAP = 5;
    static final int ROW_GAP = 14;

    /** One line of a label, with the baseline it is written on. */
    public record Line(String text, int y) {
    }

    /** One bar: its label as written in lines, value, and where it is drawn. */
    public record Bar(List<Line> lines, long value, int y, int width) {

        public int textY() {
            return y + BAR_HEIGHT - 5;
        }

        public int valueX() {
            return LEFT + width + 6;
        }
    }

    /** The chart of labelled values, bars in the order given, the longest as wide as the space allows. */
    static BarChart of(String id, List<String> labels, List<? extends Number> values) {
        long max = values.stream().mapToLong(Number::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int top = GAP;
        for (int i = 0; i < labels.size(); i++) {
            long value = values.get(i).longValue();
            int width = max == 0 ? 0 : (int) Math.round(BAR_SPACE * (double) value / max);
            List<String> words = wrap(labels.get(i));
            List<Line> lines = new ArrayList<>();
            for (int line = 0; line < words.size(); line++) {
                lines.add(new Line(words.get(line), top + (line + 1) * LINE_HEIGHT - 4));
            }
            int barY = top + words.size() * LINE_HEIGHT + GAP;
            bars.add(new Bar(List.copyOf(lines), value, barY, value > 0 ? Math.max(width, 2) : 0));
            top = barY + BAR_HEIGHT + ROW_GAP;
        }
        return new BarChart(id, top - ROW_GAP + GAP, List.copyOf(bars));
    }

    /** The label in lines of at most {@link #LINE_LENGTH} characters, broken between words, or within a longer word. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            while (word.length() > LINE_LENGTH) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, LINE_LENGTH));
                word = word.substring(LINE_LENGTH);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_LENGTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }

    public int width() {
        return WIDTH;
    }

    public int left() {
        return LEFT;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }
}
