package org.incidentdesk.domain.common;

import java.util.Objects;

/** Who makes a change. Today the operating-system user; with accounts, the signed-in user. */
public record Actor(String name) {
    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
    }
}
