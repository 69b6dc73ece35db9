package org.incidentdesk.service.common;

import org.incidentdesk.domain.common.Actor;

/** Who is making changes now. Accounts and roles will supply the signed-in user here. */
@FunctionalInterface
public interface ActorSource {
    Actor current();

    static ActorSource operatingSystemUser() {
        String name = System.getProperty("user.name", "operator");
        Actor actor = new Actor(name.isBlank() ? "operator" : name);
        return () -> actor;
    }
}
