package uk.partnership.features.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Signing in. The page follows the GOV.UK error pattern and keeps the typed e-mail address; a wrong address
 * and a wrong password get the same message, so nobody can find out which addresses have accounts. Failed
 * attempts are throttled per account and client address and per client address (see {@link LoginThrottle}). On success the session
 * id changes (no session fixation) and the person goes where they were heading, or to their role's home.
 */
@Controller
class SignInController {

    static final String VIEW = "accounts/sign-in";

    private final AuthenticationManager authentication;
    private final LoginThrottle throttle;
    private final AccountService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SignInController(AuthenticationManager authentication, LoginThrottle throttle, AccountService accounts) {
        this.authentication = authentication;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    static String landingPage(SignedInUser user) {
        return user.isCoordinator() ? "/admin" : "/proposals";
    }

    @GetMapping("/login")
    String signIn(Authentication current, Model model) {
        if (current != null && !(current instanceof AnonymousAuthenticationToken)
                && current.getPrincipal() instanceof SignedInUser user) {
            return "redirect:" + landingPage(user);
        }
        model.addAttribute("signIn", SignInForm.empty());
        return VIEW;
    }

    @PostMapping("/login")
    String signIn(@ModelAttribute("signIn") SignInForm form, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        String email = form.email() == null ? "" : form.email().strip();
        String password = form.password() == null ? "" : form.password();
        if (email.isEmpty()) {
            errors.rejectValue("email", "signIn.email.required");
        }
        if (password.isEmpty()) {
            errors.rejectValue("password", "signIn.password.required");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return VIEW;
        }
        String address = request.getRemoteAddr();
        if (!throttle.tryAttempt(email, address)) {
            long minutes = Math.max(1, (throttle.retryAfter(email, address).toSeconds() + 59) / 60);
            errors.rejectValue("email", "signIn.throttled", new Object[] {minutes}, null);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return VIEW;
        }
        Authentication signedIn;
        try {
            signedIn = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        } catch (AuthenticationException refused) {
            errors.rejectValue("email", "signIn.failed");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return VIEW;
        }
        SignedInUser user = (SignedInUser) signedIn.getPrincipal();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(signedIn);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        throttle.succeeded(email, address);
        accounts.recordSignIn(user.accountId());
        SavedRequest heading = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return "redirect:" + (heading != null ? pathOf(heading) : landingPage(user));
    }

    /** The page the person was heading for, as a path on this site: never the host the request named. */
    private static String pathOf(SavedRequest heading) {
        java.net.URI address = java.net.URI.create(heading.getRedirectUrl());
        String path = address.getRawPath();
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            return "/";
        }
        return address.getRawQuery() == null ? path : path + "?" + address.getRawQuery();
    }
}
