package org.incidentdesk.ui.board;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.incident.Handover;
import org.incidentdesk.domain.incident.IncidentSummary;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.service.incident.IncidentService;

/** Everything the board reads in the background in one go: rows, the active plan's categories, the handover. */
record BoardSnapshot(List<BoardRow> rows, List<EventCategory> categories, Optional<Handover> handover) {

    static BoardSnapshot read(IncidentService incidents) {
        List<EventCategory> categories = incidents.activeCategoriesOrNone();
        List<IncidentSummary> summaries = incidents.summaries();
        Map<Long, String> notes = incidents.noteTexts();
        List<BoardRow> rows = summaries.stream()
                .map(s -> BoardRow.of(s, categoryName(categories, s.incident().categoryId()),
                        notes.get(s.incident().id())))
                .toList();
        return new BoardSnapshot(rows, categories, incidents.latestHandover());
    }

    private static String categoryName(List<EventCategory> categories, String id) {
        for (EventCategory c : categories) {
            if (c.id().equals(id)) {
                return c.name();
            }
        }
        return id;
    }
}
