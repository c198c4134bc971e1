package uk.partnership.features.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import uk.partnership.base.web.SingleLine;

/** The account forms: records with Bean Validation, never entities, so no field can be posted in. */
final class AccountForms {

    private AccountForms() {
    }

    public record NameForm(@NotBlank(message = "{account.name.required}") @Size(max = 200, message = "{account.name.tooLong}")
                    @SingleLine String name) {
    }

    public record PasswordChangeForm(String currentPassword, String newPassword, String confirmPassword) {

        static PasswordChangeForm empty() {
            return new PasswordChangeForm("", "", "");
        }
    }

    record ForgotForm(@NotBlank(message = "{password.forgot.email.required}")
                      @Email(message = "{password.forgot.email.invalid}")
                      @Size(max = 320, message = "{password.forgot.email.invalid}") @SingleLine String email) {
    }

    record NewPasswordForm(String newPassword, String confirmPassword) {

        static NewPasswordForm empty() {
            return new NewPasswordForm("", "");
        }
    }

    record AcceptForm(@NotBlank(message = "{account.name.required}") @Size(max = 200, message = "{account.name.tooLong}")
                      @SingleLine String name, String newPassword, String confirmPassword) {

        static AcceptForm empty() {
            return new AcceptForm("", "", "");
        }
    }

    public record InviteForm(@NotBlank(message = "{users.email.required}") @Email(message = "{users.email.invalid}")
                      @Size(max = 320, message = "{users.email.invalid}") @SingleLine String email,
                      @NotNull(message = "{users.role.required}") @Nullable Role role,
                      @Nullable Long schoolId) {

        static InviteForm empty() {
            return new InviteForm("", null, null);
        }
    }

    record AccountUpdateForm(@NotNull(message = "{users.role.required}") @Nullable Role role, @Nullable Long schoolId,
                             long version) {
    }
}
