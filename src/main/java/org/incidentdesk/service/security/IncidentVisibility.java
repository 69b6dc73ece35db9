package org.incidentdesk.service.security;

import java.util.EnumSet;
import java.util.List;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.IncidentScope;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.store.StoreSession;

/**
 * The refusal of an incident asked for directly (by id or number) that lies outside the acting account's
 * {@link IncidentScope}: lists simply leave such incidents out, a direct request is told what it would need (and,
 * like every refusal of the guard, the refusal is told to the acting source, which audits it).
 */
public final class IncidentVisibility {
    private IncidentVisibility() {
    }

    /** The scope of whoever {@code actors} names now. */
    public static IncidentScope scope(ActorSource actors) {
        return IncidentScope.of(actors.principal());
    }

    /**
     * Refuses, naming what was asked for ({@code what}: an incident's number, a document's 文号) and the roles that
     * see every incident, unless the acting account's scope includes incident {@code incidentId} (null: something
     * of no incident, which only a scope of every incident includes).
     */
    public static void requireSees(StoreSession s, ActorSource actors, Long incidentId, Object what) {
        Principal principal = actors.principal();
        IncidentScope scope = IncidentScope.of(principal);
        if (!scope.all() && (incidentId == null || !s.incidents().sees(incidentId, scope))) {
            AccessDenied denial = new AccessDenied(Permission.TASK_UPDATE, Violation.of("access",
                    "access.outsideScope", principal.actor().name(), String.valueOf(what), rolesSeeingAll()));
            actors.refused(principal, denial, GuardCaller.attempted());
            throw denial;
        }
    }

    /** The roles whose accounts see every incident, in the order of {@link Role}. */
    static List<Role> rolesSeeingAll() {
        return EnumSet.allOf(Role.class).stream().filter(IncidentScope::seesAll).toList();
    }
}
