package org.incidentdesk.ui.board;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.escalation.NextDeadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.incident.IncidentNumber;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.IncidentSummary;
import org.incidentdesk.domain.incident.LevelMark;

/**
 * One incident as a card and a table row. {@code nextDueAt} is what the card counts down to: the earlier of the
 * next open deadline of the plan ({@code dueAction} names its act) and the next open task's due time
 * ({@code dueAction} null). {@code haystack} is the lower-cased text search looks in: title, facts and notes,
 * built once per load so typing in the search field stays fast on thousands of incidents.
 */
public record BoardRow(long id, IncidentNumber number, String title, String categoryId, String categoryName,
                       IncidentPhase phase, LevelMark level, OffsetDateTime discoveredAt, Instant nextDueAt,
                       DeadlineAction dueAction, List<String> units, int openTasks, String haystack) {

    static BoardRow of(IncidentSummary summary, String categoryName, String notes) {
        var incident = summary.incident();
        String haystack = (incident.number() + "\n" + incident.searchText() + "\n" + (notes == null ? "" : notes))
                .toLowerCase(Locale.ROOT);
        NextDeadline deadline = summary.nextDeadline();
        boolean deadlineFirst = deadline != null
                && (summary.nextDueAt() == null || !summary.nextDueAt().isBefore(deadline.dueAt()));
        return new BoardRow(incident.id(), incident.number(), incident.title(), incident.categoryId(), categoryName,
                incident.phase(), incident.level(), incident.discoveredAt(),
                deadlineFirst ? deadline.dueAt() : summary.nextDueAt(), deadlineFirst ? deadline.action() : null,
                summary.openTaskUnits(), summary.openTasks(), haystack);
    }

    /** Rank of the level for sorting: most severe first, undecided last. */
    public int levelRank() {
        return level == null ? Integer.MAX_VALUE : level.rank();
    }

    /** The next deadline or task is past due: the earliest of them is, so one comparison tells. */
    public boolean overdueAt(Instant now) {
        return nextDueAt != null && nextDueAt.isBefore(now);
    }
}
