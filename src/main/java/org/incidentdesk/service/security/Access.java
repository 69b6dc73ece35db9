package org.incidentdesk.service.security;

import java.util.List;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.RolePolicy;
import org.incidentdesk.service.common.ActorSource;

/**
 * The guard every acting service method calls first: refuses, with {@link AccessDenied}, an action the acting
 * account's roles do not allow ({@link RolePolicy}). The workstation acting on its own passes. An architecture test
 * ({@code ServiceGuardTest}) fails when a public acting service method does not call it. A refusal through an
 * {@link ActorSource} is told to it first ({@link ActorSource#refused}), so the workstation audits every refusal.
 */
public final class Access {
    private Access() {
    }

    /** Refuses unless whoever {@code actors} names now may do {@code permission}. */
    public static void require(ActorSource actors, Permission permission) {
        Principal principal = actors.principal();
        if (!RolePolicy.allows(principal, permission)) {
            throw witnessed(actors, principal, denied(principal, permission));
        }
    }

    public static void require(Principal principal, Permission permission) {
        if (!RolePolicy.allows(principal, permission)) {
            throw denied(principal, permission);
        }
    }

    /** Refuses unless whoever {@code actors} names may do one of {@code permissions}; the refusal names the first. */
    public static void requireAny(ActorSource actors, Permission... permissions) {
        Principal principal = actors.principal();
        for (Permission permission : permissions) {
            if (RolePolicy.allows(principal, permission)) {
                return;
            }
        }
        throw witnessed(actors, principal, denied(principal, permissions[0]));
    }

    /**
     * Refuses unless the acting account may do {@code anyUnit} for every unit, or {@code ownUnit} and acts for the
     * unit {@code unitId} (a unit liaison updating their own unit's task).
     */
    public static void requireForUnit(ActorSource actors, Permission anyUnit, Permission ownUnit, Long unitId) {
        Principal principal = actors.principal();
        if (RolePolicy.allows(principal, anyUnit)) {
            return;
        }
        if (RolePolicy.allows(principal, ownUnit)) {
            if (unitId != null && unitId.equals(principal.unitId())) {
                return;
            }
            throw witnessed(actors, principal, new AccessDenied(anyUnit, Violation.of("access", "access.otherUnit",
                    principal.actor().name(), anyUnit, RolePolicy.rolesFor(anyUnit))));
        }
        throw witnessed(actors, principal, denied(principal, anyUnit));
    }

    /** Tells {@code actors} of the refusal (it lands in the audit trail) and returns it to be thrown. */
    private static AccessDenied witnessed(ActorSource actors, Principal principal, AccessDenied denial) {
        actors.refused(principal, denial, GuardCaller.attempted());
        return denial;
    }

    private static AccessDenied denied(Principal principal, Permission permission) {
        List<Role> held = principal.roles().stream().sorted().toList();
        return new AccessDenied(permission, Violation.of("access",
                held.isEmpty() ? "access.deniedNoRole" : "access.denied", permission,
                RolePolicy.rolesFor(permission), principal.actor().name(), held));
    }
}
