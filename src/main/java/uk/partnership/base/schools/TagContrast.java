package uk.partnership.base.schools;

/**
 * WCAG 2.2 contrast for a school's tag: the tag's text is white or near-black, whichever reads better on
 * the school's colour, and a colour on which neither reaches AA (4.5:1) is not accepted.
 */
public final class TagContrast {

    public static final double AA_NORMAL_TEXT = 4.5;
    static final String LIGHT_TEXT = "#ffffff";
    static final String DARK_TEXT = "#0b0c0c";

    private TagContrast() {
    }

    public static String textColourOn(String background) {
        return ratio(background, LIGHT_TEXT) >= ratio(background, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
    }

    /** The better of the two text colours' contrast against the background. */
    public static double bestRatio(String background) {
        return Math.max(ratio(background, LIGHT_TEXT), ratio(background, DARK_TEXT));
    }

    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
