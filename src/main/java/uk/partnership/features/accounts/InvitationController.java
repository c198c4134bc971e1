package uk.partnership.features.accounts;

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

import uk.partnership.features.accounts.AccountForms.AcceptForm;
import uk.partnership.features.accounts.AccountService.LinkState;
import uk.partnership.features.accounts.AccountToken.Purpose;

/** An invited person opens their one-time link and sets their name and password. */
@Controller
class InvitationController {

    private final AccountService accounts;

    InvitationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        LinkState state = accounts.linkState(token, Purpose.INVITATION);
        if (state != LinkState.VALID) {
            return LinkPages.invalid(state, "invitation", model, response);
        }
        model.addAttribute("accept", AcceptForm.empty());
        return "accounts/invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("accept") AcceptForm form, BindingResult errors,
                  Model model, HttpServletResponse response) {
        LinkState state = accounts.acceptInvitation(token, form, errors);
        if (state != LinkState.VALID) {
            return LinkPages.invalid(state, "invitation", model, response);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "accounts/invitation";
        }
        return "redirect:/login?accountReady";
    }
}
