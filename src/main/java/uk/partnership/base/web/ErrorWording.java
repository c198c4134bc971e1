package uk.partnership.base.web;

import java.util.Set;

/**
 * Which words an error page uses for a status (the {@code error.<key>.title} and {@code .body} messages): a status's
 * own where it has them, otherwise the 4xx or 5xx wording. One rule for the application's error pages ({@link
 * ErrorPages}) and the one Tomcat shows for requests it refuses itself. (The 409 wording, "someone else changed this",
 * is only for {@link BadRequestAdvice}'s lost races, not for every 409: a second click while the first post is at work
 * is one too.)
 */
public final class ErrorWording {

    /** Statuses with wording of their own. */
    private static final Set<Integer> WORDED = Set.of(400, 403, 404, 405, 500, 503);

    private ErrorWording() {
    }

    /** The message key's middle part for {@code status}: "404", or "4xx" or "5xx" for a status without its own. */
    public static String keyFor(int status) {
        return WORDED.contains(status) ? String.valueOf(status) : status >= 400 && status < 500 ? "4xx" : "5xx";
    }
}
