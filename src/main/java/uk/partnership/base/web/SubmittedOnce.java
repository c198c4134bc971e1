package uk.partnership.base.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.TreeMap;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form posted twice creates one item, not two (issue 15): a double click, a page sent again. The first request
 * that posts a form's one-time token ({@link SubmissionTokens}) claims it in PostgreSQL, so on every instance at once,
 * with a digest of what it sent; when it ends with a redirect (the item was made), that address is kept, and every
 * later post of the same token that sends the same is sent there. A request that posts the token while the first is
 * still at work waits for it. When the first does not end with a redirect (the form had mistakes, or failed), the
 * token is released. A post of the same token with other content (the person went back and changed something) is a
 * new submission, answered as usual: nothing typed is ever dropped. Requests without a token, and visitors' requests,
 * pass untouched.
 */
public final class SubmittedOnce extends OncePerRequestFilter {

    /** How long a repeated post waits for the first one to finish. */
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String CSRF_FIELD = "_csrf";
    /** How long a token is remembered: a day is longer than any form stays open. */
    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    public SubmittedOnce(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || token(request) == null || !SubmissionTokens.signedIn();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID token = java.util.Objects.requireNonNull(token(request));
        byte[] content = digest(request);
        if (!claim(token, content)) {
            Earlier earlier = awaitEarlier(token, content);
            if (earlier == Earlier.OTHER_CONTENT) {
                chain.doFilter(request, response);   // not a repeat: a new submission
                return;
            }
            if (earlier.location != null) {
                response.sendRedirect(earlier.location);
                return;
            }
            if (!claim(token, content)) {
                response.sendError(HttpServletResponse.SC_CONFLICT);   // the first post is still at work
                return;
            }
        }
        var answer = new RedirectRecorder(response);
        boolean done = false;
        try {
            chain.doFilter(request, answer);
            done = answer.location != null;
        } finally {
            settle(token, done ? answer.location : null);
        }
    }

    /** Forgets tokens older than a day; every instance may run it, as deleting twice does no harm. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetOldTokens() {
        jdbc.sql("delete from form_submission where submitted_at < :before")
                .param("before", clock.instant().minus(KEPT).atOffset(java.time.ZoneOffset.UTC))
                .update();
    }

    private boolean claim(UUID token, byte[] content) {
        try {
            return jdbc.sql("insert into form_submission (token, content, submitted_at) values (:token, :content, :now) "
                            + "on conflict do nothing")
                    .param("token", token)
                    .param("content", content)
                    .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                    .update() == 1;
        } catch (DataAccessException e) {
            return true;   // without the database the request fails on its own, and makes nothing
        }
    }

    private void settle(UUID token, @Nullable String location) {
        try {
            if (location != null) {
                jdbc.sql("update form_submission set location = :location where token = :token")
                        .param("location", location).param("token", token).update();
            } else {
                jdbc.sql("delete from form_submission where token = :token").param("token", token).update();
            }
        } catch (DataAccessException e) {
            logger.warn("Could not record the outcome of a form's submission: " + e.getMessage());
        }
    }

    /** What became of the first post of a token. */
    private record Earlier(@Nullable String location) {
        static final Earlier OTHER_CONTENT = new Earlier(null);
        static final Earlier RELEASED = new Earlier(null);
    }

    private record Claim(byte[] content, @Nullable String location) {
    }

    /** Where the first post of {@code token} went, once it has finished; whether it sent other content. */
    private Earlier awaitEarlier(UUID token, byte[] content) throws IOException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            Optional<Claim> claim = jdbc.sql("select content, location from form_submission where token = :token")
                    .param("token", token)
                    .query((row, number) -> new Claim(row.getBytes(1), row.getString(2)))
                    .optional();
            if (claim.isEmpty()) {
                return Earlier.RELEASED;
            }
            if (!MessageDigest.isEqual(claim.get().content(), content)) {
                return Earlier.OTHER_CONTENT;
            }
            if (claim.get().location() != null) {
                return new Earlier(claim.get().location());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the same form's first post", e);
            }
        }
        return Earlier.RELEASED;
    }

    /** A digest of the fields posted, but for the CSRF token (which a session's forms share). */
    private static byte[] digest(HttpServletRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
                if (!CSRF_FIELD.equals(name)) {
                    sha.update(name.getBytes(StandardCharsets.UTF_8));
                    for (String value : values) {
                        sha.update((byte) 0);
                        sha.update(value.getBytes(StandardCharsets.UTF_8));
                    }
                    sha.update((byte) 1);
                }
            });
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable UUID token(HttpServletRequest request) {
        String value = request.getParameter(SubmissionTokens.FIELD);
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Notes the address the application redirects to, if it does. */
    private static final class RedirectRecorder extends HttpServletResponseWrapper {

        private @Nullable String location;

        RedirectRecorder(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            this.location = location;
            super.sendRedirect(location);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            this.location = location;
            super.sendRedirect(location, status, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            if (HttpHeaders.LOCATION.equalsIgnoreCase(name) && getStatus() / 100 == 3) {
                this.location = value;
            }
            super.setHeader(name, value);
        }
    }
}
