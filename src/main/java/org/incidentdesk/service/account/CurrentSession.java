package org.incidentdesk.service.account;

import java.util.Optional;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.service.common.ActorSource;

/**
 * The actor source every service of a workstation gets: the signed-in account while there is one, otherwise the
 * source it was built on (the workstation under the operating-system user's name: an office in set-up mode, timers,
 * and every test that does not sign in). Only {@link AccountService} switches it.
 */
public final class CurrentSession implements ActorSource {
    private final ActorSource withoutSignIn;
    private volatile AccountSession session;

    public CurrentSession(ActorSource withoutSignIn) {
        this.withoutSignIn = withoutSignIn;
    }

    /** The signed-in account, if any. */
    public Optional<AccountSession> session() {
        return Optional.ofNullable(session);
    }

    @Override
    public Actor current() {
        AccountSession now = session;
        return now != null ? now.current() : withoutSignIn.current();
    }

    @Override
    public Principal principal() {
        AccountSession now = session;
        return now != null ? now.principal() : withoutSignIn.principal();
    }

    void signedIn(AccountSession signedIn) {
        session = signedIn;
    }

    /** Clears {@code ended} if it is still the current one; returns whether it was. */
    synchronized boolean signedOut(AccountSession ended) {
        if (session != ended) {
            return false;
        }
        session = null;
        return true;
    }
}
