package org.incidentdesk.archfixture.service;

import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.Unguarded;

/** Caught by ArchitectureTest: {@link #delete} acts without asking for the role; the others are fine. */
public final class ServiceThatForgetsItsGuard {
    private final ActorSource actors;
    private int count;

    public ServiceThatForgetsItsGuard(ActorSource actors) {
        this.actors = actors;
    }

    public void delete() {
        count--;
    }

    public void add() {
        Access.require(actors, Permission.INCIDENT_EDIT);
        count++;
    }

    /** Guarded through a private step, inside a lambda. */
    public void addTwice() {
        Runnable both = () -> {
            add();
            count++;
        };
        both.run();
    }

    public int find() {
        return count;
    }

    @Unguarded("a timer of the workstation")
    public void tick() {
        count = 0;
    }
}
