package org.incidentdesk.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions between stored times and domain times. */
final class Times {
    private Times() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }

    /** The offset a reported time was given in, in seconds east of UTC. */
    static Integer offsetSeconds(OffsetDateTime reported) {
        return reported == null ? null : reported.getOffset().getTotalSeconds();
    }

    /** The reported time again in the offset it was given in (the database may hand it back in UTC). */
    static OffsetDateTime reported(OffsetDateTime stored, Integer offsetSeconds) {
        if (stored == null) {
            return null;
        }
        return offsetSeconds == null ? stored : stored.toInstant().atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
    }
}
