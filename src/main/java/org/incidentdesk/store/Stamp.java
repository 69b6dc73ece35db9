package org.incidentdesk.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.incidentdesk.domain.common.Actor;

/** When and by whom a change is made; written into every changed row and the audit log. */
public record Stamp(Instant at, Actor actor) {
    OffsetDateTime time() {
        return at.atOffset(ZoneOffset.UTC);
    }

    String who() {
        return actor.name();
    }
}
