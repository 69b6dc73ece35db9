package org.incidentdesk.service.common;

import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Principal;

/**
 * Who is making changes now: the name for the record ({@link #current()}) and the rights it carries
 * ({@link #principal()}). A source that knows only a name acts as the workstation itself; the signed-in session
 * overrides {@link #principal()} with the account's roles and clearance.
 */
@FunctionalInterface
public interface ActorSource {
    Actor current();

    default Principal principal() {
        return Principal.workstation(current());
    }

    /** Acts as {@code principal}, fixed: a command that signed in and then closed the database it checked it on. */
    static ActorSource as(Principal principal) {
        return new ActorSource() {
            @Override
            public Actor current() {
                return principal.actor();
            }

            @Override
            public Principal principal() {
                return principal;
            }
        };
    }

    /**
     * Told by the role guard of an action it refuses {@code who}, just before the refusal is thrown
     * ({@code attempted}: the service method asked, as Class.method). A plain source forgets it; the workstation's
     * {@code CurrentSession} has it written to the audit trail. Must not throw.
     */
    default void refused(Principal who, AccessDenied denial, String attempted) {
    }

    static ActorSource operatingSystemUser() {
        String name = System.getProperty("user.name", "operator");
        Actor actor = new Actor(name.isBlank() ? "operator" : name);
        return () -> actor;
    }
}
