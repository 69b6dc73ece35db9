package org.incidentdesk.service.security;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;

/**
 * The demo office on a simulated clock, with the account acting switched at will: the workstation sets things up,
 * then a test acts as a principal holding one role (what a signed-in account's session supplies).
 */
final class RoleOffice implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant START = Instant.parse("2026-12-07T01:00:00Z");

    private final Acting acting = new Acting();
    final SimulatedClock clock = new SimulatedClock(START, ZONE);
    final AppContext context;

    RoleOffice(Path dir) {
        context = AppContext.openEmbedded(dir, ZONE, new SimulatedScheduler(clock), acting);
    }

    /** The account acting from now on. */
    void actAs(Principal principal) {
        acting.principal = principal;
    }

    /** Whoever acts now, as the services see it. */
    ActorSource actors() {
        return acting;
    }

    void actAsWorkstation() {
        acting.principal = Principal.workstation(new Actor("workstation"));
    }

    /** An account holding only {@code role}, for the person {@code personId} of unit {@code unitId} (either null). */
    static Principal account(Role role, Long personId, Long unitId) {
        return new Principal(new Actor("account-" + role.name().toLowerCase()), 7L, personId, unitId, Set.of(role),
                Secrecy.NONE, false);
    }

    Incident intake(String title) {
        OffsetDateTime now = clock.instant().atZone(ZONE).toOffsetDateTime();
        return context.incidents().intake(new Intake(title, "inquiry", now.minusMinutes(5), null, IncidentFacts.NONE));
    }

    Person person(String name) {
        return context.roster().load().people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    long unitNamed(String name) {
        return context.roster().load().unitNamed(name).orElseThrow().id();
    }

    @Override
    public void close() {
        context.close();
    }

    private static final class Acting implements ActorSource {
        private volatile Principal principal = Principal.workstation(new Actor("workstation"));

        @Override
        public Actor current() {
            return principal.actor();
        }

        @Override
        public Principal principal() {
            return principal;
        }
    }
}
