package uk.partnership.features.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.audit.Change;
import uk.partnership.base.mail.MailJob;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.features.accounts.AccountForms.AcceptForm;
import uk.partnership.features.accounts.AccountForms.AccountUpdateForm;
import uk.partnership.features.accounts.AccountForms.InviteForm;
import uk.partnership.features.accounts.AccountForms.NameForm;
import uk.partnership.features.accounts.AccountForms.NewPasswordForm;
import uk.partnership.features.accounts.AccountForms.PasswordChangeForm;
import uk.partnership.features.accounts.AccountToken.Purpose;

/**
 * The account life cycle: invitation, acceptance, sign-in record, name and password changes, password reset,
 * and the coordinator's changes of role, school and status. Every change writes an audit entry in the same
 * transaction; so is its mail, queued through {@link AccountMail}.
 */
@Service
public class AccountService {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);
    static final String ITEM = "account";

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final AccountMail mail;
    private final SessionTerminator sessions;
    private final LoginThrottle throttle;
    private final SchoolDirectory schools;
    private final Clock clock;

    AccountService(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwords,
                   PasswordPolicy policy, AuditTrail audit, AccountMail mail, SessionTerminator sessions,
                   LoginThrottle throttle, SchoolDirectory schools, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.mail = mail;
        this.sessions = sessions;
        this.throttle = throttle;
        this.schools = schools;
        this.clock = clock;
    }

    /** A state a one-time link can be in, for the page that opens it. */
    enum LinkState { VALID, EXPIRED, USED, UNKNOWN }

    @Transactional
    void recordSignIn(long accountId) {
        accounts.recordSignIn(accountId, clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(long accountId) {
        return accounts.findById(accountId).map(this::view);
    }

    /** How many accounts are active and how many invitations are waiting, for the dashboard. */
    public record Counts(long active, long invited) {
    }

    @Transactional(readOnly = true)
    public Counts counts() {
        Map<AccountStatus, Long> byStatus = accounts.countByStatus().stream().collect(
                Collectors.toMap(AccountRepository.StatusCount::status, AccountRepository.StatusCount::accounts));
        return new Counts(byStatus.getOrDefault(AccountStatus.ACTIVE, 0L),
                byStatus.getOrDefault(AccountStatus.INVITED, 0L));
    }

    /** Every account, with its school's name from the schools kept per content change rather than one read each. */
    @Transactional(readOnly = true)
    List<AccountView> all() {
        Map<Long, String> schoolNames = schools.all().stream()
                .collect(Collectors.toMap(SchoolView::id, SchoolView::name));
        return accounts.findAllForAdmin().stream()
                .map(account -> view(account, schoolNames.getOrDefault(account.getSchoolId(), "")))
                .toList();
    }

    @Transactional
    void rename(SignedInUser user, NameForm form) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        String before = account.getName();
        account.rename(form.name(), clock.instant());
        audit.record(user.actor(), "renamed", ITEM, account.getId(), account.getEmail(),
                AuditTrail.diff(Map.of("name", before), Map.of("name", account.getName())));
    }

    /**
     * Changes the signed-in person's password and ends their other sessions, on every instance, keeping the one
     * with id {@code currentSession}; problems go into {@code errors} and nothing changes.
     */
    @Transactional
    void changePassword(SignedInUser user, PasswordChangeForm form, String currentSession, Errors errors) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (form.currentPassword() == null || !passwords.matches(form.currentPassword(), account.getPasswordHash())) {
            errors.rejectValue("currentPassword", "account.password.current.wrong");
        }
        checkNewPassword(form.newPassword(), form.confirmPassword(), account.getEmail(), account.getName(), errors);
        if (errors.hasErrors()) {
            return;
        }
        account.changePassword(passwords.encode(form.newPassword()), clock.instant());
        audit.record(user.actor(), "changed password", ITEM, account.getId(), account.getEmail(), passwordChanged());
        sessions.endOtherSessionsOf(account.getEmail(), currentSession);
        mail.passwordChanged(account.getEmail());
    }

    /**
     * The forgotten-password request: the one entry point the controller calls. It does the same constant work
     * whatever the address, one outbox insert, so neither its answer nor its time tells whether the address
     * has an account or whether mail is up; the worker runs {@link #preparePasswordReset} later.
     */
    @Transactional
    void requestPasswordReset(String email) {
        mail.passwordResetRequested(email.strip());
    }

    /** For {@link PasswordResetJob}: a new reset link and its mail if an active account has this address. */
    @Transactional
    Optional<MailJob.Mail> preparePasswordReset(String email) {
        return accounts.findByEmail(email)
                .filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .map(account -> {
                    String token = issue(account, Purpose.PASSWORD_RESET, RESET_LIFETIME);
                    return mail.passwordReset(account.getEmail(), token, clock.instant().plus(RESET_LIFETIME));
                });
    }

    @Transactional(readOnly = true)
    LinkState linkState(String token, Purpose purpose) {
        return tokens.findByHash(OneTimeTokens.hash(token), purpose)
                .map(found -> found.usableAt(clock.instant()) ? LinkState.VALID
                        : found.getExpiresAt().isAfter(clock.instant()) ? LinkState.USED : LinkState.EXPIRED)
                .orElse(LinkState.UNKNOWN);
    }

    /**
     * Sets a new password from a reset link, ends the account's sessions and forgets its failed sign-ins, so
     * that someone who keeps sending wrong passwords cannot keep the owner out.
     */
    @Transactional
    LinkState resetPassword(String token, NewPasswordForm form, Errors errors) {
        Optional<AccountToken> found = usable(token, Purpose.PASSWORD_RESET);
        if (found.isEmpty()) {
            return linkState(token, Purpose.PASSWORD_RESET);
        }
        Account account = found.get().getAccount();
        checkNewPassword(form.newPassword(), form.confirmPassword(), account.getEmail(), account.getName(), errors);
        if (errors.hasErrors()) {
            return LinkState.VALID;
        }
        Instant now = clock.instant();
        account.changePassword(passwords.encode(form.newPassword()), now);
        found.get().use(now);
        audit.record(new Actor(account.getId(), account.getEmail()), "reset password", ITEM, account.getId(),
                account.getEmail(), passwordChanged());
        sessions.endSessionsOf(account.getEmail());
        throttle.forgetFailuresOf(account.getEmail());
        mail.passwordChanged(account.getEmail());
        return LinkState.VALID;
    }

    /** Invites a person; an address that already has an account is refused with a message by the field. */
    @Transactional
    @Nullable Long invite(Actor actor, String inviterName, InviteForm form, Errors errors) {
        if (form.role() == Role.REPRESENTATIVE && (form.schoolId() == null || schools.byId(form.schoolId()).isEmpty())) {
            errors.rejectValue("schoolId", "users.school.required");
        }
        if (form.email() != null && !form.email().isBlank() && accounts.findByEmail(form.email().strip()).isPresent()) {
            errors.rejectValue("email", "users.email.taken");
        }
        if (errors.hasErrors()) {
            return null;
        }
        Account account = accounts.save(Account.invited(form.email(), form.role(), form.schoolId(), clock.instant()));
        String token = issue(account, Purpose.INVITATION, INVITATION_LIFETIME);
        audit.record(actor, "invited", ITEM, account.getId(), account.getEmail(), AuditTrail.diff(Map.of(),
                fields(account)));
        mail.invitation(account.getEmail(), inviterName, account.getRole(), schoolName(account.getSchoolId()), token,
                clock.instant().plus(INVITATION_LIFETIME));
        return account.getId();
    }

    /**
     * For {@link FirstCoordinatorCommand}: invites a coordinator with no one signed in, and returns the link
     * rather than relying on mail (which a new installation may not have set up yet; it is sent if it is).
     */
    @Transactional
    String inviteCoordinatorFromCommandLine(String email) {
        if (email.isBlank() || !email.contains("@") || email.length() > 320) {
            throw new IllegalArgumentException("give an e-mail address, as --create-coordinator=name@example.org");
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new IllegalArgumentException("there is already an account for " + email);
        }
        Account account = accounts.save(Account.invited(email, Role.COORDINATOR, null, clock.instant()));
        String token = issue(account, Purpose.INVITATION, INVITATION_LIFETIME);
        audit.record(Actor.system(), "invited", ITEM, account.getId(), account.getEmail(),
                AuditTrail.diff(Map.of(), fields(account)));
        // Queued like every mail: sent when a mail server is set up, by this or the site's next start.
        mail.invitation(account.getEmail(), Actor.system().email(), Role.COORDINATOR, null, token,
                clock.instant().plus(INVITATION_LIFETIME));
        return mail.invitationLink(token);
    }

    @Transactional
    LinkState acceptInvitation(String token, AcceptForm form, Errors errors) {
        Optional<AccountToken> found = usable(token, Purpose.INVITATION);
        if (found.isEmpty() || found.get().getAccount().getStatus() != AccountStatus.INVITED) {
            LinkState state = linkState(token, Purpose.INVITATION);
            return state == LinkState.VALID ? LinkState.USED : state;
        }
        Account account = found.get().getAccount();
        checkNewPassword(form.newPassword(), form.confirmPassword(), account.getEmail(), form.name(), errors);
        if (errors.hasErrors()) {
            return LinkState.VALID;
        }
        Instant now = clock.instant();
        account.accept(form.name(), passwords.encode(form.newPassword()), now);
        found.get().use(now);
        audit.record(new Actor(account.getId(), account.getEmail()), "accepted invitation", ITEM, account.getId(),
                account.getEmail(), AuditTrail.diff(Map.of("status", AccountStatus.INVITED, "name", ""),
                        Map.of("status", AccountStatus.ACTIVE, "name", account.getName())));
        return LinkState.VALID;
    }

    /** Changes a person's role or school; their sessions end so the change takes effect at once. */
    @Transactional
    void update(Actor actor, long accountId, AccountUpdateForm form, Errors errors) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
        if (account.getVersion() != form.version()) {
            throw new EditConflictException("", null, account.getVersion());
        }
        if (form.role() == Role.REPRESENTATIVE && (form.schoolId() == null || schools.byId(form.schoolId()).isEmpty())) {
            errors.rejectValue("schoolId", "users.school.required");
        }
        if (account.getId().equals(actor.accountId()) && form.role() != Role.COORDINATOR) {
            errors.rejectValue("role", "users.role.self");
        }
        if (errors.hasErrors()) {
            return;
        }
        Map<String, Object> before = fields(account);
        account.assign(form.role(), form.schoolId(), clock.instant());
        audit.record(actor, "changed role", ITEM, account.getId(), account.getEmail(),
                AuditTrail.diff(before, fields(account)));
        sessions.endSessionsOf(account.getEmail());
    }

    /** Deactivates an account (not one's own) and ends its sessions at once, on every instance. */
    @Transactional
    boolean deactivate(Actor actor, long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
        if (account.getId().equals(actor.accountId())) {
            return false;
        }
        Map<String, Object> before = fields(account);
        account.deactivate(clock.instant());
        audit.record(actor, "deactivated", ITEM, account.getId(), account.getEmail(),
                AuditTrail.diff(before, fields(account)));
        sessions.endSessionsOf(account.getEmail());
        return true;
    }

    @Transactional
    void reactivate(Actor actor, long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
        Map<String, Object> before = fields(account);
        account.reactivate(clock.instant());
        audit.record(actor, "reactivated", ITEM, account.getId(), account.getEmail(),
                AuditTrail.diff(before, fields(account)));
    }

    private void checkNewPassword(@Nullable String password, @Nullable String confirmation, String email, String name,
                                  Errors errors) {
        List<String> problems = policy.problems(password == null ? "" : password, email, name);
        if (!problems.isEmpty()) {
            errors.rejectValue("newPassword", problems.getFirst());
        } else if (!password.equals(confirmation)) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        }
    }

    private String issue(Account account, Purpose purpose, Duration lifetime) {
        Instant now = clock.instant();
        tokens.retireAll(account, purpose, now);
        String token = OneTimeTokens.newToken();
        tokens.save(new AccountToken(OneTimeTokens.hash(token), purpose, account, now, now.plus(lifetime)));
        return token;
    }

    private Optional<AccountToken> usable(String token, Purpose purpose) {
        return tokens.findByHashToUse(OneTimeTokens.hash(token), purpose)
                .filter(found -> found.usableAt(clock.instant()));
    }

    private static Map<String, Change> passwordChanged() {
        return Map.of("password", new Change("(hidden)", "(changed)"));
    }

    private Map<String, Object> fields(Account account) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("role", account.getRole());
        fields.put("school", schoolName(account.getSchoolId()));
        fields.put("status", account.getStatus());
        return fields;
    }

    private String schoolName(@Nullable Long schoolId) {
        return schoolId == null ? "" : schools.byId(schoolId).map(school -> school.name()).orElse("");
    }

    private AccountView view(Account account) {
        return view(account, schoolName(account.getSchoolId()));
    }

    private static AccountView view(Account account, String schoolName) {
        return new AccountView(account.getId(), account.getEmail(), account.getName(), account.getRole(),
                account.getSchoolId(), schoolName, account.getStatus().name(), account.getVersion(),
                account.getLastSignIn());
    }

    /** The e-mail addresses of the active coordinators, for notices such as a new proposal. */
    @Transactional(readOnly = true)
    public List<String> activeCoordinatorEmails() {
        return accounts.findActiveCoordinators().stream().map(Account::getEmail).toList();
    }

    /** The e-mail addresses of a school's active representatives. */
    @Transactional(readOnly = true)
    public List<String> activeRepresentativeEmails(long schoolId) {
        return accounts.findActiveRepresentatives(schoolId).stream().map(Account::getEmail).toList();
    }
}
