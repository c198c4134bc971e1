package uk.partnership.features.accounts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.features.accounts.AccountForms.AccountUpdateForm;
import uk.partnership.features.accounts.AccountForms.InviteForm;

/** The coordinator's accounts page: invite people, change their role or school, deactivate them. */
@Controller
class UsersAdminController {

    private final AccountService accounts;
    private final SchoolDirectory schools;
    private final FormPages forms;

    UsersAdminController(AccountService accounts, SchoolDirectory schools, FormPages forms) {
        this.accounts = accounts;
        this.schools = schools;
        this.forms = forms;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("invite", InviteForm.empty());
        return list(model);
    }

    @PostMapping("/admin/users")
    String invite(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("invite") InviteForm form,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        // Always asked, so every problem is listed at once; it saves nothing while there are errors.
        FormPages.saveUnlessTaken(errors, "email", "users.email.taken",
                () -> accounts.invite(user.actor(), user.name(), form, errors));
        if (FormPages.failed(errors, response)) {
            return list(model);
        }
        redirect.addFlashAttribute("saved", "users.invited");
        redirect.addFlashAttribute("savedArgument", form.email().strip());
        // To the top of the content, where the message is: the form posts to #invite, which the browser would keep.
        return "redirect:/admin/users#main";
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, Model model) {
        AccountView account = accounts.find(id).orElseThrow(() -> new NotFoundException("account"));
        model.addAttribute("update", new AccountUpdateForm(account.role(), account.schoolId(), account.version()));
        return edit(account, model);
    }

    @PostMapping("/admin/users/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("update") AccountUpdateForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        AccountView account = accounts.find(id).orElseThrow(() -> new NotFoundException("account"));
        if (!errors.hasErrors()) {
            forms.save(errors, model, () -> accounts.update(user.actor(), id, form, errors));
        }
        if (FormPages.failed(errors, response)) {
            return edit(accounts.find(id).orElse(account), model);
        }
        redirect.addFlashAttribute("saved", "users.updated");
        redirect.addFlashAttribute("savedArgument", account.email());
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        boolean done = accounts.deactivate(user.actor(), id);
        // A refusal is a warning of its own, never the success banner.
        redirect.addFlashAttribute(done ? FormPages.SAVED : FormPages.REFUSED, done ? "users.deactivated" : "users.deactivate.self");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        accounts.reactivate(user.actor(), id);
        redirect.addFlashAttribute("saved", "users.reactivated");
        return "redirect:/admin/users";
    }

    private String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("schools", schools.all());
        model.addAttribute("roles", Role.values());
        return "accounts/users";
    }

    private String edit(AccountView account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("schools", schools.all());
        model.addAttribute("roles", Role.values());
        return "accounts/user";
    }
}
