package uk.partnership.features.accounts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.features.accounts.AccountForms.NameForm;
import uk.partnership.features.accounts.AccountForms.PasswordChangeForm;

/** The signed-in person's own account: their name and password. */
@Controller
class AccountController {

    static final String VIEW = "accounts/account";

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        AccountView account = accounts.find(user.accountId()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("nameForm", new NameForm(account.name()));
        model.addAttribute("passwordForm", PasswordChangeForm.empty());
        return VIEW;
    }

    @PostMapping("/account/name")
    String rename(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("nameForm") NameForm form,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return again(user, model, response, PasswordChangeForm.empty());
        }
        accounts.rename(user, form);
        redirect.addFlashAttribute("saved", "account.name.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user,
                          @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult errors, Model model,
                          HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        accounts.changePassword(user, form, session.getId(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("nameForm", new NameForm(accounts.find(user.accountId()).orElseThrow().name()));
            return again(user, model, response, PasswordChangeForm.empty());
        }
        redirect.addFlashAttribute("saved", "account.password.saved");
        return "redirect:/account";
    }

    private String again(SignedInUser user, Model model, HttpServletResponse response, PasswordChangeForm blank) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("account", accounts.find(user.accountId()).orElseThrow());
        model.addAttribute("hasErrors", true);
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", blank);
        }
        return VIEW;
    }
}
