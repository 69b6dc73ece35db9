package org.incidentdesk.service.account;

import java.util.Optional;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.security.RefusalAudit;
import org.incidentdesk.service.security.Unguarded;

/**
 * The actor source every service of a workstation gets. Who acts, first match wins: the account a command signed
 * in with on the calling thread (a command line run, also one forwarded into the running window, which must not
 * switch the window's person); the window's signed-in account; otherwise the source it was built on (the
 * workstation under the operating-system user's name: an office in set-up mode, timers, and every test that does
 * not sign in). Only {@link AccountService} switches it. The role guard's refusals of whoever acts go to the
 * {@link RefusalAudit} given (the audit trail).
 */
public final class CurrentSession implements ActorSource {
    private final ActorSource withoutSignIn;
    private final ThreadLocal<AccountSession> onThread = new ThreadLocal<>();
    private volatile AccountSession window;
    private volatile RefusalAudit refusals;

    public CurrentSession(ActorSource withoutSignIn) {
        this.withoutSignIn = withoutSignIn;
    }

    /** From now on every refusal of the role guard is written to {@code audit}. */
    @Unguarded("wiring: the context connects the audit once, when it opens")
    public void auditRefusalsTo(RefusalAudit audit) {
        this.refusals = audit;
    }

    @Override
    @Unguarded("the guard's own report of a refusal: it must reach the audit whoever acts")
    public void refused(Principal who, AccessDenied denial, String attempted) {
        RefusalAudit audit = refusals;
        if (audit != null) {
            audit.refused(who, denial, attempted);
        }
    }

    /** The account acting on this thread: a command's, else the window's; empty when none signed in. */
    public Optional<AccountSession> session() {
        AccountSession command = onThread.get();
        return Optional.ofNullable(command != null ? command : window);
    }

    /** The account a command signed in with on this thread, if any (never the window's). */
    public Optional<AccountSession> commandSession() {
        return Optional.ofNullable(onThread.get());
    }

    /** The window's signed-in account, if any. */
    public Optional<AccountSession> windowSession() {
        return Optional.ofNullable(window);
    }

    @Override
    public Actor current() {
        return session().map(AccountSession::current).orElseGet(withoutSignIn::current);
    }

    @Override
    public Principal principal() {
        return session().map(AccountSession::principal).orElseGet(withoutSignIn::principal);
    }

    void signedIn(AccountSession signedIn) {
        window = signedIn;
    }

    void boundToThisThread(AccountSession signedIn) {
        onThread.set(signedIn);
    }

    /** Ends {@code ended} wherever it is current: this thread's command session, or the window's. */
    synchronized void signedOut(AccountSession ended) {
        if (onThread.get() == ended) {
            onThread.remove();
        }
        if (window == ended) {
            window = null;
        }
    }
}
