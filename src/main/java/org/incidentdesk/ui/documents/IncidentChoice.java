package org.incidentdesk.ui.documents;

import java.util.Locale;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;

/**
 * What an incident form is filled from: one incident of the board (its number, title and phase), or the invented
 * sample, which stays an explicit choice for showing the layout.
 */
public record IncidentChoice(Long incidentId, String number, String title, IncidentPhase phase) {
    static final IncidentChoice SAMPLE = new IncidentChoice(null, "", "", null);

    static IncidentChoice of(Incident incident) {
        return new IncidentChoice(incident.id(), incident.number().toString(), incident.title(), incident.phase());
    }

    boolean sample() {
        return incidentId == null;
    }

    boolean open() {
        return phase != null && phase.isOpen();
    }

    /** The sample matches every search, so it can always be chosen again. */
    boolean matches(String query) {
        if (sample() || query == null || query.isBlank()) {
            return true;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        return number.contains(needle) || title.toLowerCase(Locale.ROOT).contains(needle);
    }
}
