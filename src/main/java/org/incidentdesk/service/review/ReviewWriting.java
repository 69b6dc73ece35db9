package org.incidentdesk.service.review;

import java.time.Clock;
import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.event.ReviewWrittenChanged;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.Review;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;

/**
 * What every write of the written review shares: the store, the clock and the actor that stamp it, the checks of
 * its inputs (a required text, a known incident, a row of this incident) and the event it announces on commit.
 */
final class ReviewWriting {
    final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final EventBus events;

    ReviewWriting(Store store, Clock clock, ActorSource actors, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
    }

    Stamp stamp() {
        return new Stamp(clock.instant(), actors.current());
    }

    Clock clock() {
        return clock;
    }

    /** Who acts now: what the role guard checks. */
    ActorSource actors() {
        return actors;
    }

    EventBus events() {
        return events;
    }

    void changed(StoreSession s, long incidentId, ReviewWrittenChanged.Part part, long id) {
        s.raise(new ReviewWrittenChanged(events.origin(), incidentId, part, id));
    }

    static Incident incident(StoreSession s, long incidentId) {
        return s.incidents().find(incidentId).orElseThrow(() -> refused("incident", "incident.unknown",
                String.valueOf(incidentId)));
    }

    /**
     * The incident, refused when its review is finished (it must be reopened first, as the review's own parts
     * are). Closing an improvement action is not an edit of the review and does not ask this.
     */
    static Incident editable(StoreSession s, long incidentId) {
        Incident incident = incident(s, incidentId);
        if (s.reviews().find(incidentId).filter(Review::finished).isPresent()) {
            throw refused("review", "review.finished", incident.number().toString());
        }
        return incident;
    }

    /** The text stripped; refused when blank or longer than {@code max} characters (code points). */
    static String text(String field, String text, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw refused(field, "validation.required");
        }
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw refused(field, "validation.tooLong", max);
        }
        return stripped;
    }

    /** As {@link #text}, but blank gives null. */
    static String optionalText(String field, String text, int max) {
        return text == null || text.isBlank() ? null : text(field, text, max);
    }

    static ValidationException refused(String field, String key, Object... args) {
        return new ValidationException(List.of(Violation.of(field, key, args)));
    }
}
