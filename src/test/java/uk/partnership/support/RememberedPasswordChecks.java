package uk.partnership.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for the whole test JVM, each password hashed and the outcome of each password check, since every real
 * one is 310,000 rounds of PBKDF2 (a tenth of a second, and several times that while the JIT has not compiled the
 * hashing yet): the tests make accounts with the same few passwords and sign the same accounts in hundreds of times.
 * <ul>
 * <li>The first hash of each password is real, and later ones give the same hash again: a salt reused for one
 * password, which the tests never read.</li>
 * <li>The first check of each password against each stored hash is real; a later check of the same pair gets the
 * answer the real one gave.</li>
 * </ul>
 * Every context's encoder is the application's one ({@code PasswordConfig}), so what is remembered in one context
 * is true in the others. Refusals' timing (SignInLimitsTest) is unchanged, since each of its attempts uses a
 * different wrong password and an unknown address is checked against a hash of random words.
 */
final class RememberedPasswordChecks implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof PasswordEncoder encoder && !(bean instanceof Remembering) ? new Remembering(encoder) : bean;
    }

    private static final class Remembering implements PasswordEncoder {

        private static final Map<String, String> HASHED = new ConcurrentHashMap<>();
        private static final Map<String, Boolean> CHECKED = new ConcurrentHashMap<>();

        private final PasswordEncoder encoder;

        Remembering(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            if (rawPassword == null) {
                return encoder.encode(rawPassword);
            }
            return HASHED.computeIfAbsent(rawPassword.toString(), encoder::encode);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || encodedPassword == null) {
                return encoder.matches(rawPassword, encodedPassword);
            }
            return CHECKED.computeIfAbsent(rawPassword + "\u0000" + encodedPassword,
                    pair -> encoder.matches(rawPassword, encodedPassword));
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }
}
