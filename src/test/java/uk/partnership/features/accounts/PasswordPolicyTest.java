package uk.partnership.features.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    static final String EMAIL = "alice.smith@example.org";
    static final String NAME = "Alice Smith";

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aPassphraseOfRandomWordsHasNoProblems() {
        assertThat(policy.problems("violet tractor orbit lagoon", EMAIL, NAME)).isEmpty();
        assertThat(policy.problems("violet tractor orbit lagoon", null, null)).isEmpty();
    }

    @Test
    void anEmptyPasswordIsRequiredAndNothingElse() {
        assertThat(policy.problems("", EMAIL, NAME)).containsExactly("password.required");
        assertThat(policy.problems("            ", EMAIL, NAME)).containsExactly("password.required");
        assertThat(policy.problems(null, EMAIL, NAME)).containsExactly("password.required");
    }

    @Test
    void fewerThanTwelveCharactersIsTooShort() {
        assertThat(policy.problems("lagoon orbi", EMAIL, NAME)).containsExactly("password.tooShort");
        assertThat(policy.problems("lagoon orbit", EMAIL, NAME)).isEmpty();
    }

    @Test
    void moreThan128CharactersIsTooLong() {
        String words = "violet tractor orbit lagoon ";
        String long129 = words.repeat(5).substring(0, PasswordPolicy.MAX_LENGTH + 1);
        assertThat(policy.problems(long129, EMAIL, NAME)).containsExactly("password.tooLong");
        assertThat(policy.problems(long129.substring(1), EMAIL, NAME)).isEmpty();
    }

    @Test
    void lengthIsCountedInCharactersNotCodeUnits() {
        String fox = "\uD83E\uDD8A"; // one emoji, two UTF-16 code units
        assertThat(policy.problems(fox.repeat(11), EMAIL, NAME)).containsExactly("password.tooShort");
        assertThat(policy.problems(fox.repeat(12), EMAIL, NAME)).isEmpty();
        assertThat(policy.problems(fox.repeat(128), EMAIL, NAME)).isEmpty();
        assertThat(policy.problems(fox.repeat(129), EMAIL, NAME)).containsExactly("password.tooLong");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(policy.problems("password", EMAIL, NAME)).containsExactly("password.tooShort", "password.common");
        assertThat(policy.problems("qwertyuiop12", EMAIL, NAME)).containsExactly("password.common");
        assertThat(policy.problems("  CORRECT horse battery staple ", EMAIL, NAME)).containsExactly("password.common");
    }

    @Test
    void aCommonPasswordWithDigitsOrPunctuationAroundItIsStillCommon() {
        assertThat(policy.problems("Password123!", EMAIL, NAME)).containsExactly("password.common");
        assertThat(policy.problems("2024qwertyuiop", EMAIL, NAME)).containsExactly("password.common");
        assertThat(policy.problems("!!football 1999!!", EMAIL, NAME)).containsExactly("password.common");
    }

    @Test
    void aCommonWordInsideALongerPassphraseIsFine() {
        assertThat(policy.problems("violet password lagoon", EMAIL, NAME)).isEmpty();
        assertThat(policy.problems("123 violet 456 lagoon", EMAIL, NAME)).isEmpty();
    }

    @Test
    void aPasswordContainingTheNameOrEmailIsPersonal() {
        assertThat(policy.problems("violet ALICE SMITH lagoon", EMAIL, NAME)).containsExactly("password.personal");
        assertThat(policy.problems("my alice.smith lagoon", EMAIL, "Someone Else")).containsExactly("password.personal");
        assertThat(policy.problems("orbit smithy lagoon", EMAIL, NAME)).containsExactly("password.personal");
        assertThat(policy.problems("orbit bloggs lagoon", "jbloggs@example.org", null)).isEmpty();
        assertThat(policy.problems("orbit jbloggs lagoon", "jbloggs@example.org", null))
                .containsExactly("password.personal");
    }

    @Test
    void nameAndEmailPartsShorterThanFourCharactersDoNotCountOnTheirOwn() {
        assertThat(policy.problems("walrus alpine wusong lagoon", "al@example.org", "Al Wu")).isEmpty();
        assertThat(policy.problems("walrus al wu lagoon", "al@example.org", "Al Wu")).containsExactly("password.personal");
    }

    @Test
    void problemsAreListedInOrder() {
        assertThat(policy.problems("alice123", EMAIL, NAME))
                .containsExactly("password.tooShort", "password.common", "password.personal");
    }

    @Test
    void everyProblemAndTheHintHaveAMessage() throws IOException {
        var messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        assertThat(messages).containsKeys("password.required", "password.tooShort", "password.tooLong",
                "password.common", "password.personal", "password.mismatch", "password.hint");
        assertThat(messages.getProperty("password.tooShort")).contains(String.valueOf(PasswordPolicy.MIN_LENGTH));
        assertThat(messages.getProperty("password.tooLong")).contains(String.valueOf(PasswordPolicy.MAX_LENGTH));
    }
}
