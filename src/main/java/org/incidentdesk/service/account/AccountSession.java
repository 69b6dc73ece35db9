package org.incidentdesk.service.account;

import java.time.Instant;
import java.util.Objects;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.service.common.ActorSource;

/**
 * One signed-in account: what {@link AccountService#signIn} returns. As an {@link ActorSource} it names the account
 * (its display name) in the record and gives the account's {@link Principal}: roles, clearance, roster person,
 * unit. It does not change while signed in; a change to the account takes effect at the next sign-in.
 */
public final class AccountSession implements ActorSource {
    private final String accountName;
    private final Principal principal;
    private final Instant signedInAt;

    AccountSession(String accountName, Principal principal, Instant signedInAt) {
        this.accountName = Objects.requireNonNull(accountName);
        this.principal = Objects.requireNonNull(principal);
        this.signedInAt = Objects.requireNonNull(signedInAt);
    }

    /** The sign-in name. */
    public String accountName() {
        return accountName;
    }

    public long accountId() {
        return principal.accountId();
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public Actor current() {
        return principal.actor();
    }

    @Override
    public Principal principal() {
        return principal;
    }

    @Override
    public String toString() {
        return "AccountSession[" + accountName + "]";
    }
}
