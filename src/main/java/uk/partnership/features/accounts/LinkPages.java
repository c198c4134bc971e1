package uk.partnership.features.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import uk.partnership.features.accounts.AccountService.LinkState;

/** The page for a one-time link that no longer works: expired, already used, or never issued. */
final class LinkPages {

    private LinkPages() {
    }

    static String invalid(LinkState state, String kind, Model model, HttpServletResponse response) {
        response.setStatus(state == LinkState.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("state", state.name().toLowerCase(Locale.ROOT));
        model.addAttribute("kind", kind);
        return "accounts/link-invalid";
    }
}
