package org.incidentdesk.service.account;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.security.Account;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.Unguarded;
import org.incidentdesk.store.AccountRepository;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;

/**
 * Local accounts (issue 20.1): the first administrator of an office in set-up mode, accounts made, disabled and
 * given new passwords by the security administrator, passwords changed by their owner, and sign-in, screen unlock
 * and sign-out. Five wrong passwords lock an account for fifteen minutes on the injected clock. Every change and
 * every sign-in, failure and sign-out is written to the audit chain; at every sign-out the audit checkpoint is
 * written out of the database. Thread-safe; never call it on the JavaFX thread (hashing takes a noticeable moment).
 */
public final class AccountService {
    /** Wrong passwords in a row that lock an account. */
    public static final int LOCK_AFTER = 5;
    /** How long a lock after {@link #LOCK_AFTER} wrong passwords holds. */
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);
    static final String NAME_FIELD = "account.name";
    private static final String SIGN_IN_FIELD = "account.signIn";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    private final Store store;
    private final Clock clock;
    private final CurrentSession sessions;
    private final PasswordHasher hasher;
    private final Runnable checkpoint;
    private final ZoneId zone;
    /** Verified against when an account name is unknown, so that a wrong name takes as long as a wrong password. */
    private volatile String decoy;

    /** {@code checkpoint}: writes the audit checkpoint out of the database (at every sign-out); it must not throw. */
    public AccountService(Store store, Clock clock, ZoneId zone, CurrentSession sessions, PasswordHasher hasher,
                          Runnable checkpoint) {
        this.store = store;
        this.zone = zone;
        this.clock = clock;
        this.sessions = sessions;
        this.hasher = hasher;
        this.checkpoint = checkpoint;
    }

    /** The {@link NewAccount#personId} of a form where nobody was chosen: refused as a missing person. */
    public static final long NO_PERSON = -1;

    /** What a new account is made of (its password is passed beside it, never kept). */
    public record NewAccount(String name, String displayName, long personId, Set<Role> roles, Secrecy clearance) {
    }

    /** True while the office has no account yet: nobody signs in, the workstation acts for itself. */
    public boolean setUpMode() {
        return store.inTransaction(s -> s.accounts().count() == 0);
    }

    /** Every account, by name. */
    public List<Account> list() {
        return store.inTransaction(s -> s.accounts().all());
    }

    public Optional<Account> find(String name) {
        return store.inTransaction(s -> s.accounts().findByName(normalName(name)));
    }

    /** Whether a lock after wrong passwords holds on {@code account} now. */
    public boolean lockedNow(Account account) {
        return account.lockedAt(clock.instant());
    }

    /** The signed-in account of this workstation, if any. */
    public Optional<AccountSession> current() {
        return sessions.session();
    }

    /**
     * The office's first account, a security administrator (安全管理员, who then makes the other accounts), for
     * roster person {@code personId}; only while the office has no account (set-up mode).
     */
    @Unguarded("the first-run wizard: the office has no account yet, so nobody could hold a role")
    public Account createAdministrator(String name, long personId, char[] password, char[] repeat) {
        return create(new NewAccount(name, null, personId, EnumSet.of(Role.SECURITY_ADMIN), Secrecy.NONE),
                password, repeat, true);
    }

    /** A new account; the security administrator's work. {@code repeat} null when the password was typed once. */
    public Account create(NewAccount account, char[] password, char[] repeat) {
        Access.require(sessions, Permission.ACCOUNTS_MANAGE);
        return create(account, password, repeat, false);
    }

    private Account create(NewAccount spec, char[] password, char[] repeat, boolean first) {
        String name = normalName(spec.name());
        List<Violation> problems = new ArrayList<>(AccountRules.nameProblems(name));
        if (spec.personId() == NO_PERSON) {
            problems.add(Violation.of("account.person", "validation.required"));
        }
        problems.addAll(AccountRules.roleProblems(spec.roles(), spec.clearance()));
        problems.addAll(PasswordRules.check(name, password, repeat));
        refuseIfAny(problems);
        String hash = hasher.hash(password);
        Account created = store.inTransaction(s -> {
            long existing = s.accounts().count();
            if (first && existing > 0) {
                throw refused("account", "account.notInSetUp");
            }
            // an office whose first account cannot manage accounts could never get a security administrator:
            // creating the first one is refused once any account exists
            if (existing == 0 && !spec.roles().contains(Role.SECURITY_ADMIN)) {
                throw refused("account", "account.firstIsSecurityAdmin");
            }
            if (s.accounts().findByName(name).isPresent()) {
                throw refused(NAME_FIELD, "account.nameTaken", name);
            }
            Person person = s.roster().people().stream().filter(p -> p.id() == spec.personId()).findFirst()
                    .orElseThrow(() -> refused("account.person", "account.unknownPerson", spec.personId()));
            String display = spec.displayName() == null || spec.displayName().isBlank() ? person.name()
                    : spec.displayName().strip();
            Stamp stamp = stamp();
            long id = s.accounts().insert(new AccountRepository.NewAccount(name, display, person.id(),
                    person.unitId(), spec.roles(), spec.clearance(), hash), stamp);
            s.audit().append(stamp, first ? "createAdministrator" : "createAccount", "account", id,
                    FieldChange.set("name", name), FieldChange.set("displayName", display),
                    FieldChange.set("person", person.name()),
                    FieldChange.set("roles", Role.codes(spec.roles())),
                    FieldChange.set("clearance", spec.clearance().name()));
            return s.accounts().find(id).orElseThrow();
        });
        return created;
    }

    /** The account can no longer sign in (it is kept: the record names it). */
    public Account disable(String name) {
        return setDisabled(name, true);
    }

    public Account enable(String name) {
        return setDisabled(name, false);
    }

    private Account setDisabled(String name, boolean disabled) {
        Access.require(sessions, Permission.ACCOUNTS_MANAGE);
        return store.inTransaction(s -> {
            Account account = existing(s, name);
            if (disabled && sessions.session().map(AccountSession::accountId).orElse(-1L) == account.id()) {
                throw refused(NAME_FIELD, "account.notYourself");
            }
            if (disabled) {
                AccountRules.refuseIfLastSecurityAdmin(s.accounts().all(), account);
            }
            s.accounts().setDisabled(account, disabled, stamp());
            s.audit().append(stamp(), disabled ? "disableAccount" : "enableAccount", "account", account.id(),
                    new FieldChange("disabled", String.valueOf(account.disabled()), String.valueOf(disabled)));
            return s.accounts().find(account.id()).orElseThrow();
        });
    }

    /**
     * New roles and clearance for {@code name}; they take effect at its next sign-in. Refused when they would
     * leave the office without an active security administrator (nobody could manage accounts any more).
     */
    public Account changeRoles(String name, Set<Role> roles, Secrecy clearance) {
        Access.require(sessions, Permission.ACCOUNTS_MANAGE);
        refuseIfAny(AccountRules.roleProblems(roles, clearance));
        return store.inTransaction(s -> {
            Account account = existing(s, name);
            if (!roles.contains(Role.SECURITY_ADMIN)) {
                AccountRules.refuseIfLastSecurityAdmin(s.accounts().all(), account);
            }
            Stamp stamp = stamp();
            s.accounts().setRolesAndClearance(account, roles, clearance, stamp);
            s.audit().append(stamp, "changeRoles", "account", account.id(), FieldChange.set("name", account.name()),
                    new FieldChange("roles", Role.codes(account.roles()), Role.codes(roles)),
                    new FieldChange("clearance", account.clearance().name(), clearance.name()));
            return s.accounts().find(account.id()).orElseThrow();
        });
    }

    /** The security administrator gives {@code name} a new password; this also lifts a lock. */
    public void resetPassword(String name, char[] password, char[] repeat) {
        Access.require(sessions, Permission.ACCOUNTS_MANAGE);
        Account account = store.inTransaction(s -> existing(s, name));
        refuseIfAny(PasswordRules.check(account.name(), password, repeat));
        String hash = hasher.hash(password);
        store.run(s -> {
            Account now = existing(s, name);
            s.accounts().setPassword(now, hash, stamp());
            s.audit().append(stamp(), "resetPassword", "account", now.id(), FieldChange.set("name", now.name()));
        });
    }

    /** The person signed in on this thread (or at the window) changes their own password, giving the present one. */
    public void changePassword(char[] present, char[] password, char[] repeat) {
        Access.require(sessions, Permission.OWN_PASSWORD);
        AccountSession session = sessions.session().orElseThrow(() -> refused("account", "account.notSignedIn"));
        Account account = store.inTransaction(s -> s.accounts().find(session.accountId()).orElseThrow());
        if (!hasher.matches(present, store.inTransaction(s -> s.accounts().passwordHash(account.id())))) {
            // counted like a wrong sign-in: the dialog is no way round the lock for whoever found a screen open
            countWrongPassword(account, "changePasswordFailed", clock.instant());
            throw refused("account.presentPassword", "account.presentPasswordWrong");
        }
        List<Violation> problems = new ArrayList<>(PasswordRules.check(account.name(), password, repeat));
        if (problems.isEmpty() && java.util.Arrays.equals(present, password)) {
            problems.add(Violation.of(PasswordRules.FIELD, "account.passwordUnchanged"));
        }
        refuseIfAny(problems);
        String hash = hasher.hash(password);
        store.run(s -> {
            Account now = s.accounts().find(account.id()).orElseThrow();
            s.accounts().setPassword(now, hash, stamp());
            s.audit().append(stamp(), "changePassword", "account", now.id(), FieldChange.set("name", now.name()));
        });
    }

    /**
     * Checks {@code name}'s password and returns its session without making it current anywhere; audited as a
     * sign-in. Refused, naming why, for a wrong name or password (counted: the {@link #LOCK_AFTER}th locks the
     * account for {@link #LOCK_FOR}), a locked account, or a disabled one; every refusal is audited.
     */
    @Unguarded("signing in is how a person gets their roles")
    public AccountSession authenticate(String name, char[] password) {
        Account account = authenticate(name, password, "signInFailed");
        AccountSession session = new AccountSession(account.name(), principalOf(account), clock.instant());
        store.run(s -> {
            Stamp stamp = new Stamp(clock.instant(), session.current());
            s.accounts().recordSignIn(account.id(), stamp);
            s.audit().append(stamp, "signIn", "account", account.id(), FieldChange.set("name", account.name()));
        });
        return session;
    }

    /**
     * The window's sign-in: as {@link #authenticate}, then the account becomes the window's person (a person
     * signed in at the window before is signed out first).
     */
    @Unguarded("signing in is how a person gets their roles")
    public AccountSession signIn(String name, char[] password) {
        AccountSession session = authenticate(name, password);
        sessions.windowSession().ifPresent(this::signOut);
        sessions.signedIn(session);
        return session;
    }

    /**
     * A command's sign-in: as {@link #authenticate}, then every service called on this thread acts as the account
     * until it signs out ({@link #signOutThisThread}); the window's person, if any, stays as it was.
     */
    @Unguarded("signing in is how a command gets its account's roles")
    public AccountSession signInOnThisThread(String name, char[] password) {
        AccountSession session = authenticate(name, password);
        sessions.boundToThisThread(session);
        return session;
    }

    /** Signs out the account a command signed in with on this thread, if any (a forwarded command's end). */
    @Unguarded("every account may end its own session")
    public void signOutThisThread() {
        sessions.commandSession().ifPresent(this::signOut);
    }

    /**
     * The screen was locked: only the same account's password opens it again. A wrong one counts as for
     * sign-in (and may lock the account: then someone signs out and another person signs in).
     */
    @Unguarded("the locked person proves who they are again")
    public void unlock(AccountSession session, char[] password) {
        Account account = authenticate(session.accountName(), password, "unlockFailed");
        store.run(s -> s.audit().append(new Stamp(clock.instant(), session.current()), "unlockScreen", "account",
                account.id(), FieldChange.set("name", account.name())));
    }

    /** Records that the screen was locked (by the person, or after idle time). */
    @Unguarded("every account may lock its own screen")
    public void screenLocked(AccountSession session, boolean idle) {
        store.run(s -> s.audit().append(new Stamp(clock.instant(), session.current()), "lockScreen", "account",
                session.accountId(), FieldChange.set("name", session.accountName()),
                FieldChange.set("cause", idle ? "idle" : "asked")));
    }

    /** Signs {@code session} out (audited) and writes the audit checkpoint out of the database. */
    @Unguarded("every account may end its own session")
    public void signOut(AccountSession session) {
        store.run(s -> s.audit().append(new Stamp(clock.instant(), session.current()), "signOut", "account",
                session.accountId(), FieldChange.set("name", session.accountName())));
        sessions.signedOut(session);
        checkpoint.run();
    }

    private Account authenticate(String typedName, char[] password, String failureAction) {
        String name = normalName(typedName);
        Optional<Account> found = store.inTransaction(s -> s.accounts().findByName(name));
        Instant now = clock.instant();
        if (found.isEmpty()) {
            if (decoy == null) {
                decoy = hasher.hash("decoy-password".toCharArray());
            }
            hasher.matches(password, decoy);
            fail(failureAction, null, name, "unknown");
            throw refused(SIGN_IN_FIELD, "account.wrongPassword");
        }
        Account account = found.get();
        if (account.disabled()) {
            fail(failureAction, account.id(), name, "disabled");
            throw refused(SIGN_IN_FIELD, "account.disabled", name);
        }
        if (account.lockedAt(now)) {
            fail(failureAction, account.id(), name, "locked");
            throw refused(SIGN_IN_FIELD, "account.locked", shown(account.lockedUntil()));
        }
        String hash = store.inTransaction(s -> s.accounts().passwordHash(account.id()));
        if (hasher.matches(password, hash)) {
            return account;
        }
        Account after = countWrongPassword(account, failureAction, now);
        if (after.lockedAt(now)) {
            throw refused(SIGN_IN_FIELD, "account.lockedNow", LOCK_AFTER, shown(after.lockedUntil()));
        }
        throw refused(SIGN_IN_FIELD, "account.wrongPasswordLeft", LOCK_AFTER - after.failedAttempts());
    }

    /**
     * A wrong password for {@code account}, counted and audited as {@code action}; the {@link #LOCK_AFTER}th in a
     * row locks the account (audited too). Returns the account as it is now.
     */
    private Account countWrongPassword(Account account, String action, Instant now) {
        return store.inTransaction(s -> {
            Stamp stamp = new Stamp(clock.instant(), sessions.current());
            Account counted = s.accounts().recordFailure(account.id(), LOCK_AFTER, now.plus(LOCK_FOR), stamp);
            appendFailure(s, stamp, action, account.id(), account.name(), "wrongPassword");
            if (counted.lockedAt(now)) {
                s.audit().append(stamp, "lockAccount", "account", account.id(), FieldChange.set("name", account.name()),
                        FieldChange.set("lockedUntil", counted.lockedUntil().toString()));
            }
            return counted;
        });
    }

    /** A lock's end as the office reads a clock: 10:15. */
    private String shown(Instant until) {
        return until.atZone(zone).format(UNTIL);
    }

    private void fail(String action, Long accountId, String name, String reason) {
        store.run(s -> appendFailure(s, new Stamp(clock.instant(), sessions.current()), action, accountId, name,
                reason));
    }

    private static void appendFailure(StoreSession s, Stamp stamp, String action, Long accountId, String name,
                                      String reason) {
        s.audit().append(stamp, action, "account", accountId, FieldChange.set("name", name),
                FieldChange.set("outcome", reason));
    }

    private static Principal principalOf(Account account) {
        return new Principal(new Actor(account.displayName()), account.id(), account.personId(), account.unitId(),
                account.roles(), account.clearance(), false);
    }

    private static Account existing(StoreSession s, String name) {
        String normal = normalName(name);
        return s.accounts().findByName(normal).orElseThrow(() -> refused(NAME_FIELD, "account.unknown", normal));
    }

    /** Account names are compared as typed, ignoring case and surrounding spaces (NFKC: full-width letters too). */
    static String normalName(String name) {
        return name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private Stamp stamp() {
        return new Stamp(clock.instant(), sessions.current());
    }

    static ValidationException refused(String field, String key, Object... args) {
        return new ValidationException(List.of(Violation.of(field, key, args)));
    }

    private static void refuseIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
