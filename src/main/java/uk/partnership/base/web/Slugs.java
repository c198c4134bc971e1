package uk.partnership.base.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Slugs for addresses: lower-case words joined by hyphens, from a title ("St Helen & St Katharine" becomes
 * "st-helen-st-katharine"). The database checks the same form.
 */
public final class Slugs {

    public static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    public static final int MAX_LENGTH = 100;

    private Slugs() {
    }

    public static String from(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("'", "").replace("\u2019", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /** {@code wanted}, or {@code wanted-2}, {@code wanted-3}… whichever is not {@code taken} yet. */
    public static String unique(String wanted, Predicate<String> taken) {
        if (!taken.test(wanted)) {
            return wanted;
        }
        for (int n = 2; ; n++) {
            String candidate = wanted + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
