package org.incidentdesk.domain.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.incidentdesk.domain.common.Actor;

/**
 * Who is acting, and with which rights: a signed-in account, or the workstation itself.
 *
 * @param actor      the name written into the record and the audit
 * @param accountId  the account's id, or {@code null} for the workstation itself
 * @param personId   the roster person the account belongs to (posts and duties come from the roster), or {@code null}
 * @param unitId     the unit a unit liaison acts for, or {@code null}
 * @param roles      the account's roles; empty for the workstation itself
 * @param clearance  the highest secrecy mark the account may see
 * @param workstation true only for the workstation acting on its own (timers firing, drills in a scratch office,
 *                   migrations, and every test that does not sign in); it passes every role check
 */
public record Principal(Actor actor, Long accountId, Long personId, Long unitId, Set<Role> roles, Secrecy clearance,
                        boolean workstation) {
    public Principal {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clearance, "clearance");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The workstation acting on its own under the given name. */
    public static Principal workstation(Actor actor) {
        return new Principal(actor, null, null, null, Set.of(), Secrecy.TOP_SECRET, true);
    }

    public boolean has(Role role) {
        return workstation || roles.contains(role);
    }

    public boolean mayRead(Secrecy mark) {
        return workstation || clearance.permits(mark);
    }
}
