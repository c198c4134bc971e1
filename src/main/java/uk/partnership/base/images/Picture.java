package uk.partnership.base.images;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.PageMeta;
import uk.partnership.base.web.SiteProperties;

/**
 * A stored picture as a page shows it: its hash, the size of its largest variant, its file type ("jpg" or "png")
 * and its alt text (empty when the picture is decorative). The variants are {@link #WIDTHS} narrower than the
 * largest, plus the largest itself, so a page needs nothing but these fields to write its {@code srcset}.
 */
public record Picture(String hash, int width, int height, String extension, String alt) {

    /** The widths a picture is resized to, never wider than it was uploaded. */
    public static final List<Integer> WIDTHS = List.of(400, 800, 1600);

    public static final int LARGEST = 1600;

    /**
     * What a link preview of a page shows of its picture: the largest variant at its full address, and the alt text
     * unless decorative; null when the page has no picture.
     */
    public static PageMeta.@Nullable Image preview(@Nullable Picture picture, SiteProperties site) {
        return picture == null ? null
                : new PageMeta.Image(site.absolute(picture.src(LARGEST)), picture.decorative() ? null : picture.alt());
    }

    public Picture withAlt(String text) {
        return new Picture(hash, width, height, extension, text);
    }

    public boolean decorative() {
        return alt.isEmpty();
    }

    /** The widths stored for this picture, narrowest first. */
    public List<Integer> widths() {
        List<Integer> widths = new ArrayList<>();
        for (int candidate : WIDTHS) {
            if (candidate < width) {
                widths.add(candidate);
            }
        }
        widths.add(width);
        return widths;
    }

    public String src(int atMost) {
        int chosen = widths().getFirst();
        for (int candidate : widths()) {
            if (candidate <= atMost) {
                chosen = candidate;
            }
        }
        return "/images/" + hash + "-" + chosen + "." + extension;
    }

    /** The largest variant. */
    public String src() {
        return src(width);
    }

    /** The smallest variant, for a card. */
    public String small() {
        return src(widths().getFirst());
    }

    public String srcset() {
        return widths().stream().map(w -> "/images/" + hash + "-" + w + "." + extension + " " + w + "w")
                .collect(Collectors.joining(", "));
    }

    /** The height of the variant {@code variantWidth} wide, for the {@code height} attribute of a small one. */
    public int heightAt(int variantWidth) {
        return Math.max(1, Math.round((float) height * variantWidth / width));
    }
}
