package uk.partnership.accounts;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinator's landing page after signing in. */
@Controller
class AdminHomeController {

    private final AccountService accounts;

    AdminHomeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String home(Model model) {
        List<AccountView> all = accounts.all();
        model.addAttribute("activeAccounts", all.stream().filter(AccountView::active).count());
        model.addAttribute("invitedAccounts", all.stream().filter(account -> "INVITED".equals(account.status())).count());
        return "admin/home";
    }
}
