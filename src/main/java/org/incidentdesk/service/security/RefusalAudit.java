package org.incidentdesk.service.security;

import java.time.Clock;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.RolePolicy;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every refusal of the role guard into the audit chain (GB/T 22239 level 3: who, when, what was attempted,
 * outcome): action {@value #ACTION}, with the account, the service method asked, the permission it needs, the
 * roles that have it, the roles the account holds and the outcome {@value #REFUSED}. No argument of the refused
 * call is written (so no password can be).
 *
 * <p>The entry is written in a transaction of its own once the caller's transaction has ended (it rolls back,
 * as the refused work's does). A failed write is logged and the refusal goes on as it would have: the person is
 * told the same thing whether or not the entry landed, and a broken audit cannot turn a refusal into something
 * else. One entry per refusal, each as cheap as any other entry: a loop of refusals grows the chain as fast as a
 * loop of allowed changes would, and breaks nothing.
 */
public final class RefusalAudit {
    /** The audit action of a refusal. */
    public static final String ACTION = "accessDenied";
    /** The outcome field's value for a refusal. */
    public static final String REFUSED = "refused";
    private static final Logger LOG = LoggerFactory.getLogger(RefusalAudit.class);

    private final Store store;
    private final Clock clock;

    public RefusalAudit(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records that {@code who} was refused {@code attempted} (Class.method); never throws. */
    public void refused(Principal who, AccessDenied denial, String attempted) {
        Stamp stamp = new Stamp(clock.instant(), who.actor());
        store.afterTransaction(() -> {
            try {
                store.run(s -> s.audit().append(stamp, ACTION, "account", who.accountId(),
                        FieldChange.set("attempted", attempted),
                        FieldChange.set("permission", denial.permission().name()),
                        FieldChange.set("rolesNeeded", Role.codes(RolePolicy.rolesFor(denial.permission()))),
                        FieldChange.set("rolesHeld", Role.codes(who.roles())),
                        FieldChange.set("reason", denial.violations().getFirst().messageKey()),
                        FieldChange.set("outcome", REFUSED)));
            } catch (RuntimeException e) {
                LOG.error("the refusal of {} to {} ({}) could not be written to the audit trail",
                        who.actor().name(), attempted, denial.permission(), e);
            }
        });
    }
}
