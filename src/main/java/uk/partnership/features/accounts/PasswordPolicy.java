package uk.partnership.features.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, following the NCSC's password guidance: length rather than complexity,
 * a block list of common passwords, and nothing else. There are no composition rules (no "one capital, one
 * digit, one symbol") and passwords never expire, because both push people towards predictable passwords.
 * Spaces and any Unicode character are allowed, so "three random words" passphrases work.
 *
 * <p>The rules, each reported as a message key in this order:
 * <ol>
 * <li>{@code password.required}: the password is empty or only spaces (nothing else is checked);</li>
 * <li>{@code password.tooShort} / {@code password.tooLong}: fewer than {@value #MIN_LENGTH} or more than
 * {@value #MAX_LENGTH} characters, counted as Unicode code points, so an emoji is one character;</li>
 * <li>{@code password.common}: the password, lower-cased and trimmed, is one of the 100,000 most common
 * passwords (the list shipped with nbvcxz as {@code dictionaries/passwords.txt}), or is such a password with
 * only digits, punctuation, symbols or spaces before or after it: "Password123!" and "2024qwertyuiop" are
 * common because "password" and "qwertyuiop" are. The test is on the ends only, so a common word inside a
 * longer passphrase is fine;</li>
 * <li>{@code password.personal}: the password contains, ignoring case, the local part of the person's
 * e-mail address or their name, or any word of either (split on anything that is not a letter or digit),
 * where that part is 4 characters or more.</li>
 * </ol>
 *
 * <p>The list is read from the classpath once, on first use (about 80 ms), and held as a set of 96,520 lower-cased
 * passwords (about 5.5 MB of heap).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Logger log = LoggerFactory.getLogger(PasswordPolicy.class);

    /** Names and e-mail parts shorter than this are too likely to occur in a password by chance. */
    static final int MIN_PERSONAL_LENGTH = 4;

    private static final Pattern COMMON_AFFIXES =
            Pattern.compile("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$");

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The problems with a password, as message keys; empty when the password is acceptable. */
    public List<String> problems(@Nullable String password, @Nullable String email, @Nullable String name) {
        if (password == null || password.isBlank()) {
            return List.of("password.required");
        }
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("password.tooShort");
        }
        else if (length > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        if (isCommon(password)) {
            problems.add("password.common");
        }
        if (isPersonal(password, email, name)) {
            problems.add("password.personal");
        }
        return List.copyOf(problems);
    }

    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (CommonPasswords.SET.contains(lower)) {
            return true;
        }
        String core = COMMON_AFFIXES.matcher(lower).replaceAll("");
        return !core.isEmpty() && CommonPasswords.SET.contains(core);
    }

    static boolean isPersonal(String password, @Nullable String email, @Nullable String name) {
        String lower = password.toLowerCase(Locale.ROOT);
        return personalParts(email, name).stream().anyMatch(lower::contains);
    }

    private static Set<String> personalParts(@Nullable String email, @Nullable String name) {
        Set<String> parts = new HashSet<>();
        if (email != null) {
            int at = email.lastIndexOf('@');
            addWithWords(parts, at < 0 ? email : email.substring(0, at));
        }
        if (name != null) {
            addWithWords(parts, name);
        }
        parts.removeIf(part -> part.codePointCount(0, part.length()) < MIN_PERSONAL_LENGTH);
        return parts;
    }

    private static void addWithWords(Set<String> parts, String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        parts.add(lower);
        parts.addAll(List.of(WORD_SEPARATORS.split(lower)));
    }

    /** Loaded by the JVM on first use of {@link #SET}, which is lazy and thread-safe without locking. */
    private static final class CommonPasswords {

        static final String RESOURCE = "dictionaries/passwords.txt";

        static final Set<String> SET = load();

        private static Set<String> load() {
            long started = System.nanoTime();
            Set<String> passwords = new HashSet<>(150_000);
            try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath (it comes with nbvcxz)");
                }
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String password = line.strip().toLowerCase(Locale.ROOT);
                    if (!password.isEmpty()) {
                        passwords.add(password);
                    }
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not read " + RESOURCE, ex);
            }
            Set<String> loaded = Set.copyOf(passwords);
            log.info("Loaded {} common passwords in {} ms", loaded.size(), (System.nanoTime() - started) / 1_000_000);
            return loaded;
        }
    }
}
