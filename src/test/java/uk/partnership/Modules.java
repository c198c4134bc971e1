package uk.partnership;

import org.jspecify.annotations.Nullable;

/** Names the module a package belongs to: {@code base.web} for {@code uk.partnership.base.web.cache}, and so on. */
final class Modules {

    static final String ROOT = "uk.partnership.";

    private Modules() {
    }

    /** The module of a package, or null for the application class's own package and anything outside the site. */
    static @Nullable String of(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return null;
        }
        String[] parts = packageName.substring(ROOT.length()).split("\\.");
        boolean layered = parts[0].equals("base") || parts[0].equals("features");
        if (layered) {
            return parts.length > 1 ? parts[0] + "." + parts[1] : null;
        }
        return parts[0];
    }

    /** The layer of a module: base, features, pages or config. */
    static String layer(String module) {
        int dot = module.indexOf('.');
        return dot < 0 ? module : module.substring(0, dot);
    }
}
