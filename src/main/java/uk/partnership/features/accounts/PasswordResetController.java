package uk.partnership.features.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import uk.partnership.features.accounts.AccountForms.ForgotForm;
import uk.partnership.features.accounts.AccountForms.NewPasswordForm;
import uk.partnership.features.accounts.AccountService.LinkState;
import uk.partnership.features.accounts.AccountToken.Purpose;

/**
 * Forgotten passwords: the request page says the same thing whether or not the address has an account; the
 * e-mailed link works once, for an hour. Requests are limited per client address and per account
 * ({@link PasswordResetThrottle}).
 */
@Controller
class PasswordResetController {

    private final AccountService accounts;
    private final PasswordResetThrottle throttle;

    PasswordResetController(AccountService accounts, PasswordResetThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("forgot", new ForgotForm(""));
        return "accounts/forgot";
    }

    /**
     * Over the limit of requests from one client address, the form answers 429 and says when to try again. Over
     * the limit of mails to one address, the answer is the same as always but no mail is sent.
     */
    @PostMapping("/password/forgot")
    String requestReset(@Valid @ModelAttribute("forgot") ForgotForm form, BindingResult errors,
                        HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "accounts/forgot";
        }
        String address = request.getRemoteAddr();
        if (!throttle.tryRequestFrom(address)) {
            long minutes = Math.max(1, (throttle.retryAfter(address).toSeconds() + 59) / 60);
            errors.rejectValue("email", "password.forgot.throttled", new Object[] {minutes}, null);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "accounts/forgot";
        }
        if (throttle.tryMailTo(form.email())) {
            accounts.requestPasswordReset(form.email());
        }
        return "redirect:/password/forgot/sent";
    }

    @GetMapping("/password/forgot/sent")
    String sent() {
        return "accounts/forgot-sent";
    }

    @GetMapping("/password/reset/{token}")
    String reset(@PathVariable String token, Model model, HttpServletResponse response) {
        LinkState state = accounts.linkState(token, Purpose.PASSWORD_RESET);
        if (state != LinkState.VALID) {
            return LinkPages.invalid(state, "reset", model, response);
        }
        model.addAttribute("reset", NewPasswordForm.empty());
        return "accounts/reset";
    }

    @PostMapping("/password/reset/{token}")
    String setPassword(@PathVariable String token, @ModelAttribute("reset") NewPasswordForm form, BindingResult errors,
                       Model model, HttpServletResponse response) {
        LinkState state = accounts.resetPassword(token, form, errors);
        if (state != LinkState.VALID) {
            return LinkPages.invalid(state, "reset", model, response);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "accounts/reset";
        }
        return "redirect:/login?passwordReset";
    }
}
