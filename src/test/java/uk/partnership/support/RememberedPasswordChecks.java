package uk.partnership.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers the outcome of each password check the tests make, by the password and the stored hash checked: the
 * tests sign the same demo accounts in with the same passwords hundreds of times, and each real check is 310,000
 * rounds of PBKDF2. The first check of each pair is real, and so is every hash made; a check can only be answered
 * from memory with the answer the real check gave for the same password and the same hash. Refusals' timing
 * (SignInLimitsTest) is unchanged, since each of its attempts uses a different wrong password.
 */
final class RememberedPasswordChecks implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof PasswordEncoder encoder && !(bean instanceof Remembering) ? new Remembering(encoder) : bean;
    }

    private static final class Remembering implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private final Map<String, Boolean> checked = new ConcurrentHashMap<>();

        Remembering(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || encodedPassword == null) {
                return encoder.matches(rawPassword, encodedPassword);
            }
            return checked.computeIfAbsent(rawPassword + "\u0000" + encodedPassword,
                    pair -> encoder.matches(rawPassword, encodedPassword));
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }
}
