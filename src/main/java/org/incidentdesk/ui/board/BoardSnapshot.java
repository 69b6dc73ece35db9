package org.incidentdesk.ui.board;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.incident.Handover;
import org.incidentdesk.domain.incident.IncidentSummary;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.service.incident.IncidentService;

/** Everything the board reads in the background in one go: rows, the active plan's categories, the handover. */
record BoardSnapshot(List<BoardRow> rows, List<EventCategory> categories, Optional<Handover> handover,
                     boolean complete) {
    /** How many incidents the board shows before the rest have been read. */
    static final int FIRST_PAGE = 100;

    /** Every incident, with the notes search reads. */
    static BoardSnapshot read(IncidentService incidents) {
        List<EventCategory> categories = incidents.activeCategoriesOrNone();
        List<IncidentSummary> summaries = incidents.summaries();
        Map<Long, String> notes = incidents.noteTexts();
        return new BoardSnapshot(rows(summaries, categories, notes), categories, incidents.latestHandover(), true);
    }

    /** The newest incidents only, without notes: what the board shows the moment it opens. */
    static BoardSnapshot firstPage(IncidentService incidents) {
        List<EventCategory> categories = incidents.activeCategoriesOrNone();
        List<IncidentSummary> summaries = incidents.summaries(FIRST_PAGE);
        return new BoardSnapshot(rows(summaries, categories, Map.of()), categories, incidents.latestHandover(),
                summaries.size() < FIRST_PAGE);
    }

    private static List<BoardRow> rows(List<IncidentSummary> summaries, List<EventCategory> categories,
                                       Map<Long, String> notes) {
        return summaries.stream().map(s -> row(s, categories, notes.get(s.incident().id()))).toList();
    }

    /** One incident's row, as a full read makes it. */
    static BoardRow row(IncidentSummary summary, List<EventCategory> categories, String notes) {
        return BoardRow.of(summary, categoryName(categories, summary.incident().categoryId()), notes);
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
